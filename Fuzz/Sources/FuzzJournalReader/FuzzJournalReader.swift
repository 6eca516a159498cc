// libFuzzer target: arbitrary bytes as a case journal (`responses/<case>.jsonl`).
//
// Each input is written to one file in /dev/shm (memory, so no disk wear) and read back with
// `JournalReader.read(path:)`, exactly as `show`, `list` and `export` read journals. The reader
// must return or throw `JournalError`; a journal it returns is replayed on the built-in grid
// the way `resume`, `show` and `export` do: session state, evaluation, case record (plain or
// anonymised), JSON record, fiche, wide and long CSV (in French or English).
//
// Traps (Swift runtime errors such as an overflowing conversion) are what this target hunts:
// libFuzzer reports them as a "deadly signal" and writes the input to the artifact prefix.
import Foundation
import Grid

#if canImport(Glibc)
import Glibc
#endif

/// The file every input is written to: one per fuzzing process.
private let journalPath: String = {
    let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : NSTemporaryDirectory()
    return "\(folder)/interview-fuzz-journal-\(getpid()).jsonl"
}()

/// The built-in grid, loaded once.
private let builtIn: LoadedGrid = {
    do {
        return try GridLoader.load(text: DefaultGrid.text, file: DefaultGrid.fileName)
    } catch {
        printError("FuzzJournalReader: the built-in grid does not load: \(error)\n")
        abort()
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard write(data, size) else {
        printError("FuzzJournalReader: cannot write \(journalPath)\n")
        abort()
    }
    let journal: Journal
    do {
        journal = try JournalReader.read(path: journalPath)
    } catch {
        _ = error.message(in: .fr)
        _ = error.message(in: .en)
        return 0
    }
    replay(journal, on: builtIn, variant: size)
    return 0
}

/// Writes the input over the journal file (`O_TRUNC`), all of it.
private func write(_ data: UnsafePointer<UInt8>, _ size: Int) -> Bool {
    let fd = open(journalPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var written = 0
    while written < size {
        let count = Glibc.write(fd, data + written, size - written)
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return false }
        written += count
    }
    return true
}

/// What `resume`, `show` and `export` do with a journal that reads. One export variant per
/// input (anonymised or not, French or English, chosen by `variant`), to keep the rate up.
private func replay(_ journal: Journal, on loaded: LoadedGrid, variant: Int) {
    let state = SessionState(grid: loaded.grid, replaying: journal.entries)
    let evaluation = state.evaluate()
    _ = evaluation.nextOpen(from: 0)
    _ = state.secondsSpent
    _ = journal.pinnedGrid
    let anonymise = variant % 2 == 1
    let language: Language = variant % 4 < 2 ? .fr : .en
    let record = CaseRecordBuilder(anonymise: anonymise).record(journal: journal, grid: loaded)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    _ = try? encoder.encode(record)
    _ = FicheRenderer(grid: loaded.grid, language: language, withNotes: true).render(record)
    _ = CSVWideWriter(grids: [loaded.grid], options: CSVOptions(language: language, anonymise: anonymise)).line(for: record)
    _ = CSVLongWriter(options: CSVOptions(language: language, raw: true, anonymise: anonymise)).lines(for: record)
}

/// Writes a line to standard error (the C `stderr` global is not concurrency-safe in Swift 6).
private func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}
