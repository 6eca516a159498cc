/// The entry as a journal line, byte for byte what `JSONEncoder` with sorted keys and unescaped
/// slashes writes for `encode(to:)`, without its cost (a session writes one per answer).
extension JournalEntry {
    /// The entry's JSON on one line, without the `\n`; `nil` when a number is not finite (JSON
    /// has no such numbers: the writer then reports the event cannot be written).
    public var jsonLine: [UInt8]? {
        var json = JSONText(pretty: false)
        json.object { json in
            switch event {
            case .answer(let id, let value, let seconds, let said):
                at(&json, "answer")
                json.key("question"); json.string(id)
                json.field("said", said)
                json.key("seconds"); json.number(Self.rounded(seconds))
                json.key("value"); value.write(to: &json)
            case .special(let id, let special, let seconds):
                json.key("answer"); json.string(special.rawValue)
                at(&json, "special")
                json.key("question"); json.string(id)
                json.key("seconds"); json.number(Self.rounded(seconds))
            case .skip(let id), .clear(let id):
                at(&json, { if case .skip = event { "skip" } else { "clear" } }())
                json.key("question"); json.string(id)
            case .draft(let id, let items, let line):
                at(&json, "draft")
                json.key("items"); json.array(items)
                json.field("line", line)
                json.key("question"); json.string(id)
            case .note(let id, let text), .quote(let id, let text):
                at(&json, { if case .note = event { "note" } else { "quote" } }())
                json.field("question", id)
                json.key("text"); json.string(text)
            case .noteEdit(let id, let index, let text):
                at(&json, "note_edit")
                json.key("index"); json.number(index)
                json.field("question", id)
                json.field("text", text)
            case .mark(let id, let text):
                at(&json, "mark")
                json.field("question", id)
                json.key("text"); json.string(text)
            case .navigation(let id):
                at(&json, "navigation")
                json.key("to"); json.string(id)
            case .grid(let id, let version, let sha256):
                at(&json, "grid")
                json.key("grid"); json.string(id)
                json.key("sha256"); json.string(sha256)
                json.key("version"); json.number(version)
            case .code(let coding):
                // `coder`, `codes` and `end` sort between `at` and `event`.
                json.key("at"); json.string(Timestamp.format(at))
                json.field("coder", coding.coder)
                json.key("codes"); json.array(coding.codes)
                json.key("end"); json.number(coding.end)
                json.key("event"); json.string("code")
                if let index = coding.target.index { json.key("index"); json.number(index) }
                json.key("part"); json.string(coding.target.part.rawValue)
                json.field("question", coding.target.question)
                json.key("start"); json.number(coding.start)
                json.key("text"); json.string(coding.text)
            case .pause: at(&json, "pause")
            case .resume: at(&json, "resume")
            case .complete: at(&json, "complete")
            }
        }
        return json.allNumbersFinite ? json.bytes : nil
    }

    /// `at` and `event`, which sort next to each other before every other key but `answer`.
    private func at(_ json: inout JSONText, _ kind: String) {
        json.key("at"); json.string(Timestamp.format(at))
        json.key("event"); json.string(kind)
    }
}

extension AnswerValue {
    /// The value as `encode(to:)` writes it.
    func write(to json: inout JSONText) {
        switch self {
        case .text(let text): json.string(text)
        case .list(let items): json.array(items)
        case .number(let number): json.number(number)
        case .bool(let bool): json.bool(bool)
        }
    }
}
