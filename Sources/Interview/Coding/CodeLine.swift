import Grid

/// A line of codebook ids as a coder types it: `ancrage ancrage.mobilisation`, separated by
/// spaces (or commas); blank for none.
enum CodeLine {
    /// The ids typed, each once, in the order typed; lower case and NFC, so `Ancrage` is `ancrage`.
    static func read(_ line: String, grid: Grid) -> Result<[String], CodeLineProblem> {
        let words = line.precomposedCanonical.lowercased()
            .split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }).map(String.init)
        let known = Set(grid.codeIDs)
        var codes: [String] = []
        for word in words where !codes.contains(word) {
            guard known.contains(word) else {
                if grid.codebook.isEmpty { return .failure(.noCodebook) }
                return .failure(.unknown(word, suggestion: grid.suggestedCodeID(for: word)))
            }
            codes.append(word)
        }
        return .success(codes)
    }
}
