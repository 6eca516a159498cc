/// A typed answer as stored in journals and records: the question's type gives it meaning.
///
/// `text` holds text, dates, e-mails, phones, URLs and choice ids; `list` holds list items,
/// multichoice ids and ranked items (most important first); `number` and `bool` are plain.
public enum AnswerValue: Sendable, Equatable, Hashable {
    case text(String)
    case list([String])
    case number(Double)
    case bool(Bool)

    /// The items of a list value, or the single text as a one-item list.
    public var items: [String] {
        switch self {
        case .list(let items): return items
        case .text(let text): return [text]
        case .number, .bool: return []
        }
    }
}

extension AnswerValue: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .text(text)
        } else {
            self = .list(try container.decode([String].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .list(let items): try container.encode(items)
        case .number(let number): try container.encode(number)
        case .bool(let bool): try container.encode(bool)
        }
    }
}
