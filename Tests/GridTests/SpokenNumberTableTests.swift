import Testing
import Grid

/// Numbers typed as people say them (`6 employés`, `environ 60`, `plus de 200`, `1,5 million`,
/// `300 k$`): the number is the value and the words are kept with it; a number typed plainly
/// keeps none, so it is journaled and exported as before.
@Suite("Numbers as people say them")
struct SpokenNumberTableTests {
    typealias Row = TypedNumberRow

    static let people = "employé·e·s"

    static let french: [Row] = [
        Row(.fr, .integer, "6 employés", .reads(6, said: nil), unit: people),
        Row(.fr, .integer, "6 employé·e·s", .reads(6, said: nil), unit: people),
        Row(.fr, .integer, "1 employée", .reads(1, said: nil), unit: people),
        Row(.fr, .integer, "6 Employés", .reads(6, said: nil), unit: people),
        Row(.fr, .integer, "6 EMPLOYE-E-S", .reads(6, said: nil), unit: people),
        Row(.fr, .integer, "6 employé.e.s", .reads(6, said: nil), unit: people),
        Row(.fr, .integer, "12", .reads(12, said: nil), unit: people),
        Row(.fr, .integer, "6 membres", .reads(6, said: nil), unit: "membres"),
        Row(.fr, .integer, "1 membre", .reads(1, said: nil), unit: "membres"),
        Row(.fr, .integer, "environ 60", .reads(60, said: "environ 60"), unit: people),
        Row(.fr, .integer, "environ 60 employé·e·s", .reads(60, said: "environ 60 employé·e·s"), unit: people),
        Row(.fr, .integer, "60 employés environ", .reads(60, said: "60 employés environ"), unit: people),
        Row(.fr, .integer, "≈ 100", .reads(100, said: "≈ 100")),
        Row(.fr, .integer, "~100", .reads(100, said: "~100")),
        Row(.fr, .integer, "plus de 200", .reads(200, said: "plus de 200"), unit: "membres"),
        Row(.fr, .integer, "Plus de 200 membres", .reads(200, said: "Plus de 200 membres"), unit: "membres"),
        Row(.fr, .integer, "moins de 10", .reads(10, said: "moins de 10")),
        Row(.fr, .integer, "à peu près 30", .reads(30, said: "à peu près 30")),
        Row(.fr, .integer, "200 et plus", .reads(200, said: "200 et plus")),
        Row(.fr, .integer, "200+", .reads(200, said: "200+")),
        Row(.fr, .integer, "vers 1995", .reads(1995, said: "vers 1995")),
        Row(.fr, .integer, "1,5 million", .reads(1_500_000, said: "1,5 million")),
        Row(.fr, .integer, "2 millions", .reads(2_000_000, said: "2 millions")),
        Row(.fr, .money, "1,1 million $", .reads(1_100_000, said: "1,1 million $"), unit: "$"),
        Row(.fr, .money, "1,5 million de dollars", .reads(1_500_000, said: "1,5 million de dollars"), unit: "$"),
        Row(.fr, .money, "300 k$", .reads(300_000, said: "300 k$"), unit: "$"),
        Row(.fr, .money, "300k$", .reads(300_000, said: "300k$"), unit: "$"),
        Row(.fr, .money, "2,5 M$", .reads(2_500_000, said: "2,5 M$"), unit: "$"),
        Row(.fr, .money, "4,50 $", .reads(4.5, said: nil), unit: "$"),
        Row(.fr, .money, "12 000 $ par année", .reads(12_000, said: "12 000 $ par année"), unit: "$"),
        Row(.fr, .money, "environ 12 000 $ par an", .reads(12_000, said: "environ 12 000 $ par an"), unit: "$"),
        Row(.fr, .money, "3 milliards", .reads(3_000_000_000, said: "3 milliards"), unit: "$"),
        Row(.fr, .percent, "environ 40 %", .reads(40, said: "environ 40 %")),
        Row(.fr, .percent, "40 pour cent", .reads(40, said: nil)),
        Row(.fr, .integer, "2,5", .refused("« 2,5 » n'est pas un nombre entier")),
        Row(.fr, .integer, "environ 2,5", .refused("n'est pas un nombre entier")),
        Row(.fr, .integer, "1,5 million", .reads(1_500_000, said: "1,5 million"), unit: people),
        // Words of the respondent's own after the number are kept as said (two words or more, or
        // a parenthesis); a lone word is read as a unit, and a wrong one is refused.
        Row(.fr, .integer, "40 à temps plein et à temps partiel", .reads(40, said: "40 à temps plein et à temps partiel"), unit: people),
        Row(.fr, .integer, "1000 pour la popote roulante", .reads(1000, said: "1000 pour la popote roulante"), unit: "bénévoles"),
        Row(.fr, .integer, "135 (16 en 2020)", .reads(135, said: "135 (16 en 2020)"), unit: "bénévoles"),
        Row(.fr, .integer, "238 membres en 2020", .reads(238, said: "238 membres en 2020"), unit: "membres"),
        Row(.fr, .integer, "6 travailleur·euse·s régulier·ère·s", .reads(6, said: "6 travailleur·euse·s régulier·ère·s"), unit: people),
        Row(.fr, .money, "1,5 million (en 2020)", .reads(1_500_000, said: "1,5 million (en 2020)"), unit: "$"),
        Row(.fr, .money, "2 millions de dollars en 2021", .reads(2_000_000, said: "2 millions de dollars en 2021"), unit: "$"),
        Row(.fr, .money, "300 k$ (2020)", .reads(300_000, said: "300 k$ (2020)"), unit: "$"),
        Row(.fr, .integer, "1 573 345 selon le rapport annuel", .reads(1_573_345, said: "1 573 345 selon le rapport annuel")),
        Row(.fr, .integer, "40 bénévoles", .refused("n'est pas un nombre : tapez par exemple 1 500, environ 60 ou plus de 200."), unit: people),
        Row(.fr, .integer, "quarante", .refused("n'est pas un nombre : tapez par exemple 1 500, environ 60 ou plus de 200.")),
        Row(.fr, .integer, "plus de deux cents", .refused("n'est pas un nombre")),
        Row(.fr, .integer, "entre 10 et 20", .refused("n'est pas un nombre")),
        Row(.fr, .integer, "environ", .refused("n'est pas un nombre")),
        Row(.fr, .integer, "overt 200", .refused("n'est pas un nombre")),
        Row(.fr, .integer, "10 000 000 000 millions", .refused("est trop grand pour être gardé exactement")),
        Row(.fr, .integer, "environ 1 50", .refused("espacement ambigu ; tapez 150 (")),
        Row(.fr, .integer, "300 m", .refused("n'est pas un nombre")),
        Row(.fr, .decimal, "abc", .refused("tapez par exemple 1 500, 2,5 ou environ 60.")),
        Row(.fr, .percent, "beaucoup", .refused("tapez par exemple 40 %, 12,5 % ou environ 30 %.")),
        Row(.fr, .money, "cher", .refused("tapez par exemple 1 500 $, 4,50 $ ou 1,5 million $."), unit: "$"),
        Row(.fr, .money, "cher", .refused("tapez par exemple 1 500 €, 4,50 € ou 1,5 million €."), unit: "€"),
        Row(.fr, .money, "par année", .refused("n'est pas un nombre"), unit: "$"),
    ]

