import Foundation

/// Reads one journal event line without `JSONDecoder`, for the lines journals actually hold.
///
/// Exports decode millions of event lines; `JSONDecoder` spends most of an export on them. This
/// is a strict parser for exactly one flat JSON object whose keys are those of `JournalEntry`
/// and whose values are strings, numbers, `true`/`false`/`null` or arrays of strings. It builds
/// the entry by the rules of `JournalEntry.init(from:)`.
///
/// It never decides that a line is wrong: whenever anything is unusual (an unknown or duplicate
/// key, another kind of value, a malformed text, invalid UTF-8, a time `Timestamp.fast` does not
/// read, a number it does not convert exactly as `JSONDecoder` does) it returns `nil`, and the
/// caller decodes the line with `JSONDecoder`, which gives the result or the error. So a line it
/// reads gives exactly what `JSONDecoder` gives, and every other line goes to `JSONDecoder`.
enum JournalLineDecoder {
    /// The entry of one line (without its `\n`), or `nil` when `JSONDecoder` must decide.
    static func entry(_ data: Data) -> JournalEntry? {
        data.withUnsafeBytes { entry($0) }
    }

    /// The entry of one line's UTF-8 bytes (without its `\n`), or `nil` when `JSONDecoder` must decide.
    static func entry(_ raw: UnsafeRawBufferPointer) -> JournalEntry? {
        let bytes = raw.bindMemory(to: UInt8.self)
        var parser = Parser(bytes)
        guard let fields = parser.object() else { return nil }
        return build(fields, bytes)
    }

    // MARK: - Building the entry

    /// The rules of `JournalEntry.init(from:)`, on parsed fields.
    private static func build(_ fields: Fields, _ bytes: UnsafeBufferPointer<UInt8>) -> JournalEntry? {
        guard case .string(let at)? = fields[.at], let date = Timestamp.fast(at) else { return nil }
        guard case .string(let kind)? = fields[.event] else { return nil }

        func required(_ key: Key) -> String? {
            if case .string(let text)? = fields[key] { return text }
            return nil
        }
        // `decodeIfPresent`: absent or null is nil (`.some(nil)`); another kind of value fails (`nil`).
        func optional(_ key: Key) -> String?? {
            switch fields[key] {
            case nil, .null?: return .some(nil)
            case .string(let text)?: return .some(text)
            default: return nil
            }
        }
        func seconds() -> Double? {
            switch fields[.seconds] {
            case nil, .null?: return 0
            case .number(let start, let end)?: return double(bytes, start, end)
            default: return nil
            }
        }

        let event: JournalEvent
        if matches(kind, "answer") {
            guard let question = required(.question) else { return nil }
            // `AnswerValue.init(from:)`: a Bool, else a Double, else a String, else [String].
            let value: AnswerValue
            switch fields[.value] {
            case .bool(let flag)?: value = .bool(flag)
            case .number(let start, let end)?:
                guard let number = double(bytes, start, end) else { return nil }
                value = .number(number)
            case .string(let text)?: value = .text(text)
            case .strings(let list)?: value = .list(list)
            default: return nil
            }
            guard let seconds = seconds() else { return nil }
            event = .answer(question: question, value: value, seconds: seconds)
        } else if matches(kind, "special") {
            guard let question = required(.question), case .string(let raw)? = fields[.answer] else { return nil }
            let special: SpecialAnswer
            if matches(raw, "dont_know") {
                special = .dontKnow
            } else if matches(raw, "refused") {
                special = .refused
            } else {
                return nil
            }
            guard let seconds = seconds() else { return nil }
            event = .special(question: question, special, seconds: seconds)
        } else if matches(kind, "skip") {
            guard let question = required(.question) else { return nil }
            event = .skip(question: question)
        } else if matches(kind, "clear") {
            guard let question = required(.question) else { return nil }
            event = .clear(question: question)
        } else if matches(kind, "draft") {
            guard let question = required(.question), let line = optional(.line) else { return nil }
            let items: [String]
            switch fields[.items] {
            case nil, .null?: items = []
            case .strings(let list)?: items = list
            default: return nil
            }
            event = .draft(question: question, items: items, line: line)
        } else if matches(kind, "note") {
            guard let question = optional(.question), let text = required(.text) else { return nil }
            event = .note(question: question, text: text)
        } else if matches(kind, "quote") {
            guard let question = optional(.question), let text = required(.text) else { return nil }
            event = .quote(question: question, text: text)
        } else if matches(kind, "navigation") {
            guard let to = required(.to) else { return nil }
            event = .navigation(to: to)
        } else if matches(kind, "grid") {
            guard let id = required(.grid), case .number(let start, let end)? = fields[.version],
                  let version = integer(bytes, start, end), let sha256 = required(.sha256) else { return nil }
            event = .grid(id: id, version: version, sha256: sha256)
        } else if matches(kind, "pause") {
            event = .pause
        } else if matches(kind, "resume") {
            event = .resume
        } else if matches(kind, "complete") {
            event = .complete
        } else {
            return nil
        }
        return JournalEntry(event, at: date)
    }

