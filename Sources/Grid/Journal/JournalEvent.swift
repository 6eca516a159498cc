/// One thing that happened in a session, as journaled after the header line.
public enum JournalEvent: Sendable, Equatable {
    /// A valid answer, with the seconds spent on the question and, for a number said with words
    /// (`plus de 200`, `1,5 million`), the text as typed.
    case answer(question: String, value: AnswerValue, seconds: Double, said: String? = nil)
    /// "Don't know" or "refused".
    case special(question: String, SpecialAnswer, seconds: Double)
    /// The question was passed on purpose.
    case skip(question: String)
    /// The answer was erased: the question is open again.
    case clear(question: String)
    /// Work in progress on a question: list items entered so far and the line being typed.
    case draft(question: String, items: [String], line: String?)
    /// A free note by the interviewer, attached to a question when one was on screen.
    case note(question: String?, text: String)
    /// A verbatim quote of the respondent.
    case quote(question: String?, text: String)
    /// The note or quote numbered `index` (from 1, notes and quotes of `question` together, in
    /// the order `/notes` lists them) corrected to `text`, or removed when `text` is nil.
    case noteEdit(question: String?, index: Int, text: String?)
    /// A marker dropped for the recording (`/repère`), at the question on screen if any.
    case mark(question: String?, text: String)
    /// The interviewer moved to another question (`/retour`, `/aller`, `/suivant`).
    case navigation(to: String)
    /// Theme codes given to a segment of an answer, list item or quote (`interview code`, `/code`).
    case code(Coding)
    /// The case moved to another grid (`resume --grid`): later events follow that grid.
    case grid(id: String, version: Int, sha256: String)
    case pause
    case resume
    case complete

    /// The question the event is about, if any.
    public var question: String? {
        switch self {
        case .answer(let id, _, _, _), .special(let id, _, _), .skip(let id), .clear(let id), .draft(let id, _, _):
            return id
        case .note(let id, _), .quote(let id, _), .mark(let id, _): return id
        case .noteEdit(let id, _, _): return id
        case .navigation(let id): return id
        case .code(let coding): return coding.target.question
        case .grid, .pause, .resume, .complete: return nil
        }
    }
}
