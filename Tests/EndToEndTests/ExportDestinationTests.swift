import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// Where an export writes: temporary files nobody can plant or hijack, `--output` replacing
/// only regular files, pipes and devices written into, nothing partial left when it is stopped,
/// and every write error said in one sentence, never a trap.
@Suite("Export destinations and write errors", .serialized)
struct ExportDestinationTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
        try environment.completedSmallCase("c1")
    }

    private func export(_ arguments: [String]) throws -> ProcessResult {
        let result = try environment.run(["export"] + arguments, timeout: 60)
        #expect(!result.trapped, "\(arguments): \(result.stderr)")
        return result
    }

    private func mode(_ path: String, followingLinks: Bool = false) -> (kind: mode_t, permissions: mode_t, owner: uid_t)? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        return (info.st_mode & S_IFMT, info.st_mode & 0o7777, info.st_uid)
    }

    /// The names an export of `name` would have used as temporaries before: `.<name>.tmp-<pid>` and
    /// `.<name>.staging-<pid>` for the next few hundred process ids.
    private func predictableNames(_ name: String, kind: String) throws -> [String] {
        let last = Int(try String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 1
        return (last + 1...last + 400).map { ".\(name).\(kind)-\($0)" }
    }

    /// Leftover temporaries in the environment's folder.
    private func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: environment.directory).filter { $0.contains(".tmp-") || $0.contains(".staging-") }
    }

    @Test("Links planted under the temporary names an export used to take are never followed: the targets stay, the output is a private regular file")
    func plantedTemporaryLinks() throws {
        defer { environment.remove() }
        let victim = environment.path("victim.txt")
        try "précieux".write(toFile: victim, atomically: false, encoding: .utf8)
        chmod(victim, 0o644)
        for name in try predictableNames("out.csv", kind: "tmp") { symlink(victim, environment.path(name)) }
        for name in try predictableNames("fiches", kind: "staging") { symlink(environment.path("elsewhere"), environment.path(name)) }
        let csv = try export(["--all", "--format", "csv", "--output", "out.csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let fiches = try export(["--all", "--format", "markdown", "--output", "fiches/"])
        #expect(fiches.status == 0, "\(fiches.stderr)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "précieux")
        #expect(mode(victim)?.permissions == 0o644)
        #expect(mode(environment.path("out.csv"))?.kind == S_IFREG)
        #expect(mode(environment.path("out.csv"))?.permissions == 0o600)
        #expect(!FileManager.default.fileExists(atPath: environment.path("elsewhere")))
        #expect(FileManager.default.fileExists(atPath: environment.path("fiches/c1.md")))
    }

    @Test("Temporary names pre-created by another user are not taken over: the export is the exporter's own 0600 file",
          .enabled(if: SystemTool.isRoot && SystemTool.path("setpriv") != nil, "needs root to act as two users"))
    func temporariesPrecreatedByAnotherUser() throws {
        defer { environment.remove() }
        // nobody exports into a folder of theirs where root pre-created the predictable names, 0666.
        let folder = environment.path("shared")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        #expect(chmod(environment.directory, 0o755) == 0 && chmod(environment.responses, 0o755) == 0)
        for path in [environment.responses, environment.responses + "/.grids", folder] { chown(path, 65534, 65534) }
        for file in try FileManager.default.contentsOfDirectory(atPath: environment.responses) where file.hasSuffix(".jsonl") {
            chown(environment.responses + "/" + file, 65534, 65534)
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: environment.responses + "/.grids") {
            chown(environment.responses + "/.grids/" + file, 65534, 65534)
        }
        for name in try predictableNames("out.csv", kind: "tmp") {
            _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: nil, attributes: [.posixPermissions: 0o666])
        }
        guard let result = try environment.runAsNobody(["export", "--all", "--format", "csv", "--output", folder + "/out.csv"]) else {
            print("skipped: cannot run as nobody here")
            return
        }
        #expect(result.status == 0, "\(result.stderr)")
        let written = try #require(mode(folder + "/out.csv"))
        #expect(written.owner == 65534 && written.permissions == 0o600 && written.kind == S_IFREG)
    }

    @Test("--output replaces regular files only: a named pipe is written into, a link to a file is refused by name, - is stdout")
    func outputKinds() throws {
        defer { environment.remove() }
        // A named pipe, read by the shell: it stays a pipe and receives the table.
        let piped = try environment.shell(#"mkfifo p && { cat p > from-pipe & } && "$INTERVIEW" export c1 --format csv --output p; s=$?; wait; echo "status=$s"; test -p p && echo still-a-pipe"#)
        #expect(piped.stdout.contains("status=0") && piped.stdout.contains("still-a-pipe"), "\(piped.stdout)\(piped.stderr)")
        #expect(try String(contentsOfFile: environment.path("from-pipe"), encoding: .utf8).contains("\nc1,"))
        // A link to a device (here /dev/null through a link) is written into, and stays a link.
        #expect(symlink("/dev/null", environment.path("null-link")) == 0)
        let device = try export(["c1", "--format", "json", "--output", "null-link"])
        #expect(device.status == 0, "\(device.stderr)")
        #expect(mode(environment.path("null-link"))?.kind == S_IFLNK)
        #expect(mode("/dev/null", followingLinks: true)?.kind == S_IFCHR)
        // A link to a regular file is refused; the file is untouched.
        try "garde".write(toFile: environment.path("target.csv"), atomically: false, encoding: .utf8)
        #expect(symlink("target.csv", environment.path("link.csv")) == 0)
        let link = try export(["c1", "--format", "csv", "--output", "link.csv"])
        #expect(link.status == 73 && link.stderr.contains("link.csv") && link.stderr.split(separator: "\n").count == 1, "\(link.stderr)")
        #expect(try String(contentsOfFile: environment.path("target.csv"), encoding: .utf8) == "garde")
        #expect(mode(environment.path("link.csv"))?.kind == S_IFLNK)
        // - is stdout.
        let dash = try export(["c1", "--format", "csv", "--output", "-"])
        #expect(dash.status == 0 && dash.stdout.contains("\nc1,"), "\(dash.stderr)")
        #expect(!FileManager.default.fileExists(atPath: environment.path("-")))
        #expect(try leftovers().isEmpty)
    }

    @Test("A one-character --output and a CSV folder that does not exist yet are written, not trapped", arguments: ["x", "q/", "newdir/"])
    func shortAndNewOutputs(output: String) throws {
        defer { environment.remove() }
        for format in ["json", "csv"] {
            let result = try export(["c1", "--format", format, "--output", output])
            #expect(result.status == 0, "\(format) \(output): \(result.status) \(result.stderr)")
        }
        let folder = environment.path(String(output.prefix { $0 != "/" }))
        #expect(FileManager.default.fileExists(atPath: folder + "/c1.json"))
        #expect(FileManager.default.fileExists(atPath: folder + "/cases.csv"))
    }

    @Test("Write errors on stdout end with 74 and one sentence, never a trap or a silent 0",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"),
          arguments: [["export", "c1", "--format", "csv"], ["export", "c1", "--format", "json"], ["list"], ["show", "c1"], ["schema"], ["grid", "show"]])
    func fullDevice(arguments: [String]) throws {
        defer { environment.remove() }
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let result = try environment.shell("\"$INTERVIEW\" \(quoted) > /dev/full; echo \"status=$?\" >&2")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Illegal instruction"), "\(result.stderr)")
        #expect(result.stderr.contains("status=74"), "\(result.stderr)")
        let sentences = result.stderr.split(separator: "\n").filter { !$0.hasPrefix("status=") }
        #expect(sentences.count == 1 && sentences[0].contains("<stdout>"), "\(result.stderr)")
    }

    @Test("A reader that goes away with SIGPIPE ignored ends the export quietly with 74, not a trap")
    func brokenPipe() throws {
        defer { environment.remove() }
        let long = String(repeating: "Une très longue réponse, « citée », avec des accents ·e·s 🌱. ", count: 4000)
        try environment.completedSmallCase("c2", input: long + "\nA\n\nnon\n2\n12\n")
        let result = try environment.shell(#"trap '' PIPE; "$INTERVIEW" export --all --format csv | head -c 10 > /dev/null; echo "status=${PIPESTATUS[0]}""#)
        #expect(result.stdout.contains("status=74"), "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.isEmpty, "quietly: \(result.stderr)")
    }

    @Test("A stopped export leaves no partial file, and what a killed one left is removed by the next export",
          arguments: ["TERM", "HUP", "INT", "KILL"])
    func stoppedExports(signal: String) throws {
        defer { environment.remove() }
        // Enough cases for the export to be stopped half-way: copies of c1 under their own ids.
        let journal = try String(contentsOfFile: environment.responses + "/c1.jsonl", encoding: .utf8)
        for index in 0..<1500 {
            let uuid = UUID().uuidString.lowercased()
            let text = journal.replacingOccurrences(of: #""case":"c1""#, with: #""case":"k\#(index)""#)
                .replacingOccurrences(of: #""uuid":"[0-9a-f-]+""#, with: #""uuid":"\#(uuid)""#, options: .regularExpression)
            let path = environment.responses + "/k\(index).jsonl"
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            chmod(path, 0o600)
        }
        for output in ["fiches/", "all.csv"] {
            let format = output == "all.csv" ? "csv" : "markdown"
            let script = #""$INTERVIEW" export --all --format \#(format) --output \#(output) & p=$!; sleep 0.3; kill -\#(signal) $p; wait $p; echo "status=$?""#
            let result = try environment.shell(script)
            #expect(!result.trapped, "\(result.stderr)")
            if signal != "KILL" {
                let left = try leftovers()
                #expect(left.isEmpty, "\(signal) \(output): \(left) \(result.stdout)")
            }
        }
        // The next export (of one case, elsewhere in the folder) removes what was left.
        let next = try export(["c1", "--format", "json", "--output", "one.json"])
        #expect(next.status == 0, "\(next.stderr)")
        let left = try leftovers()
        #expect(left.isEmpty, "\(left)")
    }

    @Test("A mistyped --responses is said with 66 and the folder named, and an existing output is kept")
    func missingResponsesFolder() throws {
        defer { environment.remove() }
        try "une bonne table".write(toFile: environment.path("cases.csv"), atomically: false, encoding: .utf8)
        let export = try export(["--all", "--output", "cases.csv", "--format", "csv", "--responses", "typo"])
        #expect(export.status == 66 && export.stderr.contains("typo"), "\(export.stderr)")
        #expect(try String(contentsOfFile: environment.path("cases.csv"), encoding: .utf8) == "une bonne table")
        let list = try environment.run(["list", "--responses", "typo"])
        #expect(list.status == 66 && list.stderr.contains("typo"), "\(list.stderr)")
        #expect(list.stdout.isEmpty)
    }

    @Test("An unreadable responses folder is said with 74",
          .enabled(if: SystemTool.isRoot && SystemTool.path("setpriv") != nil, "needs root to act as another user"))
    func unreadableResponsesFolder() throws {
        defer { environment.remove() }
        #expect(chmod(environment.directory, 0o755) == 0 && chmod(environment.responses, 0o700) == 0)
        guard let result = try environment.runAsNobody(["list", "--responses", environment.responses]) else { return }
        #expect(result.status == 74 && result.stderr.contains(environment.responses), "\(result.status) \(result.stderr)")
    }

    @Test("A grid given through a pipe or /dev/stdin is read like a file")
    func gridThroughAPipe() throws {
        defer { environment.remove() }
        let check = try environment.shell(#""$INTERVIEW" grid check <(cat petite.yaml); echo "status=$?""#)
        #expect(check.stdout.contains("status=0"), "\(check.stdout)\(check.stderr)")
        let stdin = try environment.shell(#""$INTERVIEW" grid check /dev/stdin < petite.yaml; echo "status=$?""#)
        #expect(stdin.stdout.contains("status=0"), "\(stdin.stdout)\(stdin.stderr)")
    }

    @Test("A link to a folder gets one file per case inside its target, and a path that cannot be made is 73")
    func linkToAFolderAndCannotCreate() throws {
        defer { environment.remove() }
        try FileManager.default.createDirectory(atPath: environment.path("elsewhere/fiches"), withIntermediateDirectories: true)
        #expect(symlink(environment.path("elsewhere/fiches"), environment.path("fiches-link")) == 0)
        let linked = try export(["--all", "--format", "markdown", "--output", "fiches-link"])
        #expect(linked.status == 0, "\(linked.stderr)")
        #expect(FileManager.default.fileExists(atPath: environment.path("elsewhere/fiches/c1.md")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: environment.path("elsewhere/fiches")) == ["c1.md"])
        try "un fichier".write(toFile: environment.path("file.txt"), atomically: false, encoding: .utf8)
        for (format, output) in [("csv", "file.txt/out.csv"), ("json", "file.txt/fiches/")] {
            let result = try export(["--all", "--format", format, "--output", output])
            #expect(result.status == 73 && result.stderr.split(separator: "\n").count == 1, "\(output): \(result.status) \(result.stderr)")
        }
    }
}
