import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Grid
@testable import Interview

/// One run of an `InterviewRunner` on scripted input, journaling to a real file.
struct SessionRun {
    let outcome: SessionOutcome
    let editor: ScriptedLineEditor
    let output: OutputRecorder
    let runner: InterviewRunner
    /// The events this run saved (after those of earlier runs of the same case).
    let newEvents: [JournalEvent]

    /// The state the runner ended with.
    var state: SessionState { runner.state }
    /// Answer events of this run, as (question, value).
    var answers: [(String, AnswerValue)] {
        newEvents.compactMap { if case .answer(let id, let value, _, _) = $0 { return (id, value) } else { return nil } }
    }
}

/// Runs a session of the case on `script`: a new interview when the case has no journal yet,
/// otherwise a resumed one (`run(isNew: false)`) on the state its journal gives.
@discardableResult
func interview(_ temporary: TemporaryCase, _ script: [LineInput], interactive: Bool = true,
               language: Language = .fr, pager: Pager = .none) throws -> SessionRun {
    let before = temporary.exists ? try temporary.events().count : 0
    let isNew = !temporary.exists
    let writer: JournalWriter
    let state: SessionState
    if isNew {
        writer = try temporary.create(language: language)
        state = SessionState(grid: temporary.loaded.grid)
    } else {
        (writer, state) = try temporary.reopen()
    }
    let output = OutputRecorder()
    let editor = ScriptedLineEditor(script, interactive: interactive, echo: output)
    let runner = InterviewRunner(loaded: temporary.loaded, caseID: temporary.caseID, state: state, journal: writer,
                                 editor: editor, console: .recording(into: output, interactive: interactive), language: language)
    runner.pager = pager
    let outcome = runner.run(isNew: isNew)
    restoreDefaultSignalHandlers()
    writer.close()
    let events = try temporary.events()
    return SessionRun(outcome: outcome, editor: editor, output: output, runner: runner, newEvents: Array(events.dropFirst(before)))
}

/// Runs a new session of `loaded` on `script` with `sink` as its journal (no file).
func interview(_ loaded: LoadedGrid, _ script: [LineInput], sink: JournalSink, interactive: Bool = true)
    -> (outcome: SessionOutcome, editor: ScriptedLineEditor, output: OutputRecorder, runner: InterviewRunner) {
    let output = OutputRecorder()
    let editor = ScriptedLineEditor(script, interactive: interactive, echo: output)
    let runner = InterviewRunner(loaded: loaded, caseID: "essai", state: SessionState(grid: loaded.grid), journal: sink,
                                 editor: editor, console: .recording(into: output, interactive: interactive), language: .fr)
    let outcome = runner.run(isNew: true)
    restoreDefaultSignalHandlers()
    return (outcome, editor, output, runner)
}

/// `InterviewRunner.run` installs `SignalWatch`'s handlers, which only note SIGINT, SIGTERM and
/// SIGHUP: put the defaults back so the test process can still be stopped.
func restoreDefaultSignalHandlers() {
    for number in [SIGINT, SIGTERM, SIGHUP] { signal(number, SIG_DFL) }
}

extension [JournalEvent] {
    /// The answer events, as (question, value).
    var answers: [(String, AnswerValue)] {
        compactMap { if case .answer(let id, let value, _, _) = $0 { return (id, value) } else { return nil } }
    }

    /// The question ids of the answer events, in order.
    var answeredIDs: [String] { answers.map(\.0) }

    /// The events other than answers' seconds: answers with their seconds set to 0, for comparisons.
    var withoutSeconds: [JournalEvent] {
        map {
            switch $0 {
            case .answer(let id, let value, _, let said): return .answer(question: id, value: value, seconds: 0, said: said)
            case .special(let id, let special, _): return .special(question: id, special, seconds: 0)
            default: return $0
            }
        }
    }
}
