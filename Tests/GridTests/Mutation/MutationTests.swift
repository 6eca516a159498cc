import Foundation
import Grid
import Testing

// Mutation tests: hundreds of randomly damaged grids and journals, none of which may make the
// library trap. A trap (a Swift runtime error: overflow, bad conversion, index out of range…)
// kills the whole test process, so each case is made reproducible:
//
// - every case has its own seed, derived from a base seed (`MUTATION_SEED`, decimal or 0x-hex;
//   a fixed default otherwise) and the case's index; failures print both, with the damage done;
// - `MUTATION_SEED=… MUTATION_CASE=17 swift test --filter Mutation` replays one case;
//   `MUTATION_COUNT=5000` runs more cases; `MUTATION_VERBOSE=1` prints each case before it runs;
// - the input being checked is written to `$TMPDIR/interview-mutation/` and removed once its
//   case passes, so after a trap the file left there is the input that trapped.
//
// A trap found is kept as a test in the suite "Mutation: traps found" (MutationTrapTests), marked
// `.disabled("bug: …")` until it is fixed (enabled, it would kill the test process); while it
// is open, the random tests must set aside the inputs that reach it, by a filter naming that
// test, so that they keep looking for others.
//
// The harness is MutationRun (seeds), MutationGrids and MutationJournals (the inputs); the
// mutators are Damage and its grid and journal extensions; MutationTrapTests keeps the traps found.

@Suite("Mutation: damaged grids and journals never trap")
struct MutationTests {
    /// Checks one damaged grid: it loads or is refused with positioned issues; a grid that loads
    /// can be described, evaluated, recorded and rendered. Returns whether it loaded and the problems found.
    static func checkGrid(_ bytes: [UInt8]) -> (loaded: Bool, problems: [String]) {
        var problems: [String] = []
        let lineCount = Damage.lines(bytes).count
        do {
            let loaded = try GridLoader.load(data: Data(bytes), file: "mutant.yaml")
            for section in loaded.grid.sections {
                if let when = section.when { _ = ConditionText.describe(when) }
                for question in section.questions {
                    if let when = question.when { _ = ConditionText.describe(when) }
                }
            }
            let state = SessionState(grid: loaded.grid)
            _ = state.evaluate()
            let header = JournalHeader(caseID: "mutant", grid: loaded, interviewer: nil, language: loaded.grid.language, program: "test")
            let record = CaseRecordBuilder().record(journal: Journal(header: header, entries: [], path: "mutant.jsonl"), grid: loaded)
            _ = FicheRenderer(grid: loaded.grid, language: .fr, withNotes: true).render(record)
            return (true, problems)
        } catch {
            switch error {
            case .invalid(let file, let issues):
                if file != "mutant.yaml" { problems.append("the error names \(file), not mutant.yaml") }
                if issues.isEmpty { problems.append("refused without any issue") }
                for issue in issues {
                    let place = "\(issue.position.line):\(issue.position.column)"
                    if issue.position.line < 1 || issue.position.column < 1 {
                        problems.append("issue at \(place), before the start of the file: \(issue.description(in: .en))")
                    }
                    if issue.position.line > lineCount + 1 {
                        problems.append("issue at \(place), past the last line (\(lineCount)): \(issue.description(in: .en))")
                    }
                    for language in Language.allCases where issue.description(in: language).isEmpty {
                        problems.append("issue at \(place) has an empty message in \(language)")
                    }
                }
            case .fileNotFound, .unreadable:
                problems.append("load(data:) reported a file error: \(error)")
            }
        }
        return (false, problems)
    }

    @Test("Hundreds of damaged grids load or are refused with issues at line and column ≥ 1, never trap")
    func damagedGridsNeverTrap() throws {
        let test = "grid"
        var loaded = 0, refused = 0
        for index in MutationRun.cases(300) {
            var damage = Damage(MutationRun.random(test, index))
            let base = damage.pick(MutationGrids.bases)
            var bytes = Array(base.text.utf8)
            let rounds = damage.chance(0.6) ? 1 : damage.int(2...5)
            for _ in 0..<rounds { bytes = damage.damageGrid(bytes) }
            let label = MutationRun.label(test, index, base.name, damage.log)
            if MutationRun.verbose { print(label) }
            let file = MutationRun.file(test, index, extension: "yaml")
            _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
            let (didLoad, problems) = Self.checkGrid(bytes)
            #expect(problems.isEmpty, "\(label): \(problems.joined(separator: "; ")) — input kept in \(file)")
            if problems.isEmpty { try? FileManager.default.removeItem(atPath: file) }
            if didLoad { loaded += 1 } else { refused += 1 }
        }
        if MutationRun.verbose { print("grids: \(loaded) loaded, \(refused) refused") }
        if MutationRun.onlyCase == nil {
            #expect(loaded > 0 && refused > loaded, "damage both spares and breaks grids: \(loaded) loaded, \(refused) refused")
        }
    }