    /// Whether the text is exactly these bytes (`==` on strings would also match other, canonically
    /// equivalent, spellings: those are left to `JSONDecoder`).
    private static func matches(_ text: String, _ name: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.count == name.utf8CodeUnitCount && memcmp(bytes.baseAddress!, name.utf8Start, bytes.count) == 0
        }
    }

    /// A JSON number's text as `JSONDecoder` reads it into a `Double` (`strtod`, correctly rounded),
    /// or `nil` when `JSONDecoder` might refuse it: it refuses what overflows, and zeros that come
    /// from non-zero digits (underflow); its test of the latter also reads some digits of the
    /// exponent (`0e5` is refused, `0e+5` is not), so every zero written with an exponent is left to it.
    private static func double(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
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
    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
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

    // MARK: - Parsing

    /// The keys of `JournalEntry`'s format; any other key sends the line to `JSONDecoder`.
    fileprivate enum Key: Int {
        case at, event, question, value, answer, seconds, items, line, text, to, grid, version, sha256
    }

    /// A value as read: numbers keep their text (its byte range) until the use says what they are.
    fileprivate enum Value {
        case string(String)
        case number(Int, Int)
        case bool(Bool)
        case null
        case strings([String])
    }

    /// The values of one line by key.
    fileprivate struct Fields {
        var at, event, question, value, answer, seconds, items, line, text, to, grid, version, sha256: Value?

        subscript(key: Key) -> Value? {
            get {
                switch key {
                case .at: at
                case .event: event
                case .question: question
                case .value: value
                case .answer: answer
                case .seconds: seconds
                case .items: items
                case .line: line
                case .text: text
                case .to: to
                case .grid: grid
                case .version: version
                case .sha256: sha256
                }
            }
            set {
                switch key {
                case .at: at = newValue
                case .event: event = newValue
                case .question: question = newValue
                case .value: value = newValue
                case .answer: answer = newValue
                case .seconds: seconds = newValue
                case .items: items = newValue
                case .line: line = newValue
                case .text: text = newValue
                case .to: to = newValue
                case .grid: grid = newValue
                case .version: version = newValue
                case .sha256: sha256 = newValue
                }
            }
        }
    }

    /// A strict JSON parser for one flat object, over raw bytes.
    fileprivate struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        /// Unescaped bytes of the string being read, reused from string to string.
        var scratch: [UInt8] = []

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The object's fields, if the bytes are exactly one object (and whitespace) of known keys.
        mutating func object() -> Fields? {
            skipSpace()
            guard next(UInt8(ascii: "{")) else { return nil }
            var fields = Fields()
            var seen: UInt16 = 0
            skipSpace()
            if !next(UInt8(ascii: "}")) {
                while true {
                    skipSpace()
                    guard let key = key() else { return nil }
                    skipSpace()
                    guard next(UInt8(ascii: ":")) else { return nil }
                    skipSpace()
                    let bit: UInt16 = 1 << key.rawValue
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
            return Self.key(bytes, start, end - start)
        }

        private static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Key? {
            func equals(_ name: StaticString) -> Bool {
                name.utf8CodeUnitCount == count && memcmp(bytes.baseAddress! + start, name.utf8Start, count) == 0
            }
            switch count {
            case 2: return equals("at") ? .at : equals("to") ? .to : nil
            case 4: return equals("line") ? .line : equals("text") ? .text : equals("grid") ? .grid : nil
            case 5: return equals("event") ? .event : equals("value") ? .value : equals("items") ? .items : nil
            case 6: return equals("answer") ? .answer : equals("sha256") ? .sha256 : nil
            case 7: return equals("seconds") ? .seconds : equals("version") ? .version : nil
            case 8: return equals("question") ? .question : nil
            default: return nil
            }
        }

        private mutating func value() -> Value? {
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "["): return strings().map(Value.strings)
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
}
