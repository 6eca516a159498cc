import Foundation
import Grid

/// Walks an interviewer through a grid: asks, checks, journals each answer before the next prompt.
///
/// Terminal-free: input comes from a `LineEditor`, output goes to a `Console`, events go to a
/// `JournalSink`, so the whole interview logic runs in tests with scripted input.
final class InterviewRunner {
    let loaded: LoadedGrid
    let caseID: String
    let journal: JournalSink
    let editor: LineEditor
    let console: Console
    /// The interface language.
    let language: Language
    let parser: AnswerParser
    let answers: AnswerText
    private(set) var state: SessionState {
        didSet { cachedEvaluation = nil }
    }
    private var cachedEvaluation: Evaluation?
    /// Set when a completed case is reopened: when nothing is open, go back to its review.
    var reviewing = false
    /// The exact command that resumes this case (with its `--responses`), said at a pause.
    var resumeCommand: String?
    /// The question whose header is on screen, and since when.
    var shown: Int?
    var shownAt = Date()
    /// How a `/revoir` longer than the screen is shown; the commands set it on a terminal.
    var pager = Pager.none
    /// Set by `/aller N`: once something is recorded there, go back to the first open question.
    var jumped = false
    /// Who `/code` names as the coder: the interviewer; nil when the journal names none.
    var coder: String?

    init(loaded: LoadedGrid, caseID: String, state: SessionState, journal: JournalSink, editor: LineEditor,
         console: Console, language: Language) {
        self.loaded = loaded
        questions = loaded.grid.questions
        sectionOfQuestion = loaded.grid.sections.flatMap { section in repeatElement(section.displayLabel, count: section.questions.count) }
        self.caseID = caseID
        self.state = state
        self.journal = journal
        self.editor = editor
        self.console = console
        self.language = language
        parser = AnswerParser(language: loaded.grid.language)
        answers = AnswerText(language: language)
        commandNames = CommandName.allCases.map { $0.text(in: language) }
    }

    /// Every question in grid order.
    let questions: [Question]
    /// The name of each question's section in progress marks, by question index.
    let sectionOfQuestion: [String]
    /// The session commands, which Tab completes.
    let commandNames: [String]

    /// Relevance, piping and statuses for the current state, computed once per change.
    var evaluation: Evaluation {
        if let cachedEvaluation { return cachedEvaluation }
        let fresh = state.evaluate()
        cachedEvaluation = fresh
        return fresh
    }

    /// Runs the session until it pauses, completes or is stopped.
    func run(isNew: Bool) -> SessionOutcome {
        SignalWatch.install()
        if isNew {
            showWelcome()
        } else {
            reviewing = state.lifecycle == .completed
            editor.remember(earlierLines())
            showStatus()
            do { try record(.resume) } catch { return failedToSave(error, retry: nil) ?? .paused }
            if reviewing { showReview() }
        }
        var cursor = reviewing ? nil : evaluation.nextOpen(from: 0)
        // A line kept by a signal is offered first, even on a question already answered.
        if !isNew, let drafted = questions.indices.first(where: { state.drafts[questions[$0].id] != nil && evaluation.isRelevant(questions[$0].id) }) {
            cursor = drafted
        }
        while true {
            let step: Step
            if let index = cursor {
                step = ask(index)
            } else if reviewing {
                step = reviewPrompt()
            } else {
                step = closingReview()
            }
            switch step {
            case .stay: continue
            case .goTo(let index): cursor = index
            case .advance:
                // After `/aller N` and an answer, the interview picks up where it was left open,
                // not onward from N (which would pass over the open questions before it).
                cursor = evaluation.nextOpen(from: jumped ? 0 : (cursor ?? -1) + 1)
                jumped = false
            case .end(let outcome): return outcome
            }
        }
    }

    /// Appends an event to the journal (fsync'd), then applies it to the state.
    func record(_ event: JournalEvent) throws(JournalError) {
        let entry = JournalEntry(event)
        try journal.append(entry)
        state.apply(entry)
    }

    /// A message of the session in the interface language.
    func phrase(_ message: SessionMessage) -> String {
        message.text(in: language)
    }

    /// Seconds since the current question was shown.
    var secondsOnQuestion: Double { Date().timeIntervalSince(shownAt) }

    /// Reports a failed save; on a terminal the text comes back in the edit line, piped input stops.
    func failedToSave(_ error: JournalError, retry prefill: String?) -> SessionOutcome? {
        console.error(error.message(in: language))
        guard editor.isInteractive, prefill != nil else { return .saveFailed(error) }
        console.error(phrase(.nothingLost))
        return nil
    }

    /// Records completion (after the last relevant question, or `/fin`).
    func finish() -> SessionOutcome {
        do { try record(.complete) } catch { return failedToSave(error, retry: nil) ?? .paused }
        console.say(console.wrapped(phrase(.completed(tally: evaluation.tally)), style: .success))
        return .completed
    }

    /// Stops at the reader's request (Ctrl-D, Ctrl-C on an empty line): a pause, or closing
    /// the review of a reopened completed case.
    func stop() -> SessionOutcome {
        reviewing ? closeReview() : pause()
    }

    /// Records a pause and says how to resume.
    func pause() -> SessionOutcome {
        do { try record(.pause) } catch { return failedToSave(error, retry: nil) ?? .paused }
        console.say(phrase(.paused(command: resumeCommand ?? "interview resume \(caseID)")))
        return .paused
    }

    /// Saves the line being typed as a draft, then the pause, when SIGTERM or SIGHUP arrives.
    func terminate(_ signal: Int32, question: String?, items: [String], partial: String) -> Step {
        if let question, !(partial.isEmpty && items.isEmpty) {
            try? record(.draft(question: question, items: items, line: partial.isEmpty ? nil : partial))
        }
        // A reopened completed case stays completed unless a required question lost its answer.
        try? record(reviewing && evaluation.missingRequired.isEmpty ? .complete : .pause)
        return .end(.signalled(signal))
    }
}
