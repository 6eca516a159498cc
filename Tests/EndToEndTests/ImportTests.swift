import Foundation
import Testing

/// `interview import` between two responses folders made by real piped interviews: new cases
/// copied, the same case kept at its longest, other cases refused or renamed, grid copies
/// checked, and nothing copied when anything is refused.
@Suite("Importing cases from another responses folder", .serialized)
struct ImportTests {
    private let environment: TestEnvironment
    /// The other interviewer's folder.
    private let other: String

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
        other = environment.path("autre")
    }

    /// Runs a piped interview on the small grid in `folder` (ours by default).
    private func interview(_ caseID: String, _ input: String = SmallGrid.completeInput, in folder: String? = nil) throws {
        let arguments = SmallGrid.newArguments(environment, caseID: caseID) + (folder.map { ["--responses", $0] } ?? [])
        let result = try environment.run(arguments, stdin: input, timeout: 10)
        try #require(result.status == 0, "new \(caseID): \(result.stderr)")
    }

    /// Resumes a case in `folder` with piped input.
    private func resume(_ caseID: String, _ input: String, in folder: String) throws {
        let result = try environment.run(["resume", caseID, "--responses", folder], stdin: input, timeout: 10)
        try #require(result.status == 0, "resume \(caseID): \(result.stderr)")
    }

    private func importing(_ arguments: [String]) throws -> ProcessResult {
        try environment.run(["import"] + arguments, timeout: 30)
    }

    /// Copies our whole responses folder (journals and `.grids`) to the other folder.
    private func copyOursToOther() throws {
        try FileManager.default.copyItem(atPath: environment.responses, toPath: other)
    }

    private func journal(_ caseID: String, in folder: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: folder + "/" + caseID + ".jsonl"))
    }

    /// Every file under our responses folder with its bytes, to show nothing changed.
    private func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = environment.responses
        for name in FileManager.default.subpaths(atPath: base) ?? [] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + "/" + name, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[name] = try Data(contentsOf: URL(fileURLWithPath: base + "/" + name))
        }
        return files
    }

    private static let firstHalf = "Coop\nA\n"
    private static let secondHalf = "B\n\noui\nFiducie\n2\n12\n"

    @Test("New cases are copied with their grid copy, mode 0600, and export exactly as in their own folder; a second import finds them already there")
    func newCasesAreCopied() throws {
        try interview("coop", in: other)
        try interview("ferme", in: other)
        let result = try importing([other])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("coop : nouveau, copié de \(other)."))
        #expect(result.stdout.hasSuffix("2 cas importés (2 nouveaux, 0 mis à jour), 0 déjà présent.\n"))
        let theirs = try environment.run(["export", "--all", "--format", "json", "--responses", other])
        let ours = try environment.run(["export", "--all", "--format", "json"])
        #expect(ours.status == 0 && !ours.stdout.isEmpty)
        #expect(ours.stdout == theirs.stdout)
        for name in FileManager.default.subpaths(atPath: environment.responses) ?? [] where name.hasSuffix(".jsonl") || name.hasSuffix(".yaml") {
            let mode = try FileManager.default.attributesOfItem(atPath: environment.responses + "/" + name)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name)")
        }
        let again = try importing([other, "--lang", "en"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("coop: already there, identical."))
        #expect(again.stdout.hasSuffix("0 cases imported (0 new, 0 updated), 2 already present.\n"))
    }

    @Test("The same case written on in the other folder updates ours")
    func longerJournalWins() throws {
        try interview("coop", Self.firstHalf)
        try copyOursToOther()
        try resume("coop", Self.secondHalf, in: other)
        let result = try importing([other])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("coop : mis à jour depuis \(other)"))
        #expect(result.stdout.hasSuffix("1 cas importé (0 nouveau, 1 mis à jour), 0 déjà présent.\n"))
        #expect(try journal("coop", in: environment.responses) == journal("coop", in: other))

    }

    @Test("Our longer journal is kept when the other folder holds only its start, and the summary counts it as present")
    func oursLongerIsKept() throws {
        try interview("coop", Self.firstHalf)
        try copyOursToOther()
        try resume("coop", Self.secondHalf, in: environment.responses)
        let before = try snapshot()
        let result = try importing([other])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("coop : gardé, le nôtre est plus long que celui de \(other)."))
        #expect(result.stdout.hasSuffix("0 cas importé (0 nouveau, 0 mis à jour), 1 déjà présent.\n"))
        #expect(try snapshot() == before)
    }

    @Test("Two journals of the same case that diverged are refused with exit 65, naming both files, and nothing is copied")
    func divergedIsRefused() throws {
        try interview("coop", Self.firstHalf)
        try copyOursToOther()
        try interview("ferme", in: other)
        try resume("coop", Self.secondHalf, in: other)
        try resume("coop", "C\n\nnon\n2\n12\n", in: environment.responses)
        let before = try snapshot()
        let result = try importing([other])
        #expect(result.status == 65)
        #expect(result.stderr.contains(other + "/coop.jsonl") && result.stderr.contains(environment.responses + "/coop.jsonl"))
        #expect(try snapshot() == before)
    }

    @Test("Another case under the same id is refused with exit 65 naming both files; --rename brings it as coop-2, its header renamed, once")
    func otherCaseSameID() throws {
        try interview("coop")
        try interview("coop", in: other)
        let before = try snapshot()
        let refused = try importing([other])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains(other + "/coop.jsonl") && refused.stderr.contains(environment.responses + "/coop.jsonl"))
        #expect(try snapshot() == before)

        let renamed = try importing([other, "--rename"])
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(renamed.stdout.contains("coop → coop-2"))
        let header = try #require(String(decoding: try journal("coop-2", in: environment.responses), as: UTF8.self).split(separator: "\n").first)
        #expect(header.contains("\"case\":\"coop-2\""))
        let theirHeader = try #require(String(decoding: try journal("coop", in: other), as: UTF8.self).split(separator: "\n").first)
        #expect(header.replacingOccurrences(of: "coop-2", with: "coop") == theirHeader)
        let shown = try environment.run(["export", "coop-2", "--format", "json"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(try environment.responseFiles().filter { $0.hasSuffix(".jsonl") } == ["coop-2.jsonl", "coop.jsonl"])

        let again = try importing([other, "--rename"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("coop-2 : déjà là"))
        #expect(try environment.responseFiles().filter { $0.hasSuffix(".jsonl") } == ["coop-2.jsonl", "coop.jsonl"])
    }

    @Test("A missing grid copy is refused with exit 66 and a tampered one with 65, naming it, and nothing is copied")
    func gridCopiesAreChecked() throws {
        try interview("coop", in: other)
        let grids = other + "/.grids"
        let copy = try #require(try FileManager.default.contentsOfDirectory(atPath: grids).first)
        let text = try Data(contentsOf: URL(fileURLWithPath: grids + "/" + copy))
        try (text + Data("# edited\n".utf8)).write(to: URL(fileURLWithPath: grids + "/" + copy))
        let tampered = try importing([other])
        #expect(tampered.status == 65)
        #expect(tampered.stderr.contains(grids + "/" + copy))
        #expect(try snapshot().isEmpty)

        try FileManager.default.removeItem(atPath: grids + "/" + copy)
        let missing = try importing([other])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains(grids + "/" + copy))
        #expect(try snapshot().isEmpty)
    }

    @Test("A symbolic link named like a journal in the folder is refused, naming it, and no other case is copied")
    func symlinkedJournalIsRefused() throws {
        try interview("coop", in: other)
        let elsewhere = environment.path("ailleurs")
        try interview("cible", in: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: other + "/lien.jsonl", withDestinationPath: elsewhere + "/cible.jsonl")
        let result = try importing([other])
        #expect(result.status != 0)
        #expect(result.stderr.contains(other + "/lien.jsonl"))
        #expect(try snapshot().isEmpty)
    }

    @Test("A case open in a session here is refused with exit 75 naming it, and nothing is copied")
    func lockedCaseIsRefused() throws {
        try interview("coop", "Coop\n")
        try copyOursToOther()
        try resume("coop", "A\nB\n\noui\nFiducie\n2\n12\n", in: other)
        try interview("ferme", in: other)
        let terminal = try environment.spawn(["resume", "coop"])
        try terminal.expectPrompt(after: "2. Principaux défis?")
        let before = try snapshot()
        let result = try importing([other])
        #expect(result.status == 75)
        #expect(result.stderr.contains("« coop »"), "\(result.stderr)")
        #expect(try snapshot() == before)
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
    }

    @Test("A journal copied under another case's name is refused naming it, with exit 65, and the folder's other cases are not copied")
    func plantedJournalIsRefused() throws {
        try interview("coop", in: other)
        try interview("ferme", in: other)
        try FileManager.default.copyItem(atPath: other + "/coop.jsonl", toPath: other + "/copie.jsonl")
        let result = try importing([other])
        #expect(result.status == 65)
        #expect(result.stderr.contains(other + "/copie.jsonl"))
        #expect(try snapshot().isEmpty)
    }

    @Test("import --help is in French with --lang fr and names --rename")
    func helpInFrench() throws {
        let result = try environment.run(["import", "--help", "--lang", "fr"])
        #expect(result.stdout.contains("Importer les cas d'autres dossiers de réponses"))
        #expect(result.stdout.contains("--rename"))
    }

    @Test("A journal whose last line was cut (its session killed mid-write) is refused with exit 65, saying to resume it first")
    func tornJournalIsRefused() throws {
        try interview("coop", in: other)
        let handle = try #require(FileHandle(forWritingAtPath: other + "/coop.jsonl"))
        handle.seekToEndOfFile()
        handle.write(Data("{\"at\":\"2026-11-30T19:".utf8))
        try handle.close()
        let result = try importing([other])
        #expect(result.status == 65)
        #expect(result.stderr.contains(other + "/coop.jsonl") && result.stderr.contains("interview resume"))
        #expect(try snapshot().isEmpty)
    }
}
