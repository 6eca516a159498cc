/// Reads what `ByteWriter` wrote, in the same order; nil for bytes that end too soon.
struct ByteReader {
    private let bytes: [UInt8]
    private(set) var position: Int

    init(_ bytes: [UInt8], from position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    /// Whether every byte has been read.
    var atEnd: Bool { position >= bytes.count }

    /// How many bytes are left to read.
    var remaining: Int { bytes.count - position }

    /// A number `ByteWriter.number` wrote.
    mutating func number() -> Int? {
        var value: UInt = 0
        var shift: UInt = 0
        while position < bytes.count, shift < 63 {
            let byte = bytes[position]
            position += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { return Int(exactly: value) }
            shift += 7
        }
        return nil
    }

    /// A string `ByteWriter.string` wrote.
    mutating func string() -> String? {
        guard let count = number(), count <= bytes.count - position else { return nil }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }

    /// An optional string `ByteWriter.optional` wrote: `.some(nil)` for none, nil for damaged bytes.
    mutating func optional() -> String?? {
        switch number() {
        case 0: return .some(nil)
        case 1: return string().map { .some($0) }
        default: return nil
        }
    }

    /// Moves past `count` bytes (a record not wanted); false when there are not that many.
    mutating func skip(_ count: Int) -> Bool {
        guard count <= bytes.count - position else { return false }
        position += count
        return true
    }
}
