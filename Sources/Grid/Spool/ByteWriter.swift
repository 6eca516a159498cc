/// Appends numbers and strings to bytes compactly, for `ByteReader` to read back in the same
/// order: what a `SpillFile` holds between writing a piece and reading it.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    /// A non-negative integer in 7-bit groups, low first (LEB128); negatives are written as 0.
    mutating func number(_ value: Int) {
        var rest = UInt(max(0, value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// A string as its UTF-8 length then its bytes.
    mutating func string(_ value: String) {
        number(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// An optional string: a 0 or 1, then the string.
    mutating func optional(_ value: String?) {
        number(value == nil ? 0 : 1)
        if let value { string(value) }
    }
}
