import Foundation
import Grid
import Testing

/// The built-in grid run in English end to end: `--lang en` asks its questions in English, and
/// the case's sheet, record and CSV labels are English; the data (choice ids) is what a French
/// case of the same answers holds.
@Suite("An English interview on the built-in grid", .serialized)
struct EnglishInterviewTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
    }

    private func interviewInEnglish(_ caseID: String) throws -> ProcessResult {
        let result = try environment.run(["new", "--case", caseID, "--lang", "en"], stdin: BuiltInGridEnglishAnswers.all, timeout: 30)
        try #require(result.status == 0, "new \(caseID): \(result.stderr)")
        return result
    }

    private func record(_ caseID: String) throws -> [String: Any] {
        let export = try environment.run(["export", caseID, "-f", "json"], timeout: 30)
        return try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
    }

    /// Each question's value in a record, by id.
    private func values(_ record: [String: Any]) -> [String: Any] {
        let sections = record["sections"] as? [[String: Any]] ?? []
        var values: [String: Any] = [:]
        for question in sections.flatMap({ $0["questions"] as? [[String: Any]] ?? [] }) {
            if let id = question["id"] as? String { values[id] = question["value"] }
        }
        return values
    }

    /// A choice value's id, or a multichoice value's ids.
    private func choiceIDs(_ value: Any?) -> [String] {
        if let one = value as? [String: Any] { return [one["id"] as? String ?? "?"] }
        return (value as? [[String: Any]] ?? []).map { $0["id"] as? String ?? "?" }
    }

    @Test("--lang en asks every question in English, and no French question text is shown")
    func englishScreens() throws {
        defer { environment.remove() }
        let result = try interviewInEnglish("fjord")
        #expect(result.stderr.contains("Interview completed: 61 of 61 questions done"), "\(result.stderr)")
        #expect(result.stdout.contains("1. What is the name of the organization?\n› "))
        #expect(result.stdout.contains("Do you agree to take part in this interview"))
        #expect(result.stdout.contains("(yes/no)"))
        #expect(result.stdout.contains("28. What is the organization's legal status?"))
        #expect(result.stdout.contains("Help: For example: “chair of the board of directors”, “general manager”."))
        #expect(result.stdout.contains("Start-up · question 6 of 61"))
        let french = try DefaultGrid.load().grid
        let shown = french.questions.filter { result.stdout.contains($0.text) }.map(\.id)
        #expect(shown == [], "French question texts on the English screen")
        for word in ["Aide :", "Par exemple", "Démarrage", "Quel ", "OBNL", "Coopérative de"] {
            #expect(!result.stdout.contains(word), "\(word)")
        }
        let journal = try JournalFile(environment, "fjord")
        #expect(journal.header["language"] as? String == "en")
        #expect(journal.lastAnswer("consentement_entretien") as? Bool == true)
        #expect(journal.lastAnswer("nb_membres") as? Int == 1250)
        #expect(journal.lastAnswer("nb_benevoles") as? Int == 40)
        #expect(journal.lastAnswer("chiffre_affaires") as? Int == 1_500_000)
        #expect(journal.lastAnswer("part_revenus_commerciaux") as? Int == 65)
        #expect(journal.lastAnswer("trois_facteurs") as? [String] == ["Local roots", "Volunteers", "Partnerships"])
        #expect(journal.kinds.last == "complete")
    }

    @Test("the English case's sheet has English headings and sentences, the answers as typed")
    func englishCaseSheet() throws {
        defer { environment.remove() }
        _ = try interviewInEnglish("fjord")
        let export = try environment.run(["export", "fjord", "-f", "markdown"], timeout: 30)
        #expect(export.status == 0, "\(export.stderr)")
        let sheet = export.stdout.replacingOccurrences(of: "\u{A0}", with: " ")
        for expected in [
            "Solidarity co-operative\n\n# Fjord Food Co-op 🌲\n\nA neighbourhood co-operative grocery store.",
            "## At a glance", "### Founding date and original need", "Original need: Access to fresh food",
            "In 2023, it had:\n\n- 12 employees;\n- about 40 volunteers;\n- annual revenue of ",
            "### Mission, vision, values", "Mission: Feeding the neighbourhood", "Values: Solidarity, proximity",
            "### Customers and target groups\n\n- Families\n- Seniors",
            "### Legal status and governance\n\n- Solidarity co-operative.\n- 1,250 members ($50 member share).\n- Board of directors (9 members) and AGM.",
            "### Main partners\n\n- **Financial:** Desjardins credit union.\n- **Other:** Food bank.",
            "## Start-up\n\n### Main challenges\n\n- Financing\n- Finding premises\n- To overcome them: A member share campaign",
            "- Start-up partners: The municipality, The local community development corporation.",
            "## Development and viability", "- The three most important: Local roots, Volunteers, Partnerships.",
            "- Contribution of the social economy: Members’ trust",
            "## Lessons learned and development issues", "### Main lessons learned", "### Future development issues",
            "- Support needs: Management.",
            "## For more information", "Interview with **Mary Tremblay**,\nGeneral manager", "Email: info@coopfjord.ca",
            "Tel.: 418 555-0123", "[Website](https://coopfjord.ca)",
        ] {
            #expect(sheet.replacingOccurrences(of: "\\$", with: "$").contains(expected), "\(expected)\n---\n\(sheet)")
        }
        for french in ["En bref", "Démarrage", "Principaux", "comptait", "Courriel", "Entrevue", "Site Web", " : ", " ;", "«", "AGA"] {
            #expect(!sheet.contains(french), "\(french) in the English case sheet")
        }
    }

    @Test("CSV labels of the English case are English choice labels; with --lang en its headers too")
    func englishCSVLabels() throws {
        defer { environment.remove() }
        _ = try interviewInEnglish("fjord")
        let labels = try environment.run(["export", "fjord", "-f", "csv", "--labels"], timeout: 30)
        #expect(labels.status == 0, "\(labels.stderr)")
        for label in ["Solidarity co-operative", "Saguenay–Lac-Saint-Jean", "Urban", "Region", "Retail distribution"] {
            #expect(labels.stdout.contains(",\(label),") || labels.stdout.contains(",\"\(label)"), "\(label)")
        }
        #expect(!labels.stdout.contains("Coopérative de solidarité") && !labels.stdout.contains("Urbain"))
        let english = try environment.run(["export", "fjord", "-f", "csv", "--labels", "--lang", "en"], timeout: 30)
        let header = english.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains(",Organization,Organization (status),Interviewee,"), "\(header)")
        #expect(header.contains(",Legal status,") && header.contains(",Annual revenue,"), "\(header)")
    }

    @Test("an English case and a French case of the same answers hold the same choice ids and yes/no values")
    func sameDataAsFrench() throws {
        defer { environment.remove() }
        _ = try interviewInEnglish("fjord-en")
        let french = try environment.run(["new", "--case", "fjord-fr"], stdin: BuiltInGridAnswers.all, timeout: 30)
        try #require(french.status == 0, "\(french.stderr)")
        let english = values(try record("fjord-en"))
        let frenchValues = values(try record("fjord-fr"))
        for id in ["statut", "region", "milieu", "echelle_territoriale", "role_systeme_alimentaire"] {
            #expect(choiceIDs(english[id]) == choiceIDs(frenchValues[id]), "\(id)")
            #expect(!choiceIDs(english[id]).isEmpty, "\(id)")
        }
        #expect(choiceIDs(english["statut"]) == ["coop_solidarite"])
        #expect(choiceIDs(english["role_systeme_alimentaire"]) == ["distribution_detail", "circuits_courts"])
        for id in ["consentement_entretien", "consentement_fiche", "financement_solidaire", "financement_solidaire_obtenu",
                   "partage_etats_financiers", "besoins_soutien", "aga"] {
            #expect(english[id] as? Bool == frenchValues[id] as? Bool, "\(id)")
        }
        #expect(english["nb_employes"] as? Int == frenchValues["nb_employes"] as? Int)
        #expect(english["part_revenus_commerciaux"] as? Int == frenchValues["part_revenus_commerciaux"] as? Int)
    }
}