    static let english: [Row] = [
        Row(.en, .integer, "6 employees", .reads(6, said: nil), unit: "employees"),
        Row(.en, .integer, "1 employee", .reads(1, said: nil), unit: "employees"),
        Row(.en, .integer, "6 employés", .reads(6, said: nil), unit: people),
        Row(.en, .integer, "about 60", .reads(60, said: "about 60")),
        Row(.en, .integer, "over 200", .reads(200, said: "over 200")),
        Row(.en, .integer, "more than 200 members", .reads(200, said: "more than 200 members"), unit: "members"),
        Row(.en, .integer, "under 10", .reads(10, said: "under 10")),
        Row(.en, .integer, "1.5 million", .reads(1_500_000, said: "1.5 million")),
        Row(.en, .integer, "2 billion", .reads(2_000_000_000, said: "2 billion")),
        Row(.en, .money, "300k", .reads(300_000, said: "300k"), unit: "$"),
        Row(.en, .money, "$300k", .reads(300_000, said: "$300k"), unit: "$"),
        Row(.en, .money, "about $1,500 a year", .reads(1500, said: "about $1,500 a year"), unit: "$"),
        Row(.en, .money, "4.50 $", .reads(4.5, said: nil), unit: "$"),
        Row(.en, .integer, "about 2,5", .refused("ambiguous comma; type 25 (")),
        Row(.en, .decimal, "2,5 million", .refused("ambiguous comma; type 2500000 or 25000000 (a comma")),
        Row(.en, .integer, "2.5", .refused("'2.5' is not a whole number")),
        Row(.en, .integer, "many", .refused("is not a number: type for example 1,500, about 60 or over 200.")),
        Row(.en, .decimal, "a lot", .refused("is not a number: type for example 1,500, 2.5 or about 60.")),
        Row(.en, .percent, "most", .refused("is not a number: type for example 40%, 12.5% or about 30%.")),
        Row(.en, .money, "a lot", .refused("is not a number: type for example 1,500 $, 4.50 $ or 1.5 million $."), unit: "$"),
    ]

    @Test("Numbers said in a French grid", arguments: french)
    func frenchGrid(row: Row) {
        check(row)
    }

    @Test("Numbers said in an English grid", arguments: english)
    func englishGrid(row: Row) {
        check(row)
    }

    private func check(_ row: Row) {
        var question = Question(id: "nombre", text: "Combien?", type: row.type)
        question.unit = row.unit
        let result = AnswerParser(language: row.language).read(row.typed, for: question)
        switch (row.expected, result) {
        case (.reads(let value, let said), .success(let answer)):
            #expect(answer == TypedAnswer(.number(value), said: said))
        case (.refused(let text), .failure(let error)):
            let message = error.message(in: row.language)
            #expect(message.contains(text), "\(message)")
        default:
            Issue.record("«\(row.typed)» gave \(result), expected \(row.expected)")
        }
    }
}
