import Foundation
import Grid
@testable import Interview

/// One run of `CodingWalk` on scripted input, on a case journaled to a real file.
struct CodingRun {
    let outcome: SessionOutcome
    let editor: ScriptedLineEditor
    let output: OutputRecorder
    /// The code events this run wrote.
    let codings: [Coding]
}

/// A case of `CodingGrid` whose journal holds `events` (after its header).
func codingCase(_ events: [JournalEvent]) throws -> TemporaryCase {
    let temporary = TemporaryCase(grid: try CodingGrid.loaded())
    let writer = try temporary.create()
    for event in events { try writer.append(JournalEntry(event)) }
    writer.close()
    return temporary
}

/// Walks the case's texts on `script` as `coder`, as `interview code` does.
func code(_ temporary: TemporaryCase, _ script: [LineInput], coder: String? = "ana", interactive: Bool = true) throws -> CodingRun {
    let before = try temporary.events().count
    let (writer, _, journal) = try JournalWriter.open(store: temporary.store, caseID: temporary.caseID)
    let output = OutputRecorder()
    let editor = ScriptedLineEditor(script, interactive: interactive, echo: output)
    let walk = CodingWalk(loaded: temporary.loaded, caseID: temporary.caseID,
                          record: CaseRecordBuilder().record(journal: journal, grid: temporary.loaded),
                          state: SessionState(grid: temporary.loaded.grid, replaying: journal.entries), coder: coder, journal: writer,
                          editor: editor, console: .recording(into: output, interactive: interactive), language: .fr)
    let outcome = walk.run()
    restoreDefaultSignalHandlers()
    writer.close()
    let codings = try temporary.events().dropFirst(before).compactMap { event -> Coding? in
        if case .code(let coding) = event { return coding } else { return nil }
    }
    return CodingRun(outcome: outcome, editor: editor, output: output, codings: codings)
}
