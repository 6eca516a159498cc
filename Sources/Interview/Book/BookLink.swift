/// A link target the case book writes: an anchor in the book (`#fiche-…`) or a web or mail
/// address; anything else (`javascript:`, `data:`, `file:`) is not a link and stays text.
struct BookLink: Equatable, Sendable {
    /// The target as written in Markdown.
    let target: String

    /// The target, or nil when it is not one the book links to.
    init?(_ target: String) {
        guard !target.isEmpty,
              !target.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || "\"'<>\\`{}|^".unicodeScalars.contains($0) })
        else { return nil }
        if target.hasPrefix("#") {
            guard target.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else { return nil }
        } else {
            let lower = target.lowercased()
            guard ["http://", "https://", "mailto:"].contains(where: { lower.hasPrefix($0) && lower.count > $0.count }) else { return nil }
        }
        self.target = target
    }

    /// Whether the link leads inside the book.
    var isAnchor: Bool { target.hasPrefix("#") }

    /// The target as an HTML attribute value (Plot writes attribute values as they are given):
    /// `&` as `&amp;`; quotes and angle brackets never get this far.
    var attributeValue: String {
        target.replacingOccurrences(of: "&", with: "&amp;")
    }
}
