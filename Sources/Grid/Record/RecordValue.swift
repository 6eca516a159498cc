/// A typed answer in a case record: text, list, number, boolean, choice(s) with labels, ranked items.
public enum RecordValue: Sendable, Equatable {
    case text(String)
    case list([String])
    case number(Double)
    case bool(Bool)
    case choice(Choice)
    case choices([Choice])
    /// Ranked item texts, most important first.
    case rank([String])

    /// The record value of a stored answer, given its question.
    public init(_ value: AnswerValue, question: Question) {
        switch (question.type, value) {
        case (.choice, .text(let id)):
            self = .choice(question.choice(id: id) ?? Choice(id: id, label: id))
        case (.multichoice, .list(let ids)):
            self = .choices(ids.map { question.choice(id: $0) ?? Choice(id: $0, label: $0) })
        case (.rank, .list(let items)):
            self = .rank(items)
        case (_, .text(let text)): self = .text(text)
        case (_, .list(let items)): self = .list(items)
        case (_, .number(let number)): self = .number(number)
        case (_, .bool(let bool)): self = .bool(bool)
        }
    }
}

extension RecordValue: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else if let text = try? container.decode(String.self) { self = .text(text) }
        else if let choice = try? container.decode(Choice.self) { self = .choice(choice) }
        else if let choices = try? container.decode([Choice].self) { self = .choices(choices) }
        else { self = .list(try container.decode([String].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .list(let items), .rank(let items): try container.encode(items)
        case .number(let number):
            if let whole = number.wholeNumber { try container.encode(whole) } else { try container.encode(number) }
        case .bool(let bool): try container.encode(bool)
        case .choice(let choice): try container.encode(choice)
        case .choices(let choices): try container.encode(choices)
        }
    }
}
