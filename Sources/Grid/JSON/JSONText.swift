/// JSON written by hand, laid out byte for byte as `JSONEncoder` lays it out with
/// `.sortedKeys` and `.withoutEscapingSlashes` (and `.prettyPrinted` when `pretty`).
///
/// Export writes thousands of records and Foundation's encoder spent most of that time boxing
/// values; this writer appends bytes. Keys go in strictly increasing byte order, as
/// `.sortedKeys` sorts them: the writer checks it in debug builds (every test runs one), so a
/// caller that gets it wrong fails there; release builds pay nothing. Tests compare the output
/// with `JSONEncoder`'s and check the key order of every writer.
struct JSONText {
    /// The UTF-8 text written so far.
    private(set) var bytes: [UInt8] = []
    /// Indented on several lines, with `" : "` after keys.
    let pretty: Bool
    /// How many members the innermost open container has so far.
    private var count = 0
    /// The member counts of the containers around it.
    private var outer: [Int] = []
    /// How many containers are open.
    private var depth = 0
    /// False once a number that JSON cannot hold (infinite, NaN) was written, as `null`.
    private(set) var allNumbersFinite = true
    #if DEBUG
    /// The last key written in each open container, innermost last (nil before the first).
    private var lastKeys: [StaticString?] = []
    #endif

    init(pretty: Bool) {
        self.pretty = pretty
        bytes.reserveCapacity(pretty ? 16_384 : 8_192)
    }

    /// A writer for one value that will sit `depth` containers deep in a pretty document (its
    /// lines indented to match), written apart — on another core — and put in with `rawElement`.
    init(pretty: Bool, depth: Int) {
        self.pretty = pretty
        self.depth = depth
    }

    /// How many containers are open: what a value written apart for here must be made with.
    var nesting: Int { depth }

    /// One element of a `streamedArray` written apart by a writer made with `init(pretty:depth:)`
    /// at this writer's `nesting`.
    mutating func rawElement(_ value: [UInt8]) {
        member()
        bytes.append(contentsOf: value)
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// An object whose members `body` writes with `key(_:)` followed by one value each.
    mutating func object(_ body: (inout JSONText) throws -> Void) rethrows {
        open(UInt8(ascii: "{"))
        try body(&self)
        close(UInt8(ascii: "}"))
    }

    /// An array whose elements come one by one, as they are read: `body` calls `element` for each.
    mutating func streamedArray(_ body: (inout JSONText) throws -> Void) rethrows {
        open(UInt8(ascii: "["))
        try body(&self)
        close(UInt8(ascii: "]"))
    }

    /// One element of a `streamedArray`, written by `write`.
    mutating func element(_ write: (inout JSONText) throws -> Void) rethrows {
        member()
        try write(&self)
    }

    /// Hands the text written so far to `out` and forgets it, once it is longer than `limit`
    /// bytes (always, with 0): for documents too long to hold. Call it between values only, so
    /// that no character is cut in two.
    mutating func drain(over limit: Int = 1 << 16, to out: ([UInt8]) throws -> Void) rethrows {
        guard bytes.count > limit || (limit == 0 && !bytes.isEmpty) else { return }
        try out(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// An array of `items`, each written by `element`.
    mutating func array<Item>(_ items: [Item], _ element: (inout JSONText, Item) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            member()
            element(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    /// An array of strings.
    mutating func array(_ items: [String]) {
        array(items) { $0.string($1) }
    }

    /// The next member's key (plain ASCII, nothing to escape); the value written next belongs to it.
    /// It must sort after the object's previous key (checked in debug builds).
    mutating func key(_ name: StaticString) {
        #if DEBUG
        checkOrder(name)
        #endif
        member()
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(0x22)
        if pretty { bytes.append(contentsOf: [0x20, 0x3A, 0x20]) } else { bytes.append(0x3A) }
    }

    /// A key made at run time (a question id), escaped like any string. Its order is the
    /// caller's to keep: sort such keys by their UTF-8 bytes, as `.sortedKeys` does.
    mutating func key(text name: String) {
        member()
        string(name)
        if pretty { bytes.append(contentsOf: [0x20, 0x3A, 0x20]) } else { bytes.append(0x3A) }
    }

    /// `key` and a string, left out when `value` is nil (as synthesized `Codable` leaves it out).
    mutating func field(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// A string, with `"`, `\` and control characters escaped.
    mutating func string(_ value: String) {
        bytes.append(0x22)
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0) }) == nil {
            appendEscaped(Array(value.utf8))
        }
        bytes.append(0x22)
    }

    /// Appends UTF-8 bytes, escaping what JSON requires; runs without escapes go in whole.
    private mutating func appendEscaped<Bytes: RandomAccessCollection>(_ utf8: Bytes) where Bytes.Element == UInt8, Bytes.Index == Int {
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: utf8[start..<index])
                escape(byte)
                start = index + 1
            }
            index += 1
        }
        bytes.append(contentsOf: utf8[start..<utf8.endIndex])
    }

