import Foundation
import Testing

/// The grid copy a case keeps is checked against its SHA-256 on every load: a copy edited since
/// would make answers vanish from every output while everything exits 0.
@Suite("Grid copies checked against their SHA-256", .serialized)
struct GridCopyIntegrityTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
        try environment.completedSmallCase("c1")
    }

    private func copyPath() throws -> String {
        let grids = environment.responses + "/.grids"
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: grids).first { $0.hasSuffix(".yaml") })
        return grids + "/" + name
    }

    /// Deletes the last questions of the kept copy, as a careless edit would.
    private func alterCopy() throws -> String {
        let path = try copyPath()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let cut = try #require(text.range(of: "      - id: statut"))
        try String(text[..<cut.lowerBound]).write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test("An edited grid copy is refused with 65 by export, show, list and resume, naming the copy and --grid")
    func editedCopyIsRefused() throws {
        defer { environment.remove() }
        let path = try alterCopy()
        let name = (path as NSString).lastPathComponent
        for arguments in [["export", "c1", "--format", "json"], ["export", "--all", "--format", "csv"], ["show", "c1"], ["list"], ["resume", "c1"]] {
            let result = try environment.run(arguments, stdin: "")
            #expect(result.status == 65, "\(arguments): \(result.status) \(result.stdout) \(result.stderr)")
            #expect(result.stderr.contains(name) && result.stderr.contains("--grid"), "\(arguments): \(result.stderr)")
        }
    }

    @Test("The original grid given with --grid stands in, and resume puts the copy back")
    func originalGridRestoresTheCopy() throws {
        defer { environment.remove() }
        let path = try alterCopy()
        let export = try environment.run(["export", "c1", "--format", "json", "--grid", SmallGrid.fileName])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.contains("\"employes\"") && export.stdout.contains("\"statut\""), "every answer is there")
        let resume = try environment.run(["resume", "c1", "--grid", SmallGrid.fileName], stdin: "")
        #expect(resume.status == 0, "\(resume.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == SmallGrid.yaml)
        let show = try environment.run(["show", "c1"])
        #expect(show.status == 0 && show.stdout.contains("12"), "\(show.stderr)")
    }

    @Test("An edited copy of the built-in grid says that removing it lets the built-in grid stand in")
    func editedBuiltInCopy() throws {
        defer { environment.remove() }
        let started = try environment.run(["new", "--case", "b1"], stdin: "oui\n")
        #expect(started.status == 0, "\(started.stderr)")
        let grids = environment.responses + "/.grids"
        for name in try FileManager.default.contentsOfDirectory(atPath: grids) {
            let path = grids + "/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            if text.contains("territoires-nourriciers") { try (text + "\n# retouché\n").write(toFile: path, atomically: false, encoding: .utf8) }
        }
        let show = try environment.run(["show", "b1"])
        #expect(show.status == 65, "\(show.stderr)")
        #expect(show.stderr.contains("intégrée"), "\(show.stderr)")
    }
}
