import Foundation

/// Conversions of the values `FlatJSONParser` reads, exactly as `JSONDecoder` would make them,
/// or `nil` when only `JSONDecoder` can tell.
enum FlatJSON {
    /// Whether the text is exactly these bytes (`==` on strings would also match other, canonically
    /// equivalent, spellings: those are left to `JSONDecoder`).
    static func matches(_ text: String, _ name: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.count == name.utf8CodeUnitCount && memcmp(bytes.baseAddress!, name.utf8Start, bytes.count) == 0
        }
    }

    /// Whether the `count` bytes at `start` spell `name` (for keys, which are read unescaped).
    static func spells(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int, _ name: StaticString) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        return name.utf8CodeUnitCount == count && memcmp(base + start, name.utf8Start, count) == 0
    }

    /// A JSON number's text as `JSONDecoder` reads it into a `Double` (`strtod`, correctly rounded),
    /// or `nil` when `JSONDecoder` might refuse it: it refuses what overflows, and zeros that come
    /// from non-zero digits (underflow); its test of the latter also reads some digits of the
    /// exponent (`0e5` is refused, `0e+5` is not), so every zero written with an exponent is left to it.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        // The text is valid JSON grammar (the parser checked): -?digits(.digits)?([eE][+-]?digits)?
        var index = start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var mantissa: UInt64 = 0  // the first 19 significant digits
        var significant = 0
        var scale = 0  // the power of ten that multiplies `mantissa`
        var exact = true  // no non-zero digit was left out of `mantissa`
        var nonZero = false
        var fraction = false
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                fraction = true
                index += 1
                continue
            }
            guard let digit = Self.digit(byte) else { break }
            if digit != 0 { nonZero = true }
            if significant < 19 {
                mantissa = mantissa * 10 + UInt64(digit)
                if mantissa != 0 { significant += 1 }
                if fraction { scale -= 1 }
            } else {
                if digit != 0 { exact = false }
                if !fraction { scale += 1 }
            }
            index += 1
        }
        let hasExponent = index < end
        if hasExponent {
            index += 1
            var exponentNegative = false
            if bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponent = 0
            while index < end, let digit = Self.digit(bytes[index]) {
                if exponent < 100_000 { exponent = exponent * 10 + digit }
                index += 1
            }
            scale += exponentNegative ? -exponent : exponent
        }
        // Clinger's fast path: an exact integer below 2^53 times or divided by an exact power of
        // ten is one correctly rounded IEEE operation, which is what a correct parser gives.
        // Other numbers go through `Double(String)`, which is `strtod` in the C locale too.
        let value: Double
        if exact, mantissa <= 1 << 53, (-22...22).contains(scale) {
            var magnitude = Double(mantissa)
            if scale < 0 { magnitude /= powersOfTen[-scale] } else if scale > 0 { magnitude *= powersOfTen[scale] }
            value = negative ? -magnitude : magnitude
        } else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            guard let parsed = Double(text), parsed.isFinite else { return nil }
            value = parsed
        }
        if value == 0, nonZero || hasExponent { return nil }
        return value
    }

    /// A JSON number's text as `JSONDecoder` reads it into an `Int`, when it is written as a plain integer.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let negative = bytes[start] == UInt8(ascii: "-")
        var index = negative ? start + 1 : start
        guard end - index <= 18 else { return nil }  // below 10^18: no overflow; longer ones go to JSONDecoder
        var value = 0
        while index < end {
            guard let digit = digit(bytes[index]) else { return nil }  // a fraction or an exponent
            value = value * 10 + digit
            index += 1
        }
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }  // exact: every 10^n up to 10^22 is a Double
        return value
    }

    @inline(__always)
    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte &- UInt8(ascii: "0")) : nil
    }
}
