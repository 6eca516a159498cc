import Foundation
import Testing

/// The temporary folder large outputs wait in (`$TMPDIR`): left empty after an export, and when
/// it is missing, an output that needs it says which folder and what to do, and writes nothing.
@Suite("Temporary folder of large outputs", .serialized)
struct TemporaryFolderTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        let grid = try CodingGrid.write(in: environment)
        let result = try environment.run(["new", "--grid", grid, "--case", "alina"], stdin: CodingGrid.interview, timeout: 10)
        try #require(result.status == 0, "\(result.stderr)")
        try CodeEventLine.append([try CodeEventLine.make(question: "mission", text: "Nourrir", codes: ["ancrage"], coder: "ana")],
                                 to: "alina", in: environment)
    }

    @Test("a QDPX export, a summary and a book leave nothing in the temporary folder")
    func nothingLeftBehind() throws {
        defer { environment.remove() }
        let folder = environment.path("tmp")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        for arguments in [["export", "--all", "-f", "qdpx", "-o", environment.path("etude.qdpx")], ["summary"], ["book", "-f", "html"]] {
            let result = try environment.run(arguments, environment: ["TMPDIR": folder], timeout: 20)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(FileManager.default.fileExists(atPath: environment.path("etude.qdpx")))
    }

    @Test("without a temporary folder, a QDPX export and a summary to a pipe name it, say what to do, and write nothing")
    func missingFolderSaid() throws {
        defer { environment.remove() }
        let missing = environment.path("nulle-part")
        let qdpx = try environment.run(["export", "--all", "-f", "qdpx", "-o", environment.path("etude.qdpx")],
                                       environment: ["TMPDIR": missing], timeout: 20)
        #expect(qdpx.status == 74)
        #expect(qdpx.stderr.contains("dossier temporaire") && qdpx.stderr.contains(missing) && qdpx.stderr.contains("TMPDIR"), "\(qdpx.stderr)")
        #expect(!FileManager.default.fileExists(atPath: environment.path("etude.qdpx")))
        let summary = try environment.run(["summary"], environment: ["TMPDIR": missing], timeout: 20)
        #expect(summary.status == 74 && summary.stdout.isEmpty)
        #expect(summary.stderr.contains("dossier temporaire"), "\(summary.stderr)")
        let english = try environment.run(["summary", "--lang", "en"], environment: ["TMPDIR": missing], timeout: 20)
        #expect(english.stderr.contains("temporary folder") && english.stderr.contains("TMPDIR"), "\(english.stderr)")
    }
}
