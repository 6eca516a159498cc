import Foundation
import Grid

/// What `interview import` will do, decided for every case of every folder before anything is
/// written: any refusal (a bad file, a diverged or other case, a missing grid copy, a locked
/// journal) stops the whole import with nothing copied.
struct ImportPlan {
    /// What happens to one case brought by a folder.
    enum Step {
        case add(ImportedCase, from: String, renamedFrom: String?)
        case update(ImportedCase, replacing: Data, from: String)
        case keptOurs(caseID: String, from: String)
        case alreadyThere(caseID: String)
    }

    let target: CaseStore
    let rename: Bool
    private(set) var steps: [Step] = []
    /// Grid copies to bring in, by SHA-256.
    private(set) var grids: [String: Data] = [:]
    /// The journal each case id will have once the import is done, for the cases it touches.
    private var planned: [String: ImportedCase] = [:]

    init(target: CaseStore, rename: Bool) {
        self.target = target
        self.rename = rename
    }

    /// Plans every case of a folder, in the order of their ids.
    mutating func add(folder: String) throws {
        let source = CaseStore(directory: folder)
        let listing = try source.listing()
        if let skipped = listing.skipped.first { throw JournalError.notRegularFile(path: skipped) }
        for id in listing.ids {
            let incoming = try ImportedCase.read(id, in: source)
            try planGrids(of: incoming, from: source)
            try plan(incoming, from: source.directory)
        }
    }

    /// Decides one case: new, identical, longer, shorter, diverged or another case.
    private mutating func plan(_ incoming: ImportedCase, from folder: String) throws {
        let id = incoming.caseID
        // A case a session is writing right now is refused (75) before its journal is compared.
        if planned[id] == nil, target.exists(id) { try target.checkNotLocked(id) }
        let existing = try current(id)
        var ours = existing
        // With --rename, a newcomer imported before under a free id is found again by its UUID.
        if rename, let existing, existing.journal.header.uuid != incoming.journal.header.uuid {
            ours = try renamedCopy(of: incoming)
        }
        guard let ours else {
            let arriving = existing == nil ? incoming : incoming.renamed(to: try freeID(for: id), in: target)
            planned[arriving.caseID] = arriving
            steps.append(.add(arriving, from: folder, renamedFrom: existing == nil ? nil : id))
            return
        }
        guard ours.journal.header.uuid == incoming.journal.header.uuid else {
            throw ImportError.otherCase(ours: ours.path, theirs: incoming.path)
        }
        let theirs = ours.caseID == id ? incoming : incoming.renamed(to: ours.caseID, in: target)
        if theirs.bytes == ours.bytes {
            steps.append(.alreadyThere(caseID: ours.caseID))
        } else if ours.isExtended(by: theirs) {
            if ours.caseID != id, target.exists(ours.caseID) { try target.checkNotLocked(ours.caseID) }
            planned[ours.caseID] = theirs
            steps.append(.update(theirs, replacing: ours.bytes, from: folder))
        } else if theirs.isExtended(by: ours) {
            steps.append(.keptOurs(caseID: ours.caseID, from: folder))
        } else {
            throw ImportError.diverged(ours: ours.path, theirs: incoming.path)
        }
    }

    /// The journal a case id has: planned by this import, else in the responses folder, else none.
    private func current(_ id: String) throws -> ImportedCase? {
        if let planned = planned[id] { return planned }
        guard target.exists(id) else { return nil }
        return try ImportedCase.read(id, in: target)
    }

    /// The case `<id>-N` holding this newcomer's UUID, when an earlier `--rename` brought it.
    private func renamedCopy(of incoming: ImportedCase) throws -> ImportedCase? {
        var number = 2
        while let other = try current("\(incoming.caseID)-\(number)") {
            if other.journal.header.uuid == incoming.journal.header.uuid { return other }
            number += 1
        }
        return nil
    }

    /// The first of `<id>-2`, `<id>-3`… that no case has here or in this import.
    private func freeID(for id: String) throws -> String {
        var number = 2
        while try current("\(id)-\(number)") != nil { number += 1 }
        let free = "\(id)-\(number)"
        guard Slug.isValid(free) else { throw JournalError.invalidCaseID(free) }
        return free
    }

    /// Checks the grid copies a journal names: here already, or the built-in grid, or in the
    /// folder's `.grids` with their SHA-256 (then brought in).
    private mutating func planGrids(of incoming: ImportedCase, from source: CaseStore) throws {
        for sha256 in incoming.gridDigests where grids[sha256] == nil {
            if let ours = try target.loadGridCopy(sha256: sha256), CaseStore.isGridText(Data(ours.utf8), sha256: sha256) { continue }
            guard let path = source.gridCopyPath(sha256: sha256) else { continue }
            let bytes: Data
            do {
                bytes = try CaseStore.plainFileBytes(path)
            } catch .notFound {
                if CaseStore.isBuiltInGrid(sha256: sha256) { continue }
                throw ImportError.gridMissing(journal: incoming.path, copy: path)
            }
            guard CaseStore.isGridText(bytes, sha256: sha256) else { throw ImportError.gridTampered(path: path) }
            grids[sha256] = bytes
        }
    }
}
