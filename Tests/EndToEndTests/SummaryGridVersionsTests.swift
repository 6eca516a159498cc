import Foundation
import Testing

/// Cases taken on two versions of one grid (same id, the codebook changed between them) are
/// counted in one themes table, on the rows of the first version the cases use.
@Suite("Summary over two versions of one grid", .serialized)
struct SummaryGridVersionsTests {
    private let environment: TestEnvironment

    static func grid(codebook: String) -> String {
        """
        grid: versions
        version: 1
        language: fr
        title: "Versions"
        consent: {publication: fiche}
        sections:
          - id: s
            title: "Section"
            questions:
              - {id: fiche, text: "Publication?", type: yesno, fiche: false}
              - {id: mission, text: "Mission?", label: "Mission", type: text}
        codebook:
        \(codebook)
        """
    }

    /// The first version knows one theme with one code; the second puts a theme before it and
    /// gives it a second code.
    static let first = grid(codebook: """
          - id: ancrage
            label: "L'ancrage"
            codes: [{id: mobilisation, label: "Mobilisation"}]
        """)
    static let second = grid(codebook: """
          - {id: gouvernance, label: "La gouvernance"}
          - id: ancrage
            label: "L'ancrage"
            codes: [{id: ecoles, label: "Écoles"}, {id: mobilisation, label: "Mobilisation"}]
        """)

    init() throws {
        environment = try TestEnvironment()
        try Self.first.write(toFile: environment.path("v1.yaml"), atomically: true, encoding: .utf8)
        try Self.second.write(toFile: environment.path("v2.yaml"), atomically: true, encoding: .utf8)
        // The first case, on the first version, may not be published; the others may.
        for (id, grid, consent) in [("a-secret", "v1.yaml", "non"), ("b-new", "v2.yaml", "oui"), ("c-old", "v1.yaml", "oui")] {
            let result = try environment.run(["new", "--grid", environment.path(grid), "--case", id],
                                             stdin: "\(consent)\nNourrir le quartier « ensemble » 🍅\n", timeout: 10)
            try #require(result.status == 0, "\(id): \(result.stderr)")
            let codes = ["ancrage.mobilisation", "gouvernance", "ancrage.ecoles"]
            try CodeEventLine.append([try CodeEventLine.make(question: "mission", text: "Nourrir", codes: codes, coder: "ana")],
                                     to: id, in: environment)
        }
    }

    @Test("codes of either version are counted on the first version's rows; the others are named unknown")
    func countedOnFirstVersion() throws {
        defer { environment.remove() }
        let summary = try environment.run(["summary", "-f", "json"], timeout: 20)
        try #require(summary.status == 0, "\(summary.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        let themes = try #require(json["themes"] as? [[String: Any]])
        #expect(themes.compactMap { $0["id"] as? String } == ["ancrage", "ancrage.mobilisation"])
        #expect(themes.first?["mentions"] as? Int == 2)
        #expect(themes.first?["cases"] as? Int == 2)
        let unknown = json["unknown_codes"] as? [String: Int]
        #expect(unknown == ["ancrage.ecoles": 2, "gouvernance": 2])
        let markdown = try environment.run(["summary"], timeout: 20)
        #expect(markdown.status == 0 && markdown.stdout.contains("« Nourrir » — c-old, Mission"), "\(markdown.stdout)")
    }
}