    /// An integer.
    mutating func number(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A number as `JSONEncoder` writes a `Double`: its shortest description without a trailing `.0`.
    /// Answers and times are finite; anything else is written `null` and noted in `allNumbersFinite`.
    mutating func number(_ value: Double) {
        guard value.isFinite else {
            allNumbersFinite = false
            return null()
        }
        // Whole numbers below 10^15 print as integers either way (but -0 keeps its sign).
        if let whole = value.wholeNumber, value != 0 || value.sign == .plus {
            return number(Int(whole))
        }
        var description = value.description
        if description.hasSuffix(".0") { description.removeLast(2) }
        bytes.append(contentsOf: description.utf8)
    }

    /// `true` or `false`.
    mutating func bool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// A string, or `null` for none.
    mutating func string(orNull value: String?) {
        if let value { string(value) } else { null() }
    }

    /// An integer, or `null` for none.
    mutating func number(orNull value: Int?) {
        if let value { number(value) } else { null() }
    }

    /// A number, or `null` for none.
    mutating func number(orNull value: Double?) {
        if let value { number(value) } else { null() }
    }

    /// `true` or `false`, or `null` for none.
    mutating func bool(orNull value: Bool?) {
        if let value { bool(value) } else { null() }
    }

    /// `null`.
    mutating func null() {
        bytes.append(contentsOf: "null".utf8)
    }

    private mutating func escape(_ byte: UInt8) {
        let short: UInt8? = switch byte {
        case 0x22: 0x22
        case 0x5C: 0x5C
        case 0x0A: UInt8(ascii: "n")
        case 0x0D: UInt8(ascii: "r")
        case 0x09: UInt8(ascii: "t")
        case 0x08: UInt8(ascii: "b")
        case 0x0C: UInt8(ascii: "f")
        default: nil
        }
        if let short {
            bytes.append(contentsOf: [0x5C, short])
        } else {
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
        }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        outer.append(count)
        count = 0
        depth += 1
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        let members = count
        count = outer.popLast() ?? 0
        depth -= 1
        #if DEBUG
        lastKeys.removeLast()
        #endif
        if pretty {
            if members == 0 { bytes.append(0x0A) }
            newline()
        }
        bytes.append(bracket)
    }

    /// Starts a member of the innermost container: a comma after the first, then a new indented line.
    private mutating func member() {
        if count > 0 { bytes.append(0x2C) }
        count += 1
        if pretty { newline() }
    }

    #if DEBUG
    /// Stops a debug build when `name` does not sort after the innermost object's previous key,
    /// as `JSONEncoder`'s `.sortedKeys` would have put it: the output would then differ from it.
    private mutating func checkOrder(_ name: StaticString) {
        guard let innermost = lastKeys.indices.last else {
            return assertionFailure("JSONText: key \"\(name)\" written outside an object")
        }
        if let previous = lastKeys[innermost] {
            assert(Self.bytes(of: previous).lexicographicallyPrecedes(Self.bytes(of: name)),
                   "JSONText: key \"\(name)\" written after \"\(previous)\"; keys go in byte order")
        }
        lastKeys[innermost] = name
    }

    private static func bytes(of name: StaticString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
    }
    #endif

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }
}
