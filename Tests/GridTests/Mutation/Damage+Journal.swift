import Foundation
import Grid

/// Random damage to a journal's lines, aware of their JSON.
extension Damage {
    mutating func damageJournal(_ bytes: [UInt8], questions: [String]) -> [UInt8] {
        switch int(0..<15) {
        case 0: return truncate(bytes)
        case 1: return flipBit(bytes)
        case 2: return duplicateLine(bytes)
        case 3: return swapLines(bytes)
        case 4: return deleteLine(bytes)
        case 5: return editField(bytes, what: "value of another type", values: MutationJournals.otherValues)
        case 6: return dropField(bytes)
        case 7:
            return editField(bytes, what: "huge number", keys: ["seconds", "value", "version", "journal_format", "grid_version", "at"],
                             values: MutationJournals.hugeNumbers)
        case 8: return editField(bytes, what: "event name", keys: ["event"], values: MutationJournals.eventNames.map(Self.jsonString))
        case 9: return editField(bytes, what: "timestamp", keys: ["at", "started"], values: MutationJournals.timestamps)
        case 10:
            let ids = questions.map(Self.jsonString) + ["\"\"", "\"inconnue\"", "\"../../etc/passwd\"", "\"nom organisation\"", "null"]
            return editField(bytes, what: "question id", keys: ["question", "to", "grid"], values: ids)
        case 11: return insertByte(bytes)
        case 12:
            switch int(0..<3) {
            case 0: return nulByte(bytes)
            case 1: return invalidUTF8(bytes)
            default: return deleteBytes(bytes)
            }
        case 13: return splitOrJoinLines(bytes)
        default: return blankLines(bytes)
        }
    }

    static func jsonString(_ text: String) -> String {
        (try? JSONSerialization.data(withJSONObject: text, options: [.fragmentsAllowed])).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    /// A JSON object line as key → raw JSON text, if the line is one.
    static func fields(_ line: [UInt8]) -> [(key: String, raw: String)]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { return nil }
        return object.keys.sorted().compactMap { key in
            guard let value = object[key],
                  let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) else { return nil }
            return (key, String(decoding: data, as: UTF8.self))
        }
    }

    static func line(_ fields: [(key: String, raw: String)]) -> [UInt8] {
        Array(("{" + fields.map { jsonString($0.key) + ":" + $0.raw }.joined(separator: ",") + "}").utf8)
    }

    /// Sets a field (one of `keys`, when given) of a random JSON line to one of `values`, raw
    /// JSON texts; adds the field when the line lacks it.
    mutating func editField(_ bytes: [UInt8], what: String, keys: [String]? = nil, values: [String]) -> [UInt8] {
        var lines = Self.lines(bytes)
        let parsed = lines.indices.compactMap { index in Self.fields(lines[index]).map { (index, $0) } }
        let matching = parsed.filter { _, fields in keys.map { keys in fields.contains { keys.contains($0.key) } } ?? true }
        guard let (index, fields) = matching.isEmpty ? parsed.isEmpty ? nil : pick(parsed) : pick(matching) else { return flipBit(bytes) }
        var edited = fields
        let present = edited.indices.filter { keys?.contains(edited[$0].key) ?? true }
        let key = present.isEmpty ? pick(keys ?? ["value"]) : edited[pick(present)].key
        let value = pick(values)
        if let position = edited.firstIndex(where: { $0.key == key }) {
            edited[position].raw = value
        } else {
            edited.append((key, value))
        }
        note("\(what) on line \(index + 1): \(key) = \(value.prefix(60))")
        lines[index] = Self.line(edited)
        return Self.joined(lines)
    }

    mutating func dropField(_ bytes: [UInt8]) -> [UInt8] {
        var lines = Self.lines(bytes)
        let parsed = lines.indices.compactMap { index in Self.fields(lines[index]).map { (index, $0) } }.filter { !$0.1.isEmpty }
        guard !parsed.isEmpty else { return deleteBytes(bytes) }
        let (index, fields) = pick(parsed)
        var edited = fields
        let removed = edited.remove(at: int(0..<edited.count))
        note("drop field \(removed.key) of line \(index + 1)")
        lines[index] = Self.line(edited)
        return Self.joined(lines)
    }

    mutating func splitOrJoinLines(_ bytes: [UInt8]) -> [UInt8] {
        let newlines = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
        if !newlines.isEmpty, chance(0.5) {
            var bytes = bytes
            let index = pick(newlines)
            note("join the lines at byte \(index)")
            bytes.remove(at: index)
            return bytes
        }
        return insert([UInt8(ascii: "\n")], named: "a line break", into: bytes)
    }

    mutating func blankLines(_ bytes: [UInt8]) -> [UInt8] {
        let pieces = ["\n", "\r\n", " \n", "\t\n", "\n\n\n", "\r", "\u{FEFF}", "\u{2028}"]
        var lines = Self.lines(bytes)
        if chance(0.3) {
            note("end every line with CRLF")
            lines = lines.map { $0.isEmpty ? $0 : $0 + [UInt8(ascii: "\r")] }
            return Self.joined(lines)
        }
        let piece = pick(pieces)
        let index = int(0...lines.count)
        note("insert \(piece.debugDescription) before line \(index + 1)")
        lines.insert(Array(piece.utf8), at: index)
        return Self.joined(lines)
    }
}
