import Grid
@testable import Interview
import Testing

/// The order of the fiches in the case book: French collation of titles, region then
/// municipality, legal status in the grid's order; missing values last.
@Suite("Order of the book's fiches")
struct BookOrderTests {
    private func ids(_ keys: [FicheSortKeys], _ order: BookOrder) -> [String] {
        order.sorted(keys).map(\.caseID)
    }

    @Test("By name, accents and case are ignored as a French reader files them")
    func nameIgnoresAccentsAndCase() {
        let keys = [
            FicheSortKeys(title: "Zèbre", caseID: "z"),
            FicheSortKeys(title: "École du Lac", caseID: "e1"),
            FicheSortKeys(title: "abeille", caseID: "a"),
            FicheSortKeys(title: "ecole du bois", caseID: "e2"),
            FicheSortKeys(title: "Œuvre commune", caseID: "o"),
            FicheSortKeys(title: "Étang", caseID: "t"),
        ]
        #expect(ids(keys, .name) == ["a", "e2", "e1", "t", "o", "z"])
    }

    @Test("Two fiches with the same title keep a stable order by case id")
    func sameTitleByCaseID() {
        let keys = [FicheSortKeys(title: "Coop", caseID: "b"), FicheSortKeys(title: "Coop", caseID: "a")]
        #expect(ids(keys, .name) == ["a", "b"])
    }

    @Test("By region: region, then municipality, then title; a fiche without a region comes last")
    func regionThenMunicipality() {
        let keys = [
            FicheSortKeys(title: "A", caseID: "none"),
            FicheSortKeys(title: "B", caseID: "gat", region: "Outaouais", municipality: "Gatineau"),
            FicheSortKeys(title: "C", caseID: "ayl", region: "Outaouais", municipality: "Aylmer"),
            FicheSortKeys(title: "D", caseID: "est", region: "Estrie", municipality: "Sherbrooke"),
            FicheSortKeys(title: "E", caseID: "ayl2", region: "outaouais", municipality: "Aylmer"),
        ]
        #expect(ids(keys, .region) == ["est", "ayl", "ayl2", "gat", "none"])
    }

    @Test("By status: the grid's order of choices, not the labels' alphabetical order, then title")
    func statusInGridOrder() {
        let keys = [
            FicheSortKeys(title: "Zèbre", caseID: "obnl", status: 1),
            FicheSortKeys(title: "Bleu", caseID: "coop2", status: 0),
            FicheSortKeys(title: "Abri", caseID: "coop1", status: 0),
            FicheSortKeys(title: "Aucun", caseID: "none"),
        ]
        #expect(ids(keys, .status) == ["coop1", "coop2", "obnl", "none"])
    }
}
