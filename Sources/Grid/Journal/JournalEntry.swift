import Foundation

/// A journal event with the moment it happened: one line of `responses/<case>.jsonl`.
public struct JournalEntry: Sendable, Equatable {
    public var event: JournalEvent
    public var at: Date

    public init(_ event: JournalEvent, at: Date = Date()) {
        self.event = event
        self.at = at
    }
}

extension JournalEntry: Codable {
    private enum Kind: String, Codable {
        case answer, special, skip, clear, draft, note, quote, navigation, grid, pause, resume, complete, mark, code
        case noteEdit = "note_edit"
    }

    private enum Key: String, CodingKey {
        case event, at, question, value, answer, seconds, items, line, text, to, grid, version, sha256, said, index
        case part, start, end, codes, coder
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        at = try Timestamp.decode(container.decode(String.self, forKey: .at), codingPath: decoder.codingPath)
        func question() throws -> String { try container.decode(String.self, forKey: .question) }
        func seconds() throws -> Double { try container.decodeIfPresent(Double.self, forKey: .seconds) ?? 0 }
        switch try container.decode(Kind.self, forKey: .event) {
        case .answer:
            event = .answer(question: try question(), value: try container.decode(AnswerValue.self, forKey: .value),
                            seconds: try seconds(), said: try container.decodeIfPresent(String.self, forKey: .said))
        case .special: event = .special(question: try question(), try container.decode(SpecialAnswer.self, forKey: .answer), seconds: try seconds())
        case .skip: event = .skip(question: try question())
        case .clear: event = .clear(question: try question())
        case .draft:
            event = .draft(question: try question(), items: try container.decodeIfPresent([String].self, forKey: .items) ?? [],
                           line: try container.decodeIfPresent(String.self, forKey: .line))
        case .note: event = .note(question: try container.decodeIfPresent(String.self, forKey: .question), text: try container.decode(String.self, forKey: .text))
        case .quote: event = .quote(question: try container.decodeIfPresent(String.self, forKey: .question), text: try container.decode(String.self, forKey: .text))
        case .noteEdit:
            event = .noteEdit(question: try container.decodeIfPresent(String.self, forKey: .question),
                              index: try container.decode(Int.self, forKey: .index),
                              text: try container.decodeIfPresent(String.self, forKey: .text))
        case .mark: event = .mark(question: try container.decodeIfPresent(String.self, forKey: .question), text: try container.decode(String.self, forKey: .text))
        case .navigation: event = .navigation(to: try container.decode(String.self, forKey: .to))
        case .grid:
            event = .grid(id: try container.decode(String.self, forKey: .grid), version: try container.decode(Int.self, forKey: .version),
                          sha256: try container.decode(String.self, forKey: .sha256))
        case .code:
            let part = try container.decode(CodingTarget.Part.self, forKey: .part)
            let target = CodingTarget(question: try container.decodeIfPresent(String.self, forKey: .question), part: part,
                                      index: part == .answer ? nil : try container.decode(Int.self, forKey: .index))
            event = .code(Coding(target: target, start: try container.decode(Int.self, forKey: .start),
                                 end: try container.decode(Int.self, forKey: .end), text: try container.decode(String.self, forKey: .text),
                                 codes: try container.decode([String].self, forKey: .codes),
                                 coder: try container.decodeIfPresent(String.self, forKey: .coder)))
        case .pause: event = .pause
        case .resume: event = .resume
        case .complete: event = .complete
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch event {
        case .answer(let id, let value, let seconds, let said):
            try container.encode(Kind.answer, forKey: .event)
            try container.encode(id, forKey: .question)
            try container.encode(value, forKey: .value)
            try container.encode(Self.rounded(seconds), forKey: .seconds)
            try container.encodeIfPresent(said, forKey: .said)
        case .special(let id, let special, let seconds):
            try container.encode(Kind.special, forKey: .event)
            try container.encode(id, forKey: .question)
            try container.encode(special, forKey: .answer)
            try container.encode(Self.rounded(seconds), forKey: .seconds)
        case .skip(let id):
            try container.encode(Kind.skip, forKey: .event)
            try container.encode(id, forKey: .question)
        case .clear(let id):
            try container.encode(Kind.clear, forKey: .event)
            try container.encode(id, forKey: .question)
        case .draft(let id, let items, let line):
            try container.encode(Kind.draft, forKey: .event)
            try container.encode(id, forKey: .question)
            try container.encode(items, forKey: .items)
            try container.encodeIfPresent(line, forKey: .line)
        case .note(let id, let text), .quote(let id, let text):
            if case .note = event { try container.encode(Kind.note, forKey: .event) } else { try container.encode(Kind.quote, forKey: .event) }
            try container.encodeIfPresent(id, forKey: .question)
            try container.encode(text, forKey: .text)
        case .noteEdit(let id, let index, let text):
            try container.encode(Kind.noteEdit, forKey: .event)
            try container.encodeIfPresent(id, forKey: .question)
            try container.encode(index, forKey: .index)
            try container.encodeIfPresent(text, forKey: .text)
        case .mark(let id, let text):
            try container.encode(Kind.mark, forKey: .event)
            try container.encodeIfPresent(id, forKey: .question)
            try container.encode(text, forKey: .text)
        case .navigation(let id):
            try container.encode(Kind.navigation, forKey: .event)
            try container.encode(id, forKey: .to)
        case .grid(let id, let version, let sha256):
            try container.encode(Kind.grid, forKey: .event)
            try container.encode(id, forKey: .grid)
            try container.encode(version, forKey: .version)
            try container.encode(sha256, forKey: .sha256)
        case .code(let coding):
            try container.encode(Kind.code, forKey: .event)
            try container.encodeIfPresent(coding.target.question, forKey: .question)
            try container.encode(coding.target.part, forKey: .part)
            try container.encodeIfPresent(coding.target.index, forKey: .index)
            try container.encode(coding.start, forKey: .start)
            try container.encode(coding.end, forKey: .end)
            try container.encode(coding.text, forKey: .text)
            try container.encode(coding.codes, forKey: .codes)
            try container.encodeIfPresent(coding.coder, forKey: .coder)
        case .pause: try container.encode(Kind.pause, forKey: .event)
        case .resume: try container.encode(Kind.resume, forKey: .event)
        case .complete: try container.encode(Kind.complete, forKey: .event)
        }
        try container.encode(Timestamp.format(at), forKey: .at)
    }

    static func rounded(_ seconds: Double) -> Double {
        (seconds * 10).rounded() / 10
    }
}
