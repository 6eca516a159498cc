/// A small strict XML parser for the parts of a spreadsheet (workbook, relationships, shared
/// strings, worksheets): elements, attributes, text, entities, CDATA; comments, processing
/// instructions and the declaration are skipped; a DTD is refused.
///
/// Written here rather than taking Foundation's `XMLParser`: on Linux that lives in
/// `FoundationXML`, which pulls libxml2 into the link of the static release build; this subset
/// is all a spreadsheet needs, and its limits (depth, size) are ours.
struct SheetXMLParser {
    /// How deep elements may nest; a worksheet needs about six levels.
    static let maximumDepth = 64

    private let bytes: [UInt8]
    private var index = 0

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The document's root element, or nil when the bytes are not well-formed XML.
    static func parse(_ bytes: [UInt8]) -> SheetElement? {
        var parser = SheetXMLParser(bytes: bytes)
        return parser.document()
    }

    private mutating func document() -> SheetElement? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        guard skipMisc(), let root = element(depth: 0), skipMisc(), index == bytes.count else { return nil }
        return root
    }

    /// Skips white space, comments and processing instructions; false on a DTD or a bad comment.
    private mutating func skipMisc() -> Bool {
        while true {
            skipSpace()
            if starts("<?") {
                guard skip(past: "?>") else { return false }
            } else if starts("<!--") {
                guard skip(past: "-->") else { return false }
            } else if starts("<!") {
                return false
            } else {
                return true
            }
        }
    }

    private mutating func element(depth: Int) -> SheetElement? {
        guard depth < Self.maximumDepth, peek == UInt8(ascii: "<") else { return nil }
        index += 1
        guard let qualified = name() else { return nil }
        var node = SheetElement(name: Self.localName(qualified))
        while true {
            skipSpace()
            if starts("/>") { index += 2; return node }
            if peek == UInt8(ascii: ">") { index += 1; break }
            guard let attribute = name() else { return nil }
            skipSpace()
            guard peek == UInt8(ascii: "=") else { return nil }
            index += 1
            skipSpace()
            guard let quote = peek, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != quote { index += 1 }
            guard index < bytes.count, let value = Self.decode(bytes[start..<index]) else { return nil }
            index += 1
            node.attributes[Self.localName(attribute)] = value
        }
        var text: [UInt8] = []
        while index < bytes.count {
            if starts("</") {
                index += 2
                guard name() == qualified else { return nil }
                skipSpace()
                guard peek == UInt8(ascii: ">") else { return nil }
                index += 1
                guard let decoded = Self.decode(text[...]) else { return nil }
                node.text = decoded
                return node
            } else if starts("<![CDATA[") {
                index += 9
                let start = index
                guard skip(past: "]]>") else { return nil }
                text.append(contentsOf: Self.escaped(bytes[start..<(index - 3)]))
            } else if starts("<!--") {
                guard skip(past: "-->") else { return nil }
            } else if starts("<?") {
                guard skip(past: "?>") else { return nil }
            } else if peek == UInt8(ascii: "<") {
                guard let child = element(depth: depth + 1) else { return nil }
                node.children.append(child)
            } else {
                text.append(bytes[index])
                index += 1
            }
        }
        return nil
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func starts(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { buffer in
            (0..<count).allSatisfy { bytes[index + $0] == buffer[$0] }
        }
    }

    private mutating func skip(past literal: StaticString) -> Bool {
        while index < bytes.count {
            if starts(literal) { index += literal.utf8CodeUnitCount; return true }
            index += 1
        }
        return false
    }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    private mutating func name() -> String? {
        let start = index
        while let byte = peek, !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D),
              byte != UInt8(ascii: ">"), byte != UInt8(ascii: "/"), byte != UInt8(ascii: "="), byte != UInt8(ascii: "<") {
            index += 1
        }
        guard index > start else { return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func localName(_ qualified: String) -> String {
        qualified.split(separator: ":").last.map(String.init) ?? qualified
    }

    /// CDATA text escaped so that `decode` gives it back unchanged.
    private static func escaped(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        for byte in raw {
            if byte == UInt8(ascii: "&") { out.append(contentsOf: Array("&amp;".utf8)) } else { out.append(byte) }
        }
        return out
    }

    /// Text with its entities replaced; nil on invalid UTF-8 or an unknown entity.
    private static func decode(_ raw: ArraySlice<UInt8>) -> String? {
        guard let text = String(validating: raw, as: UTF8.self) else { return nil }
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";") else { return nil }
            let entity = rest[rest.index(after: amp)..<semicolon]
            switch entity {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            default:
                let value: UInt32?
                if entity.hasPrefix("#x") { value = UInt32(entity.dropFirst(2), radix: 16) }
                else if entity.hasPrefix("#") { value = UInt32(entity.dropFirst()) }
                else { value = nil }
                guard let value, let scalar = Unicode.Scalar(value) else { return nil }
                result.unicodeScalars.append(scalar)
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
