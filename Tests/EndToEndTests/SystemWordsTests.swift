import Foundation
import Testing

/// Every failure the program can meet with files and folders is said in its own words: the file
/// named, the system's reason, never Foundation's ("NSCocoaErrorDomain error 256", "Error Domain=").
@Suite("No message shows Foundation's internals", .serialized)
struct SystemWordsTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
        try environment.completedSmallCase("coop")
        try FileManager.default.createDirectory(atPath: environment.path("dossier"), withIntermediateDirectories: true)
        try "pas un dossier".write(toFile: environment.path("fichier"), atomically: true, encoding: .utf8)
    }

    /// Commands that fail on a file or folder, and the name their message must hold.
    static let failures: [(arguments: [String], names: String)] = [
        (["grid", "check", "dossier"], "dossier"),
        (["grid", "check", "absente.yaml"], "absente.yaml"),
        (["grid", "show", "fichier/grille.yaml"], "fichier/grille.yaml"),
        (["new", "--grid", "dossier", "--case", "x"], "dossier"),
        (["export", "coop", "-f", "json", "-o", "fichier/sortie.json"], "fichier"),
        (["export", "coop", "-f", "csv", "-o", "absent/sous/sortie.csv"], "absent"),
        (["export", "coop", "-f", "markdown", "-o", "/proc/interdit/"], "/proc/interdit"),
        (["list", "--responses", "fichier"], "fichier"),
        (["show", "coop", "--responses", "dossier"], "coop"),
        (["export", "coop", "-f", "json", "--grid", "dossier"], "dossier"),
    ]

    @Test("Failures on files and folders name them, in French and in English, without Foundation's words")
    func failures() throws {
        defer { environment.remove() }
        for (arguments, name) in Self.failures {
            for language in ["fr", "en"] {
                let result = try environment.run(arguments + ["--lang", language], timeout: 20)
                #expect(result.status != 0, "\(arguments) should fail")
                #expect(result.stderr.contains(name), "\(arguments) \(language): \(result.stderr)")
                for words in ["NSCocoaErrorDomain", "Error Domain=", "NSPOSIXErrorDomain", "The operation could not be completed", "UserInfo"] {
                    #expect(!result.stderr.contains(words), "\(arguments) \(language): \(result.stderr)")
                }
            }
        }
    }
}
