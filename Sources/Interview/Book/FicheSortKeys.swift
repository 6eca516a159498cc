import Foundation
import Grid

/// What orders a fiche in the case book: its title folded for French collation, its region and
/// municipality (the `region` and `municipalite` answers) and the rank of its legal status among
/// the `statut` question's choices.
struct FicheSortKeys: Sendable, Equatable {
    /// The question ids the orders read, as the built-in grid names them.
    static let regionQuestion = "region"
    static let municipalityQuestion = "municipalite"
    static let statusQuestion = "statut"

    /// The title, accents and case ignored (« École » files with « ecole », before « Étang »).
    var name: String
    /// The title as written, to break ties.
    var title: String
    var caseID: String
    var region: String?
    var municipality: String?
    /// The status choice's position in the grid (its order is the grid author's).
    var status: Int?

    init(title: String, caseID: String, region: String? = nil, municipality: String? = nil, status: Int? = nil) {
        self.name = Self.folded(title)
        self.title = Self.compact(title)
        self.caseID = caseID
        self.region = region.map(Self.folded)
        self.municipality = municipality.map(Self.folded)
        self.status = status
    }

    /// The keys of a case's fiche titled `title` that `order` reads (the others left out: a
    /// book keeps the keys of every fiche).
    init(record: CaseRecord, grid: Grid, title: String, order: BookOrder) {
        func answer(_ id: String) -> RecordValue? {
            guard let question = record.question(id), question.status == .answered else { return nil }
            return question.value
        }
        func words(_ value: RecordValue?) -> String? {
            switch value {
            case .choice(let choice): return choice.label
            case .text(let text): return text.trimmingWhitespace.isEmpty ? nil : text
            default: return nil
            }
        }
        var status: Int?
        if order == .status, case .choice(let choice)? = answer(Self.statusQuestion) {
            status = grid.question(id: Self.statusQuestion)?.choices.firstIndex { $0.id == choice.id }
        }
        let byRegion = order == .region
        self.init(title: title, caseID: record.caseID, region: byRegion ? words(answer(Self.regionQuestion)) : nil,
                  municipality: byRegion ? words(answer(Self.municipalityQuestion)) : nil, status: status)
    }

    /// The locale titles are compared in, made once.
    private static let frenchCanada = Locale(identifier: "fr_CA")

    /// Text for comparing in French: case and accents ignored, ligatures spelt out.
    static func folded(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: frenchCanada)
            .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
            .trimmingWhitespace
        return compact(folded)
    }

    /// The text in a buffer of its own, just its size: a book keeps the keys of every fiche, and
    /// what Foundation hands back may hold far more.
    static func compact(_ text: String) -> String {
        String(decoding: Array(text.utf8), as: UTF8.self)
    }
}