    /// Checks one damaged journal file: it reads or is refused with a `JournalError`; a journal
    /// that reads is replayed, evaluated, recorded, rendered and exported (the export variant,
    /// plain or anonymised, French or English, chosen by `variant`). Returns the problems found.
    static func checkJournal(path: String, lineCount: Int, loaded: LoadedGrid, variant: Int) -> (read: Bool, problems: [String]) {
        var problems: [String] = []
        let journal: Journal
        do {
            journal = try JournalReader.read(path: path)
        } catch {
            switch error {
            case .empty, .badHeader, .unsupportedFormat:
                break
            case .corruptLine(_, let line):
                if !(2...max(2, lineCount)).contains(line) { problems.append("corrupt line \(line) is not a line after the header (file has \(lineCount))") }
            default:
                problems.append("unexpected error for a readable file: \(error)")
            }
            for language in Language.allCases where error.message(in: language).isEmpty {
                problems.append("empty message in \(language) for \(error)")
            }
            return (false, problems)
        }
        let state = SessionState(grid: loaded.grid, replaying: journal.entries)
        let evaluation = state.evaluate()
        _ = evaluation.nextOpen(from: 0)
        _ = state.secondsSpent
        // One export variant per case (plain or anonymised, French or English) keeps the run short.
        let anonymise = variant % 2 == 1
        let language: Language = variant % 4 < 2 ? .fr : .en
        let record = CaseRecordBuilder(anonymise: anonymise).record(journal: journal, grid: loaded)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            _ = try encoder.encode(record)
        } catch {
            problems.append("the record does not encode as JSON: \(error)")
        }
        _ = FicheRenderer(grid: loaded.grid, language: language, withNotes: true).render(record)
        _ = CSVWideWriter(grids: [loaded.grid], options: CSVOptions(language: language, anonymise: anonymise)).line(for: record)
        _ = CSVLongWriter(options: CSVOptions(language: language, raw: true, anonymise: anonymise)).lines(for: record)
        return (true, problems)
    }

    @Test("Hundreds of damaged journals read or throw JournalError, and what reads replays, records and renders without trapping")
    func damagedJournalsNeverTrap() throws {
        let test = "journal"
        let builtIn = try DefaultGrid.load()
        let everyType = try GridLoader.load(text: MutationGrids.everyType, file: "every-type.yaml")
        let bases: [(name: String, text: String, grid: LoadedGrid)] = [
            ("the recorded journal with drafts", MutationJournals.recordedDrafts, builtIn),
            ("the recorded paused journal", MutationJournals.recordedPaused, builtIn),
            ("the complete journal on the built-in grid", try MutationJournals.written(for: builtIn, caseID: "complet"), builtIn),
            ("the complete journal on the every-type grid", try MutationJournals.written(for: everyType, caseID: "types"), everyType),
        ]
        // Every base journal reads and replays cleanly before it is damaged.
        // A journal is named after its case (a header naming another case is refused), so each
        // damaged copy is written as `<case>.jsonl` in a folder of its own.
        func caseID(_ text: String) throws -> String {
            let firstLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            return try JSONDecoder().decode(JournalHeader.self, from: Data(firstLine.utf8)).caseID
        }
        let folder = try JournalFixture()
        for base in bases {
            let path = folder.root + "/" + (try caseID(base.text)) + ".jsonl"
            try Data(base.text.utf8).write(to: URL(fileURLWithPath: path))
            let journal = try JournalReader.read(path: path)
            #expect(!journal.entries.isEmpty && !journal.tornTail, "\(base.name) reads whole")
        }
        var read = 0, refused = 0
        for index in MutationRun.cases(300) {
            var damage = Damage(MutationRun.random(test, index))
            let base = damage.pick(bases)
            let questions = base.grid.grid.questions.map(\.id)
            var bytes = Array(base.text.utf8)
            let rounds = damage.chance(0.5) ? 1 : damage.int(2...6)
            for _ in 0..<rounds { bytes = damage.damageJournal(bytes, questions: questions) }
            let label = MutationRun.label(test, index, base.name, damage.log)
            if MutationRun.verbose { print(label) }
            let caseFolder = MutationRun.file(test, index, extension: "d")
            try FileManager.default.createDirectory(atPath: caseFolder, withIntermediateDirectories: true)
            let file = caseFolder + "/" + (try caseID(base.text)) + ".jsonl"
            _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
            let (didRead, problems) = Self.checkJournal(path: file, lineCount: Damage.lines(bytes).count, loaded: base.grid, variant: index)
            #expect(problems.isEmpty, "\(label): \(problems.joined(separator: "; ")) — input kept in \(file)")
            if problems.isEmpty { try? FileManager.default.removeItem(atPath: caseFolder) }
            if didRead { read += 1 } else { refused += 1 }
        }
        if MutationRun.verbose { print("journals: \(read) read, \(refused) refused") }
        if MutationRun.onlyCase == nil {
            #expect(read > 0 && refused > 0, "damage both spares and breaks journals: \(read) read, \(refused) refused")
        }
    }
}
