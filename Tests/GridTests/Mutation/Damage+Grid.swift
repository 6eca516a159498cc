import Foundation
import Grid

/// Random damage to a grid's text.
extension Damage {
    mutating func damageGrid(_ bytes: [UInt8]) -> [UInt8] {
        switch int(0..<17) {
        case 0: return deleteLine(bytes)
        case 1: return duplicateLine(bytes)
        case 2: return swapLines(bytes)
        case 3: return flipBit(bytes)
        case 4: return insertByte(bytes)
        case 5: return deleteBytes(bytes)
        case 6: return insertTab(bytes)
        case 7: return insert(Array(pick(["\"", "'", "`", "\"\\", "'''"]).utf8), named: "an unbalanced quote", into: bytes)
        case 8: return insert(Array(pick(["[", "]", "{", "}", "(", ")", "[[", "{{", "}]", "]]]"]).utf8), named: "an unbalanced bracket", into: bytes)
        case 9: return truncate(bytes)
        case 10: return reindent(bytes)
        case 11: return replaceValue(bytes, with: MutationGrids.otherValues, what: "value of another type")
        case 12: return longLine(bytes)
        case 13: return nulByte(bytes)
        case 14: return invalidUTF8(bytes)
        case 15: return damageCondition(bytes)
        default: return insertKeyLine(bytes)
        }
    }

    mutating func insertTab(_ bytes: [UInt8]) -> [UInt8] {
        guard chance(0.6) else { return insert([UInt8(ascii: "\t")], named: "a tab", into: bytes) }
        var lines = Self.lines(bytes)
        let index = int(0..<lines.count)
        let spaces = lines[index].prefix { $0 == UInt8(ascii: " ") }.count
        let replaced = int(0...spaces)
        note("indent line \(index + 1) with a tab instead of \(replaced) spaces")
        lines[index].replaceSubrange(0..<replaced, with: [UInt8(ascii: "\t")])
        return Self.joined(lines)
    }

    mutating func reindent(_ bytes: [UInt8]) -> [UInt8] {
        var lines = Self.lines(bytes)
        let index = int(0..<lines.count)
        let spaces = lines[index].prefix { $0 == UInt8(ascii: " ") }.count
        if spaces > 0, chance(0.5) {
            let removed = int(1...spaces)
            note("unindent line \(index + 1) by \(removed)")
            lines[index].removeFirst(removed)
        } else {
            let added = int(1...9)
            note("indent line \(index + 1) by \(added) more")
            lines[index].insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: added), at: 0)
        }
        return Self.joined(lines)
    }

    /// Replaces a `when` expression (or adds one to a question) with a random token soup.
    mutating func damageCondition(_ bytes: [UInt8]) -> [UInt8] {
        var lines = Self.lines(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        let ids = text.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            guard let range = line.range(of: "id: ") else { return nil }
            return line[range.upperBound...].split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).first.map(String.init)
        }
        var soup: [String] = []
        for _ in 0..<int(1...7) {
            soup.append(chance(0.3) && !ids.isEmpty ? pick(ids) : pick(MutationGrids.conditionTokens))
        }
        let expression = soup.joined(separator: chance(0.8) ? " " : "")
        let quoted = chance(0.6) ? "\"" + expression.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : expression
        let whens = lines.indices.filter { String(decoding: lines[$0], as: UTF8.self).contains("when: ") }
        if !whens.isEmpty, chance(0.7) {
            let index = pick(whens)
            let line = String(decoding: lines[index], as: UTF8.self)
            let range = line.range(of: "when: ")!
            note("condition on line \(index + 1) becomes \(quoted)")
            lines[index] = Array((line[..<range.upperBound] + quoted).utf8)
        } else {
            let idLines = lines.indices.filter { String(decoding: lines[$0], as: UTF8.self).contains("- id: ") }
            guard let index = idLines.isEmpty ? nil : pick(idLines) else { return insertKeyLine(bytes) }
            let indent = lines[index].prefix { $0 == UInt8(ascii: " ") }.count + 2
            note("add `when: \(quoted)` after line \(index + 1)")
            lines.insert(Array((String(repeating: " ", count: indent) + "when: " + quoted).utf8), at: index + 1)
        }
        return Self.joined(lines)
    }

    /// Adds a known or unknown field, at the indentation of a random line.
    mutating func insertKeyLine(_ bytes: [UInt8]) -> [UInt8] {
        var lines = Self.lines(bytes)
        let index = int(0..<lines.count)
        let indent = lines[index].prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }.count
        let key = pick(["id", "text", "type", "when", "from", "count", "min", "max", "choices", "sections", "questions", "grid",
                        "version", "language", "required", "personal", "unit", "label", "probes", "case_file", "codebook",
                        "entries", "heading", "codes", "title_from", "summary_from", "unknown_field", "<<", "? "])
        let value = pick(MutationGrids.otherValues)
        note("insert `\(key): \(value)` at line \(index + 1)")
        lines.insert(Array((String(repeating: " ", count: indent) + key + ": " + value).utf8), at: index)
        return Self.joined(lines)
    }
}
