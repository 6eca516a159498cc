/// Tells web links from other addresses: only `http`, `https` and `mailto` are links.
///
/// `javascript:`, `data:`, `file:` and the like run code or open local files when clicked:
/// a `url` answer refuses them, and a fiche shows them as text, never as links.
enum WebAddress {
    /// The schemes a fiche may link to.
    static let linkSchemes: Set<String> = ["http", "https", "mailto"]

    /// The scheme as typed before the first `:` (`javascript` in `javascript://…`); nil when there
    /// is none, or when what looks like one is a host and its port (`exemple.org:8080/page`).
    static func scheme(of text: some StringProtocol) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let name = text[..<colon]
        guard let first = name.first, first.isASCII, first.isLetter,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        let rest = text[text.index(after: colon)...]
        let port = rest.prefix { $0.isASCII && $0.isNumber }
        let afterPort = rest.dropFirst(port.count).first
        if name.contains("."), (1...5).contains(port.count), afterPort.map({ "/?#".contains($0) }) ?? true { return nil }
        return String(name)
    }

    /// Whether the text starts with a scheme a fiche may link to.
    static func isLink(_ text: some StringProtocol) -> Bool {
        scheme(of: text).map { linkSchemes.contains($0.lowercased()) } ?? false
    }

    /// Whether a `url` answer is acceptable: `http://` or `https://` with a host, or a bare
    /// address with a dot (`exemple.org`); no blank or control character.
    static func check(_ text: String) -> Result<Void, AnswerError> {
        guard !text.isEmpty, !text.contains(where: { $0.isWhitespace || $0.unicodeScalars.contains(where: \.isControl) }) else {
            return .failure(.notAURL(text))
        }
        guard let scheme = scheme(of: text) else {
            return text.contains(".") && !text.hasPrefix(".") && !text.hasSuffix(".") ? .success(()) : .failure(.notAURL(text))
        }
        guard ["http", "https"].contains(scheme.lowercased()) else { return .failure(.notAWebLink(text, scheme: scheme)) }
        let rest = text.dropFirst(scheme.count + 1)
        guard rest.hasPrefix("//"), rest.dropFirst(2).prefix(while: { !"/?#".contains($0) }).isEmpty == false else {
            return .failure(.notAURL(text))
        }
        return .success(())
    }
}

private extension Unicode.Scalar {
    var isControl: Bool { properties.generalCategory == .control }
}
