/// A place where one published fiche departs from the others, so that one grid cannot print
/// both: the reference's consecutive lines as printed, the lines the grid writes there, and why.
struct BookVariation: Sendable {
    var printed: [String]
    var ours: [String]
    var why: String
}

extension Array where Element == String {
    /// The reference's printed lines with its variations replaced by what the grid writes; a
    /// variation not found is returned, so a test notices when the book or the grid changed.
    func applying(_ variations: [BookVariation]) -> (lines: [String], missing: [BookVariation]) {
        var lines = self
        var missing: [BookVariation] = []
        for variation in variations {
            guard let start = lines.indices.first(where: { lines[$0...].starts(with: variation.printed) }) else {
                missing.append(variation)
                continue
            }
            lines.replaceSubrange(start..<(start + variation.printed.count), with: variation.ours)
        }
        return (lines, missing)
    }
}
