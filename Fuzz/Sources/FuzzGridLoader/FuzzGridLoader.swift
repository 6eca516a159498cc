// libFuzzer target: arbitrary bytes as a grid file.
//
// Invariants checked (a violation aborts, so libFuzzer keeps the input as a crash):
// - `GridLoader.load(data:file:)` returns a grid or throws `GridLoadError.invalid` with at least
//   one issue, every issue at line ≥ 1 and column ≥ 1;
// - every issue's message can be written in both languages;
// - a grid that loads has every condition describable (`interview grid show`), and an empty
//   interview on it evaluates, builds a record and renders a fiche.
//
// Traps (Swift runtime errors such as an overflowing conversion) are what this target hunts:
// libFuzzer reports them as a "deadly signal" and writes the input to the artifact prefix.
import Foundation
import Grid

#if canImport(Glibc)
import Glibc
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    do {
        let loaded = try GridLoader.load(data: bytes, file: "fuzz.yaml")
        exercise(loaded)
    } catch {
        switch error {
        case .invalid(_, let issues):
            if issues.isEmpty { violation("GridLoadError.invalid without any issue") }
            for issue in issues {
                if issue.position.line < 1 || issue.position.column < 1 {
                    violation("issue at \(issue.position.line):\(issue.position.column): \(issue.description(in: .en))")
                }
                _ = issue.description(in: .fr)
                _ = issue.description(in: .en)
            }
        case .fileNotFound, .unreadable:
            violation("load(data:) reported a file error: \(error)")
        }
    }
    return 0
}

/// What the program does with a grid that loads, short of asking questions.
private func exercise(_ loaded: LoadedGrid) {
    let grid = loaded.grid
    for section in grid.sections {
        if let when = section.when { _ = ConditionText.describe(when) }
        for question in section.questions {
            if let when = question.when { _ = ConditionText.describe(when) }
        }
    }
    let state = SessionState(grid: grid)
    _ = state.evaluate()
    let header = JournalHeader(caseID: "fuzz", uuid: UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)),
                               grid: loaded, interviewer: nil, language: grid.language, program: "fuzz",
                               started: Date(timeIntervalSince1970: 1_790_000_000))
    let record = CaseRecordBuilder().record(journal: Journal(header: header, entries: [], path: "fuzz.jsonl"), grid: loaded)
    _ = FicheRenderer(grid: grid, language: grid.language, withNotes: true).render(record)
}

private func violation(_ message: String) -> Never {
    printError("FuzzGridLoader: invariant violated: \(message)\n")
    abort()
}

/// Writes a line to standard error (the C `stderr` global is not concurrency-safe in Swift 6).
private func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
