import Foundation

/// A strict JSON parser for one flat object over raw bytes: keys of one `FlatJSONKey` type, each
/// at most once, and values that are strings, numbers, `true`/`false`/`null` or arrays of strings.
///
/// It never decides that a text is wrong: anything else (an unknown or repeated key, another kind
/// of value, a malformed text, invalid UTF-8) gives `nil`, and the caller hands the text to
/// `JSONDecoder`, which gives the value or the error.
struct FlatJSONParser<Key: FlatJSONKey> {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// Unescaped bytes of the string being read, reused from string to string.
    var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The object's fields, if the bytes are exactly one object (and whitespace) of known keys.
    mutating func object() -> FlatJSONFields<Key>? {
        skipSpace()
        guard next(UInt8(ascii: "{")) else { return nil }
        var fields = FlatJSONFields<Key>()
        var seen: UInt32 = 0
        skipSpace()
        if !next(UInt8(ascii: "}")) {
            while true {
                skipSpace()
                guard let key = key() else { return nil }
                skipSpace()
                guard next(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                let bit: UInt32 = 1 << key.slot
                guard seen & bit == 0, let value = value() else { return nil }
                seen |= bit
                fields[key] = value
                skipSpace()
                if next(UInt8(ascii: ",")) { continue }
                guard next(UInt8(ascii: "}")) else { return nil }
                break
            }
        }
        skipSpace()
        return index == bytes.count ? fields : nil
    }

    @inline(__always)
    private mutating func next(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): index += 1
            default: return
            }
        }
    }

    /// A key written plainly (no escapes) that is one of `Key`'s.
    private mutating func key() -> Key? {
        guard next(UInt8(ascii: "\"")) else { return nil }
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] != UInt8(ascii: "\\") else { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        let end = index
        index += 1
        return Key.named(bytes, start, end - start)
    }


    private mutating func value() -> FlatJSONValue? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "\""): return string().map(FlatJSONValue.string)
        case UInt8(ascii: "["): return strings().map(FlatJSONValue.strings)
        case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return literal("null") ? .null : nil
        default:
            let start = index
            return number() ? .number(start, index) : nil
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count, memcmp(bytes.baseAddress! + index, word.utf8Start, count) == 0 else { return false }
        index += count
        return true
    }

    /// An array of strings (possibly empty).
    private mutating func strings() -> [String]? {
        index += 1  // [
        var list: [String] = []
        skipSpace()
        if next(UInt8(ascii: "]")) { return list }
        list.reserveCapacity(4)
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let text = string() else { return nil }
            list.append(text)
            skipSpace()
            if next(UInt8(ascii: ",")) { continue }
            return next(UInt8(ascii: "]")) ? list : nil
        }
    }

    /// Checks a number's text against JSON's grammar and moves past it.
    private mutating func number() -> Bool {
        _ = next(UInt8(ascii: "-"))
        if next(UInt8(ascii: "0")) {
            // a leading zero stands alone
        } else {
            guard digits() else { return false }
        }
        if next(UInt8(ascii: ".")) {
            guard digits() else { return false }
        }
        if next(UInt8(ascii: "e")) || next(UInt8(ascii: "E")) {
            if !next(UInt8(ascii: "+")) { _ = next(UInt8(ascii: "-")) }
            guard digits() else { return false }
        }
        return true
    }

    /// One or more digits.
    private mutating func digits() -> Bool {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
        return index > start
    }

    /// A string, unescaped; `nil` for a bad escape, a lone surrogate, a raw control character,
    /// invalid UTF-8 or a missing closing quote.
    ///
    /// The bytes are checked here to be valid UTF-8, so `String(decoding:)` takes them as they
    /// are (it repairs nothing, and normalises nothing, as `JSONDecoder` does not).
    private mutating func string() -> String? {
        index += 1  // "
        let start = index
        // The common case: no escape, the bytes are the string.
        while index < bytes.count {
            skipPlainWords()
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            if byte >= 0x80 {
                guard let count = Self.sequence(bytes, index) else { return nil }
                index += count
                continue
            }
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { return nil }
            index += 1
        }
        guard index < bytes.count else { return nil }
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= 0x80 {
                guard let count = Self.sequence(bytes, index) else { return nil }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + count)]))
                index += count
                continue
            }
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: scratch, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            if byte != UInt8(ascii: "\\") {
                scratch.append(byte)
                index += 1
                continue
            }
            index += 1
            guard index < bytes.count else { return nil }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(escaped)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hex4() else { return nil }
                var scalar = UInt32(unit)
                if (0xD800...0xDBFF).contains(unit) {
                    guard next(UInt8(ascii: "\\")), next(UInt8(ascii: "u")), let low = hex4(),
                          (0xDC00...0xDFFF).contains(low) else { return nil }
                    scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(unit) {
                    return nil
                }
                guard let value = Unicode.Scalar(scalar) else { return nil }
                scratch.append(contentsOf: UTF8.encode(value)!)
            default: return nil
            }
        }
        return nil
    }

    /// Moves past 8-byte words of plain ASCII (no quote, backslash or control character).
    ///
    /// Each test has no false negatives: a word it passes has none of those bytes; a word it
    /// stops at is read byte by byte.
    @inline(__always)
    private mutating func skipPlainWords() {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        guard let base = bytes.baseAddress else { return }
        while bytes.count - index >= 8 {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            let special = word  // non-ASCII
                | ((word &- ones &* 0x20) & ~word)  // a byte below 0x20
                | ((quotes &- ones) & ~quotes)  // a zero byte: a quote
                | ((backslashes &- ones) & ~backslashes)  // a zero byte: a backslash
            guard special & highs == 0 else { return }
            index += 8
        }
    }

    /// The length of the well-formed UTF-8 sequence that starts with the non-ASCII byte at
    /// `index` (Unicode's table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
    @inline(__always)
    private static func sequence(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int? {
        let count: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch bytes[index] {
        case 0xC2...0xDF: count = 2
        case 0xE0: count = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: count = 3
        case 0xED: count = 3; high = 0x9F
        case 0xF0: count = 4; low = 0x90
        case 0xF1...0xF3: count = 4
        case 0xF4: count = 4; high = 0x8F
        default: return nil
        }
        guard bytes.count - index >= count, bytes[index + 1] >= low, bytes[index + 1] <= high else { return nil }
        for offset in 2..<count where bytes[index + offset] & 0xC0 != 0x80 {
            return nil
        }
        return count
    }

    /// Four hexadecimal digits.
    private mutating func hex4() -> UInt16? {
        guard bytes.count - index >= 4 else { return nil }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }
}
