import Foundation
import Testing

/// The short options `-o`, `-f`, `-y` and the spelling `--anonymize` do what their long forms do.
@Suite("Short options and --anonymize", .serialized)
struct ShortOptionsTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
        try environment.completedSmallCase("coop", input: "Coop « Étoile » 😀\nLocaux ; équipements\n\nnon\n1\n12\n")
    }

    @Test("export -f json -o FILE writes the same file as --format json --output FILE")
    func exportShortOptions() throws {
        defer { environment.remove() }
        let short = try environment.run(["export", "coop", "-f", "json", "-o", "court.json"], timeout: 20)
        let long = try environment.run(["export", "coop", "--format", "json", "--output", "long.json"], timeout: 20)
        #expect(short.status == 0, "\(short.stderr)")
        #expect(long.status == 0, "\(long.stderr)")
        let written = try String(contentsOfFile: environment.path("court.json"), encoding: .utf8)
        #expect(written.contains("Coop « Étoile » 😀"))
        #expect(written == (try String(contentsOfFile: environment.path("long.json"), encoding: .utf8)))
    }

    @Test("list -f json is list --format json")
    func listShortFormat() throws {
        defer { environment.remove() }
        let short = try environment.run(["list", "-f", "json"], timeout: 10)
        #expect(short.status == 0, "\(short.stderr)")
        #expect(short.stdout.hasPrefix("["))
        #expect(short.stdout == (try environment.run(["list", "--format", "json"], timeout: 10)).stdout)
    }

    @Test("--anonymize exports exactly what --anonymise does")
    func anonymizeSpelling() throws {
        defer { environment.remove() }
        let american = try environment.run(["export", "coop", "-f", "json", "--anonymize"], timeout: 20)
        let british = try environment.run(["export", "coop", "-f", "json", "--anonymise"], timeout: 20)
        #expect(american.status == 0, "\(american.stderr)")
        #expect(american.stdout.range(of: #""anonymised"\s*:\s*true"#, options: .regularExpression) != nil, "\(american.stdout)")
        #expect(american.stdout == british.stdout)
    }

    @Test("Help shows the short options and both spellings, in French and in English", arguments: ["fr", "en"])
    func help(_ language: String) throws {
        defer { environment.remove() }
        let export = try environment.run(["export", "--help", "--lang", language], timeout: 10)
        #expect(export.stdout.contains("-f, --format"), "\(export.stdout)")
        #expect(export.stdout.contains("-o, --output"))
        #expect(export.stdout.contains("--anonymise, --anonymize"))
        #expect((try environment.run(["list", "--help", "--lang", language], timeout: 10)).stdout.contains("-f, --format"))
        #expect((try environment.run(["delete", "--help", "--lang", language], timeout: 10)).stdout.contains("-y, --yes"))
    }
}
