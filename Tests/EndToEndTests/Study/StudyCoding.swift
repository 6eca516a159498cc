import Foundation

/// How the study replay codes the three reference interviews: theme codes chosen from the words
/// of each text, as a coder reading the case book's themes would, and one segment where a text
/// names local products. The expected counts are computed from the same texts by `expected`,
/// apart from the program, so the summary and the book are checked against the interviews.
enum StudyCoding {
    /// Codebook ids given to a text holding one of the words (case and accents as written).
    static let rules: [(words: [String], code: String)] = [
        (["membres", "bénévol", "citoyen"], "ancrage.mobilisation"),
        (["partenari", "fournisseur", "producteur"], "ancrage.approvisionnement"),
        (["conseil d'administration"], "gouvernance.ca_fort"),
        (["financ", "subvention", "Caisse"], "gestion_financiere.recherche_financement"),
        (["main-d'œuvre", "employé"], "gestion_operations.main_d_oeuvre"),
        (["iversifi"], "proposition_valeur.activites"),
    ]
    /// The words coded as a segment of their text, with their code.
    static let segmentWords = "locaux"
    static let segmentCode = "proposition_valeur.produits_locaux"
    /// Sections whose texts are coded (identification and contact details are not).
    static let codedSections: Set<String> = ["demarrage", "developpement", "profil"]
    /// Questions never coded (names, places, dates).
    static let skipped: Set<String> = ["municipalite", "mrc", "date_donnees", "contact_nom", "contact_fonction", "cotisation_membres"]

    /// A codable text of a record, as `interview code` walks them: text answers, each list item,
    /// each question's quotes, in grid order.
    struct Text {
        var section: String
        var question: String
        var text: String
    }

    /// The texts of one exported case record (JSON), in the order `interview code` shows them.
    static func texts(of record: [String: Any]) -> [Text] {
        var texts: [Text] = []
        for section in record["sections"] as? [[String: Any]] ?? [] {
            let sectionID = section["id"] as? String ?? ""
            for question in section["questions"] as? [[String: Any]] ?? [] {
                let id = question["id"] as? String ?? ""
                switch (question["type"] as? String, question["value"]) {
                case ("text", let value as String): texts.append(Text(section: sectionID, question: id, text: value))
                case ("list", let items as [String]): texts += items.map { Text(section: sectionID, question: id, text: $0) }
                default: break
                }
                for quote in question["quotes"] as? [[String: Any]] ?? [] {
                    texts.append(Text(section: sectionID, question: id, text: quote["text"] as? String ?? ""))
                }
            }
        }
        return texts
    }

    static func isCoded(_ text: Text) -> Bool {
        codedSections.contains(text.section) && !skipped.contains(text.question)
    }

    /// The whole-text codes of a text.
    static func codes(_ text: Text) -> [String] {
        guard isCoded(text) else { return [] }
        var codes = rules.filter { rule in rule.words.contains { text.text.contains($0) } }.map(\.code)
        if text.question == "mission" { codes.append("leadership.mission") }
        return codes
    }

    static func hasSegment(_ text: Text) -> Bool {
        isCoded(text) && text.text.contains(segmentWords)
    }

    /// The lines typed into `interview code` for these texts: a segment first where there is
    /// one, then the whole text's codes (blank for none).
    static func input(for texts: [Text]) -> String {
        texts.map { text in
            (hasSegment(text) ? "/segment « \(segmentWords) »\n\(segmentCode)\n" : "") + codes(text).joined(separator: " ") + "\n"
        }.joined()
    }

    /// Mentions and cases per theme and code, and by section, as the summary must count them:
    /// each coded place counted once for each of its codes and once for their themes.
    struct Count: Equatable {
        var mentions = 0
        var cases: Set<String> = []
        var bySection: [String: (mentions: Int, cases: Set<String>)] = [:]

        static func == (lhs: Count, rhs: Count) -> Bool {
            lhs.mentions == rhs.mentions && lhs.cases == rhs.cases
        }
    }

    static func expected(_ textsByCase: [String: [Text]]) -> [String: Count] {
        var counts: [String: Count] = [:]
        func add(_ rows: Set<String>, _ caseID: String, _ section: String) {
            for row in rows {
                counts[row, default: Count()].mentions += 1
                counts[row, default: Count()].cases.insert(caseID)
                var bySection = counts[row, default: Count()].bySection[section] ?? (0, [])
                bySection.mentions += 1
                bySection.cases.insert(caseID)
                counts[row, default: Count()].bySection[section] = bySection
            }
        }
        func rows(_ codes: [String]) -> Set<String> {
            Set(codes.flatMap { [$0, String($0.split(separator: ".")[0])] })
        }
        for (caseID, texts) in textsByCase {
            for text in texts {
                if !codes(text).isEmpty { add(rows(codes(text)), caseID, text.section) }
                if hasSegment(text) { add(rows([segmentCode]), caseID, text.section) }
            }
        }
        return counts
    }
}
