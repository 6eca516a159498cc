import Foundation
import Grid

/// A journal read from a folder being imported, or from the responses folder: its exact bytes
/// and its header, checked as every journal read is.
struct ImportedCase {
    var caseID: String
    var path: String
    var bytes: Data
    var journal: Journal

    /// Reads `<case>.jsonl` in a folder: a link, folder, bad header or corrupt line is refused
    /// naming the file; so is a cut last line (`tornJournal`), which a `resume` repairs.
    static func read(_ caseID: String, in store: CaseStore) throws -> ImportedCase {
        let path = store.path(of: caseID + ".jsonl")
        let bytes = try CaseStore.plainFileBytes(path)
        let journal = try JournalReader.read(path: path)
        if journal.tornTail { throw ImportError.tornJournal(path: path) }
        return ImportedCase(caseID: caseID, path: path, bytes: bytes, journal: journal)
    }

    /// The SHA-256 of every grid the journal names: the header's and those of `resume --grid` moves.
    var gridDigests: [String] {
        var digests = [journal.header.gridSHA256]
        for entry in journal.entries {
            if case .grid(_, _, let sha256) = entry.event, !digests.contains(sha256) { digests.append(sha256) }
        }
        return digests
    }

    /// Whether `other` is this journal followed by more lines (the same case, written on).
    func isExtended(by other: ImportedCase) -> Bool {
        other.bytes.count > bytes.count && bytes.last == UInt8(ascii: "\n") && other.bytes.starts(with: bytes)
    }

    /// The same journal under another case id: line 1, the header, written again with `newID`.
    func renamed(to newID: String, in store: CaseStore) -> ImportedCase {
        var header = journal.header
        header.caseID = newID
        let rest = bytes.firstIndex(of: UInt8(ascii: "\n")).map { bytes[$0...] } ?? Data("\n".utf8)[...]
        var renamed = self
        renamed.caseID = newID
        renamed.bytes = Data(header.jsonLine) + rest
        renamed.journal.header = header
        renamed.path = store.path(of: newID + ".jsonl")
        return renamed
    }
}
