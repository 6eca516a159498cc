import Foundation
import Grid

/// Walks a coder through the texts of a case (text answers, list items, quotes) in grid order,
/// journaling each line of codes before the next prompt.
///
/// Terminal-free like `InterviewRunner`: input comes from a `LineEditor`, output goes to a
/// `Console`, code events go to a `JournalSink`, so the walk runs in tests with scripted input.
final class CodingWalk {
    let loaded: LoadedGrid
    let caseID: String
    let record: CaseRecord
    /// The texts walked through, in grid order.
    let texts: [CodableText]
    /// The coder every code event carries; nil for none.
    let coder: String?
    let journal: JournalSink
    let editor: LineEditor
    let console: Console
    let language: Language
    /// The case's state, code events applied as they are written: the codings in force.
    private(set) var state: SessionState
    /// What this run wrote: whole texts given codes, and segments given codes.
    private(set) var coded = (passages: 0, segments: 0)

    init(loaded: LoadedGrid, caseID: String, record: CaseRecord, state: SessionState, coder: String?, journal: JournalSink,
         editor: LineEditor, console: Console, language: Language) {
        self.loaded = loaded
        self.caseID = caseID
        self.record = record
        texts = record.codableTexts
        self.state = state
        self.coder = coder
        self.journal = journal
        self.editor = editor
        self.console = console
        self.language = language
    }

    /// Walks from the first text until the last, a pause or a stop; says what was coded.
    func run() -> SessionOutcome {
        SignalWatch.install()
        guard !texts.isEmpty else {
            console.say(phrase(.nothingToCode(caseID: caseID)))
            return .completed
        }
        console.say(console.wrapped(phrase(.welcome(caseID: caseID, coder: coder.map { TerminalText.safe($0) }, texts: texts.count))),
                    style: .dim)
        var index = 0
        var outcome = SessionOutcome.completed
        walking: while index < texts.count {
            switch ask(index) {
            case .advance: index += 1
            case .goTo(let target): index = target
            case .stay: continue
            case .end(let end):
                outcome = end
                break walking
            }
        }
        console.say(phrase(.summary(passages: coded.passages, segments: coded.segments)), style: .success)
        return outcome
    }

    /// Writes one code event (fsync'd), then applies it to the state; counts it when it gives codes.
    func write(_ coding: Coding) throws(JournalError) {
        let entry = JournalEntry(.code(coding))
        try journal.append(entry)
        state.apply(entry)
        guard !coding.codes.isEmpty else { return }
        if coding.coversWhole(of: texts.first { $0.target == coding.target }?.text ?? "") {
            coded.passages += 1
        } else {
            coded.segments += 1
        }
    }

    /// This coder's codings of `text` in force, where their words are now.
    func codings(of text: CodableText) -> [Coding] {
        state.codings.filter { $0.target == text.target && $0.coder == coder }.compactMap { $0.located(in: text.text) }
    }

    /// The codes this coder gave the whole of `text`; empty when none.
    func wholeCodes(_ text: CodableText) -> [String] {
        codings(of: text).last { $0.coversWhole(of: text.text) }?.codes ?? []
    }

    /// Whether this coder has written any code event about `text` (codes or none).
    func hasCoding(_ text: CodableText) -> Bool {
        state.codings.contains { $0.target == text.target && $0.coder == coder }
    }

    func phrase(_ message: CodingMessage) -> String {
        message.text(in: language)
    }
}
