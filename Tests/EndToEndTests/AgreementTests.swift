import Foundation
import Testing

/// `interview summary --agreement CODER1 CODER2`: percent agreement and Cohen's kappa per theme
/// over the texts of the cases both coded, checked against a table computed by hand.
@Suite("Agreement between two coders", .serialized)
struct AgreementTests {
    private let environment: TestEnvironment

    static let grid = """
        grid: accord
        version: 1
        language: fr
        title_from: nom
        sections:
          - id: s
            title: "Entretien"
            questions:
              - {id: nom, text: "Nom?", type: text}
              - {id: defis, text: "Défis?", type: list}
        codebook:
          - id: ancrage
            label: "L'ancrage"
            codes:
              - {id: ecoles, label: "Écoles"}
          - id: gouvernance
            label: "La gouvernance"
        """

    static let items = ["trouver un local", "recruter des bénévoles", "l'hiver", "les prêts", "le « virage » 🍅",
                        "la paie", "les camions", "la TVQ", "l'été"]

    init() throws {
        environment = try TestEnvironment()
        try Self.grid.write(toFile: environment.path("accord.yaml"), atomically: true, encoding: .utf8)
        for (id, name) in [("alina", "Coop Alina"), ("autre", "Autre")] {
            let input = "\(name)\n" + Self.items.joined(separator: "\n") + "\n\n"
            let result = try environment.run(["new", "--grid", environment.path("accord.yaml"), "--case", id], stdin: input, timeout: 10)
            try #require(result.status == 0, "\(id): \(result.stderr)")
        }
        // Ten units (the name and nine items) × ancrage: both 3 (items 1–3), ana only 1 (item 4),
        // léo only 2 (items 5 and 6, coded by léo as one segment of the whole list answer), neither 4.
        var lines: [String] = []
        for index in 1...3 {
            lines.append(try CodeEventLine.make(question: "defis", part: "item", index: index, text: Self.items[index - 1], codes: ["ancrage"], coder: "ana"))
            lines.append(try CodeEventLine.make(question: "defis", part: "item", index: index, text: Self.items[index - 1], codes: ["ancrage"], coder: "léo"))
        }
        lines.append(try CodeEventLine.make(question: "defis", part: "item", index: 4, text: Self.items[3], codes: ["ancrage.ecoles"], coder: "ana"))
        let before = Self.items[0..<4].map { $0.unicodeScalars.count + 1 }.reduce(0, +)
        lines.append(try CodeEventLine.make(question: "defis", start: before, text: Self.items[4] + "\n" + Self.items[5], codes: ["ancrage"], coder: "léo"))
        try CodeEventLine.append(lines, to: "alina", in: environment)
        // Coded by ana alone: not a case both coded.
        try CodeEventLine.append([try CodeEventLine.make(question: "nom", text: "Autre", codes: ["gouvernance"], coder: "ana")], to: "autre", in: environment)
    }

    private func agreement() throws -> [String: Any] {
        let result = try environment.run(["summary", "-f", "json", "--agreement", "ana", "léo"], timeout: 20)
        try #require(result.status == 0, "\(result.stderr)")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(summary["agreement"] as? [String: Any])
    }

    private func counts(_ id: String) throws -> [String: Any] {
        let themes = try #require(try agreement()["themes"] as? [[String: Any]])
        return try #require(themes.first { $0["id"] as? String == id }?["counts"] as? [String: Any])
    }

    @Test("only the cases both coded count, their texts the units")
    func units() throws {
        let agreement = try agreement()
        #expect(agreement["cases"] as? [String] == ["alina"])
        #expect(agreement["texts"] as? Int == 10)
        #expect(agreement["coders"] as? [String] == ["ana", "léo"])
    }

    @Test("the 2 × 2 table, percent agreement 0.7 and kappa 0.4 match the hand computation")
    func kappa() throws {
        let ancrage = try counts("ancrage")
        #expect(ancrage["both"] as? Int == 3 && ancrage["first_only"] as? Int == 1)
        #expect(ancrage["second_only"] as? Int == 2 && ancrage["neither"] as? Int == 4)
        // pₒ = 7/10; p(ana) = 0.4, p(léo) = 0.5, pₑ = 0.4 × 0.5 + 0.6 × 0.5 = 0.5; κ = 0.2 / 0.5.
        #expect(abs((ancrage["agreement"] as? Double ?? 0) - 0.7) < 1e-9)
        #expect(abs((ancrage["kappa"] as? Double ?? 0) - 0.4) < 1e-9)
    }

    @Test("a theme neither coder gave has full agreement and an undefined kappa (null, « — »)")
    func undefined() throws {
        let gouvernance = try counts("gouvernance")
        #expect(gouvernance["neither"] as? Int == 10)
        #expect(gouvernance["agreement"] as? Double == 1)
        #expect(gouvernance["kappa"] is NSNull)
        let markdown = try environment.run(["summary", "--agreement", "ana", "léo"], timeout: 20).stdout
        #expect(markdown.contains("| La gouvernance | 0 | 0 | 0 | 10 | 100,0 % | — |"))
        #expect(markdown.contains("| L'ancrage | 3 | 1 | 2 | 4 | 70,0 % | 0,40 |"))
        #expect(markdown.contains("| — Écoles | 0 | 1 | 0 | 9 | 90,0 % | 0,00 |"))
    }

    @Test("the overall line pools every theme's units: κ = 0.2 / 0.35")
    func overall() throws {
        let overall = try #require(try agreement()["overall"] as? [String: Any])
        // 20 units: both 3, ana 1, léo 2, neither 14; pₒ = 0.85, pₑ = 0.2 × 0.25 + 0.8 × 0.75 = 0.65.
        #expect(overall["units"] as? Int == 20)
        #expect(abs((overall["kappa"] as? Double ?? 0) - 0.2 / 0.35) < 1e-9)
        let markdown = try environment.run(["summary", "--agreement", "ana", "léo", "--lang", "en"], timeout: 20).stdout
        #expect(markdown.contains("| **All themes** | 3 | 1 | 2 | 14 | 85.0% | 0.57 |"))
    }

    @Test("CSV with --agreement is the agreement table, kappa empty when undefined")
    func csv() throws {
        let result = try environment.run(["summary", "-f", "csv", "--agreement", "ana", "léo"], timeout: 20)
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "id,kind,label,units,both,first_only,second_only,neither,agreement,kappa")
        #expect(lines.contains("ancrage,theme,L'ancrage,10,3,1,2,4,0.7,0.4"))
        #expect(lines.contains("gouvernance,theme,La gouvernance,10,0,0,0,10,1,"))
    }

    @Test("--agreement needs two different coders (exit 64)")
    func twoCoders() throws {
        for arguments in [["--agreement", "ana"], ["--agreement", "ana", "ana"], ["--agreement", "ana", "léo", "zoé"]] {
            let result = try environment.run(["summary"] + arguments, timeout: 20)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("--agreement"))
        }
    }
}
