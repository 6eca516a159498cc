import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// Files under `responses/` that were edited, copied from another laptop or planted: ids read
/// from a journal are checked like typed ones, a journal must be named after its case, links are
/// never followed, and a hand-edited header cannot make a record the published schema refuses.
@Suite("Planted and edited files in the responses folder", .serialized)
struct PlantedFilesTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
        try environment.completedSmallCase("c1")
    }

    private var journal: String { environment.responses + "/c1.jsonl" }

    /// Writes the journal of `c1` under `name`, its header edited by `edit`.
    private func plant(_ name: String, edit: (String) -> String) throws {
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edited = ([edit(lines[0])] + lines.dropFirst()).joined(separator: "\n")
        let path = environment.responses + "/" + name
        try edited.write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o600)
    }

    /// Every path under the environment's folder, relative to it.
    private func tree() -> Set<String> {
        Set((FileManager.default.enumerator(atPath: environment.directory)?.allObjects as? [String]) ?? [])
    }

    @Test("A journal whose header names a path is refused by list and export, and nothing is written outside the output folder")
    func headerCaseThatIsAPath() throws {
        defer { environment.remove() }
        try plant("c2.jsonl") { $0.replacingOccurrences(of: #""case":"c1""#, with: #""case":"../../pwned""#) }
        let list = try environment.run(["list"])
        #expect(list.status == 65, "\(list.stdout)\(list.stderr)")
        #expect(!list.stdout.contains("pwned"))
        #expect(list.stderr.contains("c2.jsonl"), "\(list.stderr)")
        try FileManager.default.createDirectory(atPath: environment.path("out"), withIntermediateDirectories: true)
        let export = try environment.run(["export", "--all", "--format", "json", "--output", "out/sub/x/"])
        #expect(export.status == 65, "\(export.stderr)")
        #expect(export.stderr.contains("c2.jsonl") && export.stderr.split(separator: "\n").count == 1, "\(export.stderr)")
        #expect(!FileManager.default.fileExists(atPath: environment.path("out/pwned.json")))
        #expect(!tree().contains { $0.contains("pwned") })
    }

    @Test("A journal copied under another name is refused, naming the file and the case its header names")
    func copiedJournal() throws {
        defer { environment.remove() }
        try plant("c2.jsonl") { $0 }
        let list = try environment.run(["list"])
        #expect(list.status == 65)
        #expect(list.stdout.components(separatedBy: "c1 ").count == 2, "c1 is listed once: \(list.stdout)")
        #expect(list.stderr.contains("c2.jsonl") && list.stderr.contains("c1"), "\(list.stderr)")
        let export = try environment.run(["export", "--all", "--format", "json", "--output", "dir/"])
        #expect(export.status == 65)
        #expect(!FileManager.default.fileExists(atPath: environment.path("dir")), "nothing half-written")
    }

    @Test("Hand-edited header values are refused with 65 and the file named, never exported against the schema",
          arguments: [
            (#""uuid":"[0-9a-f-]+""#, #""uuid":"../../u""#),
            (#""uuid":"[0-9a-f-]+""#, #""uuid":"not-a-uuid""#),
            (#""started":"[^"]+""#, #""started":"yesterday""#),
            (#""grid_sha256":"[0-9a-f]+""#, #""grid_sha256":"../../x""#),
          ])
    func editedHeaderValues(pattern: String, replacement: String) throws {
        defer { environment.remove() }
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        let edited = text.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        try edited.write(toFile: journal, atomically: false, encoding: .utf8)
        for arguments in [["export", "c1", "--format", "json"], ["export", "--all", "--anonymise", "--format", "json", "--output", "anon/"],
                          ["show", "c1"], ["list"]] {
            let result = try environment.run(arguments)
            #expect(result.status == 65, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("c1.jsonl"), "\(arguments): \(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: environment.path("anon")))
        #expect(!FileManager.default.fileExists(atPath: environment.directory + "/../u.json"))
    }

    @Test("An answer whose seconds were edited to a negative number is refused with its line")
    func negativeSeconds() throws {
        defer { environment.remove() }
        var lines = try String(contentsOfFile: journal, encoding: .utf8).components(separatedBy: "\n")
        let index = try #require(lines.firstIndex { $0.contains(#""event":"answer""#) })
        lines[index] = lines[index].replacingOccurrences(of: #""seconds":[0-9.]+"#, with: #""seconds":-5"#, options: .regularExpression)
        try lines.joined(separator: "\n").write(toFile: journal, atomically: false, encoding: .utf8)
        let result = try environment.run(["export", "c1", "--format", "json"])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("\(index + 1)") && result.stderr.contains("c1.jsonl"), "\(result.stderr)")
    }

    @Test("A symbolic link in place of a journal is never followed: resume, show, delete and export refuse it by name, and the target is untouched")
    func symlinkedJournal() throws {
        defer { environment.remove() }
        let outside = environment.path("outside.jsonl")
        try plant("../outside.jsonl") { $0.replacingOccurrences(of: #""case":"c1""#, with: #""case":"c5""#) }
        chmod(outside, 0o644)
        let before = try Data(contentsOf: URL(fileURLWithPath: outside))
        #expect(symlink("../outside.jsonl", environment.responses + "/c5.jsonl") == 0)
        for arguments in [["resume", "c5"], ["show", "c5"], ["delete", "c5", "--yes"], ["export", "c5", "--format", "csv"]] {
            let result = try environment.run(arguments, stdin: "une réponse\n")
            #expect(result.status == 65, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("c5.jsonl") && result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: outside)) == before, "the target is not written")
        var info = stat()
        #expect(stat(outside, &info) == 0 && info.st_mode & 0o777 == 0o644, "the target is not chmod'ed")
        #expect(lstat(environment.responses + "/c5.jsonl", &info) == 0, "the link is not removed")
        let all = try environment.run(["export", "--all", "--format", "csv"])
        #expect(all.status == 0, "\(all.stderr)")
        #expect(all.stderr.contains("c5.jsonl"), "the link is skipped with a warning: \(all.stderr)")
        #expect(all.stdout.contains("\nc1,") && !all.stdout.contains("\nc5,"), "\(all.stdout)")
    }

    @Test("A dangling link or a folder named like a journal is skipped with a warning by export --all and list")
    func danglingLinkAndFolder() throws {
        defer { environment.remove() }
        #expect(symlink("nowhere.jsonl", environment.responses + "/dangling.jsonl") == 0)
        try FileManager.default.createDirectory(atPath: environment.responses + "/folder.jsonl", withIntermediateDirectories: false)
        let export = try environment.run(["export", "--all", "--format", "csv"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("dangling.jsonl") && export.stderr.contains("folder.jsonl"), "\(export.stderr)")
        let list = try environment.run(["list"])
        #expect(list.status == 0 && list.stdout.contains("c1"), "\(list.stderr)")
    }

    @Test("A symbolic link in place of a grid copy is refused by name")
    func symlinkedGridCopy() throws {
        defer { environment.remove() }
        let grids = environment.responses + "/.grids"
        let copy = try #require(try FileManager.default.contentsOfDirectory(atPath: grids).first)
        try FileManager.default.moveItem(atPath: grids + "/" + copy, toPath: environment.path("grid-elsewhere.yaml"))
        #expect(symlink(environment.path("grid-elsewhere.yaml"), grids + "/" + copy) == 0)
        for arguments in [["show", "c1"], ["export", "c1", "--format", "json"], ["resume", "c1"]] {
            let result = try environment.run(arguments)
            #expect(result.status == 65, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains(copy), "\(arguments): \(result.stderr)")
        }
    }

    @Test("A journal planted as a huge sparse file is refused with 65 and a sentence, never read whole or trapped")
    func hugeSparseJournal() throws {
        defer { environment.remove() }
        let path = environment.responses + "/c9.jsonl"
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        #expect(fd >= 0 && ftruncate(fd, 1 << 40) == 0)
        close(fd)
        for arguments in [["show", "c9"], ["list"], ["export", "--all", "--format", "csv"], ["resume", "c9"]] {
            let result = try environment.run(arguments)
            #expect(!result.trapped && result.status == 65, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.contains("c9.jsonl"), "\(arguments): \(result.stderr)")
        }
    }

    @Test("A grid move whose SHA-256 is not a digest is refused as a corrupt line")
    func gridMoveWithoutDigest() throws {
        defer { environment.remove() }
        let line = #"{"at":"2026-11-30T10:00:00.000Z","event":"grid","grid":"petite","sha256":"zz","version":2}"#
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: journal))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((line + "\n").utf8))
        try handle.close()
        let lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n").count
        let result = try environment.run(["export", "c1", "--format", "json"])
        #expect(result.status == 65 && result.stderr.contains("\(lines)"), "\(result.status) \(result.stderr)")
    }
}
