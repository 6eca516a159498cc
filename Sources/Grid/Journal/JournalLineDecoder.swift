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
        var parser = FlatJSONParser<Key>(bytes)
        guard let fields = parser.object() else { return nil }
        return build(fields, bytes)
    }

    // MARK: - Building the entry

    /// The rules of `JournalEntry.init(from:)`, on parsed fields.
    private static func build(_ fields: FlatJSONFields<Key>, _ bytes: UnsafeBufferPointer<UInt8>) -> JournalEntry? {
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
            case .number(let start, let end)?: return FlatJSON.double(bytes, start, end)
            default: return nil
            }
        }

        let event: JournalEvent
        if FlatJSON.matches(kind, "answer") {
            guard let question = required(.question) else { return nil }
            // `AnswerValue.init(from:)`: a Bool, else a Double, else a String, else [String].
            let value: AnswerValue
            switch fields[.value] {
            case .bool(let flag)?: value = .bool(flag)
            case .number(let start, let end)?:
                guard let number = FlatJSON.double(bytes, start, end) else { return nil }
                value = .number(number)
            case .string(let text)?: value = .text(text)
            case .strings(let list)?: value = .list(list)
            default: return nil
            }
            guard let seconds = seconds(), let said = optional(.said) else { return nil }
            event = .answer(question: question, value: value, seconds: seconds, said: said)
        } else if FlatJSON.matches(kind, "special") {
            guard let question = required(.question), case .string(let raw)? = fields[.answer] else { return nil }
            let special: SpecialAnswer
            if FlatJSON.matches(raw, "dont_know") {
                special = .dontKnow
            } else if FlatJSON.matches(raw, "refused") {
                special = .refused
            } else {
                return nil
            }
            guard let seconds = seconds() else { return nil }
            event = .special(question: question, special, seconds: seconds)
        } else if FlatJSON.matches(kind, "skip") {
            guard let question = required(.question) else { return nil }
            event = .skip(question: question)
        } else if FlatJSON.matches(kind, "clear") {
            guard let question = required(.question) else { return nil }
            event = .clear(question: question)
        } else if FlatJSON.matches(kind, "draft") {
            guard let question = required(.question), let line = optional(.line) else { return nil }
            let items: [String]
            switch fields[.items] {
            case nil, .null?: items = []
            case .strings(let list)?: items = list
            default: return nil
            }
            event = .draft(question: question, items: items, line: line)
        } else if FlatJSON.matches(kind, "note") {
            guard let question = optional(.question), let text = required(.text) else { return nil }
            event = .note(question: question, text: text)
        } else if FlatJSON.matches(kind, "quote") {
            guard let question = optional(.question), let text = required(.text) else { return nil }
            event = .quote(question: question, text: text)
        } else if FlatJSON.matches(kind, "note_edit") {
            guard let question = optional(.question), let text = optional(.text),
                  case .number(let start, let end)? = fields[.index], let index = FlatJSON.integer(bytes, start, end) else { return nil }
            event = .noteEdit(question: question, index: index, text: text)
        } else if FlatJSON.matches(kind, "mark") {
            guard let question = optional(.question), let text = required(.text) else { return nil }
            event = .mark(question: question, text: text)
        } else if FlatJSON.matches(kind, "navigation") {
            guard let to = required(.to) else { return nil }
            event = .navigation(to: to)
        } else if FlatJSON.matches(kind, "grid") {
            guard let id = required(.grid), case .number(let start, let end)? = fields[.version],
                  let version = FlatJSON.integer(bytes, start, end), let sha256 = required(.sha256) else { return nil }
            event = .grid(id: id, version: version, sha256: sha256)
        } else if FlatJSON.matches(kind, "code") {
            guard let question = optional(.question), case .string(let rawPart)? = fields[.part],
                  let part = CodingTarget.Part(rawValue: rawPart), let text = required(.text), let coder = optional(.coder),
                  case .strings(let codes)? = fields[.codes],
                  case .number(let s0, let s1)? = fields[.start], let start = FlatJSON.integer(bytes, s0, s1),
                  case .number(let e0, let e1)? = fields[.end], let end = FlatJSON.integer(bytes, e0, e1) else { return nil }
            var index: Int?
            if part != .answer {
                guard case .number(let i0, let i1)? = fields[.index], let number = FlatJSON.integer(bytes, i0, i1) else { return nil }
                index = number
            }
            event = .code(Coding(target: CodingTarget(question: question, part: part, index: index), start: start, end: end,
                                 text: text, codes: codes, coder: coder))
        } else if FlatJSON.matches(kind, "pause") {
            event = .pause
        } else if FlatJSON.matches(kind, "resume") {
            event = .resume
        } else if FlatJSON.matches(kind, "complete") {
            event = .complete
        } else {
            return nil
        }
        return JournalEntry(event, at: date)
    }

    /// The keys of `JournalEntry`'s format; any other key sends the line to `JSONDecoder`.
    enum Key: Int, FlatJSONKey {
        case at, event, question, value, answer, seconds, items, line, text, to, grid, version, sha256, said, index
        case part, start, end, codes, coder

        var slot: Int { rawValue }

        /// The key these bytes name, if any.
        static func named(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Self? {
            func equals(_ name: StaticString) -> Bool { FlatJSON.spells(bytes, start, count, name) }
            switch count {
            case 2: return equals("at") ? .at : equals("to") ? .to : nil
            case 3: return equals("end") ? .end : nil
            case 4:
                return equals("line") ? .line : equals("text") ? .text : equals("grid") ? .grid : equals("said") ? .said
                    : equals("part") ? .part : nil
            case 5:
                return equals("event") ? .event : equals("value") ? .value : equals("items") ? .items : equals("index") ? .index
                    : equals("start") ? .start : equals("codes") ? .codes : equals("coder") ? .coder : nil
            case 6: return equals("answer") ? .answer : equals("sha256") ? .sha256 : nil
            case 7: return equals("seconds") ? .seconds : equals("version") ? .version : nil
            case 8: return equals("question") ? .question : nil
            default: return nil
            }
        }
    }
}
