import Foundation
import Grid

/// Random damage to bytes, recording what it did.
struct Damage {
    var random: SplitMix64
    private(set) var log: [String] = []

    init(_ random: SplitMix64) {
        self.random = random
    }

    mutating func note(_ text: String) {
        log.append(text)
    }

    /// An integer in `range`, or its lower bound when the range is empty.
    mutating func int(_ range: Range<Int>) -> Int {
        range.isEmpty ? range.lowerBound : Int.random(in: range, using: &random)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &random)
    }

    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &random) < probability
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0..<items.count)]
    }

    /// The lines of `bytes` (split at `\n`, which is not kept; the last line may be empty).
    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    }

    static func joined(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    // Line damage.

    mutating func deleteLine(_ bytes: [UInt8]) -> [UInt8] {
        var lines = Self.lines(bytes)
        let index = int(0..<lines.count)
        note("delete line \(index + 1)")
        lines.remove(at: index)
        return Self.joined(lines)
    }

    mutating func duplicateLine(_ bytes: [UInt8]) -> [UInt8] {
        var lines = Self.lines(bytes)
        let index = int(0..<lines.count)
        let copies = chance(0.2) ? int(2...20) : 1
        note("duplicate line \(index + 1) ×\(copies)")
        lines.insert(contentsOf: Array(repeating: lines[index], count: copies), at: index)
        return Self.joined(lines)
    }

    mutating func swapLines(_ bytes: [UInt8]) -> [UInt8] {
        var lines = Self.lines(bytes)
        let first = int(0..<lines.count), second = int(0..<lines.count)
        note("swap lines \(first + 1) and \(second + 1)")
        lines.swapAt(first, second)
        return Self.joined(lines)
    }

    // Byte damage.

    mutating func flipBit(_ bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return insertByte(bytes) }
        var bytes = bytes
        let index = int(0..<bytes.count), bit = int(0..<8)
        note("flip bit \(bit) of byte \(index)")
        bytes[index] ^= 1 << UInt8(bit)
        return bytes
    }

    mutating func insertByte(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let index = int(0...bytes.count), byte = UInt8.random(in: 0...255, using: &random)
        note("insert byte 0x\(String(byte, radix: 16)) at \(index)")
        bytes.insert(byte, at: index)
        return bytes
    }

    mutating func deleteBytes(_ bytes: [UInt8]) -> [UInt8] {
        guard !bytes.isEmpty else { return bytes }
        var bytes = bytes
        let index = int(0..<bytes.count), count = min(bytes.count - index, int(1...16))
        note("delete \(count) bytes at \(index)")
        bytes.removeSubrange(index..<(index + count))
        return bytes
    }

    mutating func truncate(_ bytes: [UInt8]) -> [UInt8] {
        let end = int(0...bytes.count)
        note("truncate at byte \(end) of \(bytes.count)")
        return Array(bytes.prefix(end))
    }

    mutating func insert(_ inserted: [UInt8], named name: String, into bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        let index = int(0...bytes.count)
        note("insert \(name) at \(index)")
        bytes.insert(contentsOf: inserted, at: index)
        return bytes
    }

    mutating func nulByte(_ bytes: [UInt8]) -> [UInt8] {
        insert([0], named: "NUL", into: bytes)
    }

    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xFE], [0x80], [0xBF], [0xC3], [0xC0, 0x80], [0xC1, 0xBF], [0xE2, 0x82], [0xED, 0xA0, 0x80],
        [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE0, 0x80, 0xAF],
    ]

    mutating func invalidUTF8(_ bytes: [UInt8]) -> [UInt8] {
        let sequence = pick(Self.invalidUTF8)
        return insert(sequence, named: "invalid UTF-8 \(sequence.map { String($0, radix: 16) })", into: bytes)
    }

    static let longPieces = ["a", "é", "😀", "[", "{", "- ", "\\", "\"", "'", ": ", "x ", "#", "\t", "&a ", "*a "]

    mutating func longLine(_ bytes: [UInt8]) -> [UInt8] {
        var lines = Self.lines(bytes)
        let piece = pick(Self.longPieces), count = int(1_000...30_000)
        let index = int(0...lines.count)
        let prefix = chance(0.5) ? "title: " : ""
        note("insert a line of \(prefix.isEmpty ? "" : "title: ")\(count) × \(piece.debugDescription) before line \(index + 1)")
        lines.insert(Array((prefix + String(repeating: piece, count: count)).utf8), at: index)
        return Self.joined(lines)
    }

    /// Replaces the text after the first `": "` (or `"- "`) of a random line that has one.
    mutating func replaceValue(_ bytes: [UInt8], with values: [String], what: String) -> [UInt8] {
        var lines = Self.lines(bytes)
        let candidates = lines.indices.filter { index in
            let line = String(decoding: lines[index], as: UTF8.self)
            return line.contains(": ") || line.trimmingCharacters(in: .whitespaces).hasPrefix("- ")
        }
        let value = pick(values)
        guard !candidates.isEmpty else {
            note("append a line `key: \(value.debugDescription)`")
            lines.append(Array("key: \(value)".utf8))
            return Self.joined(lines)
        }
        let index = pick(candidates)
        let line = String(decoding: lines[index], as: UTF8.self)
        let separator = line.range(of: ": ") ?? line.range(of: "- ")!
        note("\(what) on line \(index + 1): \(line[..<separator.upperBound].trimmingCharacters(in: .whitespaces))\(value.debugDescription)")
        lines[index] = Array((line[..<separator.upperBound] + value).utf8)
        return Self.joined(lines)
    }
}
