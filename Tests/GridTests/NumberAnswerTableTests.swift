import Testing
import Grid

/// What typing a number gives: a comma or a space either groups thousands by three or marks the
/// decimals of the grid's language; anything else is refused as ambiguous, never read as
/// another number, and so is a number a double would not keep exactly.
@Suite("Typed numbers: ambiguous ones are refused, valid ones read as typed")
struct NumberAnswerTableTests {
    typealias Row = TypedNumberRow

    static let english: [Row] = [
        Row(.en, .integer, "1,500", .reads(1500)),
        Row(.en, .integer, "12,500,000", .reads(12_500_000)),
        Row(.en, .integer, "1 500", .reads(1500)),
        Row(.en, .integer, "1\u{00A0}500\u{00A0}000", .reads(1_500_000)),
        Row(.en, .integer, "-1,500", .reads(-1500)),
        Row(.en, .integer, "9007199254740992", .reads(9_007_199_254_740_992)),
        Row(.en, .integer, "9,007,199,254,740,992", .reads(9_007_199_254_740_992)),
        Row(.en, .integer, "1,500 employé·e·s", .reads(1500), unit: "employé·e·s"),
        Row(.en, .integer, "40 employé·e·s", .reads(40), unit: "employé·e·s"),
        Row(.en, .integer, "1,5", .refused("'1,5': ambiguous comma; type 15 (a comma only separates thousands")),
        Row(.en, .integer, "1,2,3", .refused("'1,2,3': ambiguous comma; type 123 (")),
        Row(.en, .integer, "0,500", .refused("ambiguous comma; type 500 (")),
        Row(.en, .integer, "1,500,00", .refused("ambiguous comma; type 150000 (")),
        Row(.en, .integer, "1,50 employé·e·s", .refused("'1,50 employé·e·s': ambiguous comma; type 150 ("), unit: "employé·e·s"),
        Row(.en, .integer, "1 50", .refused("'1 50': ambiguous spacing; type 150 (a space only separates thousands")),
        Row(.en, .integer, "1,500 000", .refused("ambiguous comma; type 1500000 (")),
        Row(.en, .integer, "9007199254740993", .refused("'9007199254740993' is too large to be kept exactly")),
        Row(.en, .integer, "99999999999999999999999", .refused("is too large to be kept exactly")),
        Row(.en, .integer, "-9,007,199,254,740,993", .refused("is too large to be kept exactly")),
        Row(.en, .decimal, "2,5", .refused("'2,5': ambiguous comma; type 2.5 or 25 (a comma only separates thousands, in groups of three digits: 1,500).")),
        Row(.en, .decimal, "1,5000", .refused("ambiguous comma; type 1.5 or 15000 (")),
        Row(.en, .decimal, ",5", .refused("ambiguous comma; type 0.5 or 5 (")),
        Row(.en, .decimal, "1,50.5", .refused("ambiguous comma; type 150.5 (")),
        Row(.en, .decimal, "1 50.5", .refused("ambiguous spacing; type 150.5 (")),
        Row(.en, .decimal, "2.5", .reads(2.5)),
        Row(.en, .decimal, ".5", .reads(0.5)),
        Row(.en, .decimal, "1,500.25", .reads(1500.25)),
        Row(.en, .decimal, "1 500.25", .reads(1500.25)),
        Row(.en, .decimal, "0.30000000000000004", .reads(0.30000000000000004)),
        Row(.en, .decimal, "0.1234567890123456789", .refused("has too many digits to be kept exactly")),
        Row(.en, .decimal, "9007199254740992.5", .refused("has too many digits to be kept exactly")),
        Row(.en, .decimal, "9007199254740993.0", .refused("is too large to be kept exactly")),
        Row(.en, .decimal, "1.2.3", .refused("is not a number")),
        Row(.en, .decimal, "1e5", .refused("is not a number")),
        Row(.en, .percent, "12,5 %", .refused("'12,5 %': ambiguous comma; type 12.5 or 125 (")),
        Row(.en, .percent, "12.5 %", .reads(12.5)),
        Row(.en, .percent, "40%", .reads(40)),
        Row(.en, .money, "$1,500.50", .reads(1500.5)),
        Row(.en, .money, "-$1,500", .reads(-1500)),
        Row(.en, .money, "1,500 $", .reads(1500), unit: "$"),
        Row(.en, .money, "$2,5", .refused("'$2,5': ambiguous comma; type 2.5 or 25 (")),
        Row(.en, .money, "12345678901234567.5 $", .refused("is too large to be kept exactly"), unit: "$"),
    ]

    static let french: [Row] = [
        Row(.fr, .integer, "1 500", .reads(1500)),
        Row(.fr, .integer, "1\u{00A0}500", .reads(1500)),
        Row(.fr, .integer, "1\u{202F}500\u{202F}000", .reads(1_500_000)),
        Row(.fr, .integer, "1 500 employé·e·s", .reads(1500), unit: "employé·e·s"),
        Row(.fr, .integer, "40 employé·e·s", .reads(40), unit: "employé·e·s"),
        Row(.fr, .integer, "1 50", .refused("« 1 50 » : espacement ambigu ; tapez 150 (une espace ne sépare que les milliers, par groupes de trois chiffres : 1 500).")),
        Row(.fr, .integer, "1 5000 employé·e·s", .refused("espacement ambigu ; tapez 15000 ("), unit: "employé·e·s"),
        Row(.fr, .integer, "0 500", .refused("espacement ambigu ; tapez 500 (")),
        Row(.fr, .integer, "1  500", .refused("espacement ambigu ; tapez 1500 (")),
        Row(.fr, .integer, "1,5", .refused("« 1,5 » n'est pas un nombre entier")),
        Row(.fr, .integer, "9 007 199 254 740 993", .refused("est trop grand pour être gardé exactement : tapez un nombre entre")),
        Row(.fr, .decimal, "1,5", .reads(1.5)),
        Row(.fr, .decimal, "2.5", .reads(2.5)),
        Row(.fr, .decimal, "1,500", .reads(1.5)),
        Row(.fr, .decimal, "1 500,25", .reads(1500.25)),
        Row(.fr, .decimal, "1 500.25", .reads(1500.25)),
        Row(.fr, .decimal, "12 50,5", .refused("« 12 50,5 » : espacement ambigu ; tapez 1250,5 (")),
        Row(.fr, .decimal, "1,5,3", .refused("n'est pas un nombre")),
        Row(.fr, .decimal, "1.500,5", .refused("n'est pas un nombre")),
        Row(.fr, .decimal, "0,1234567890123456789", .refused("a trop de chiffres pour être gardé exactement : tapez au plus 15 chiffres significatifs")),
        Row(.fr, .percent, "12,5 %", .reads(12.5)),
        Row(.fr, .percent, "12,5\u{00A0}%", .reads(12.5)),
        Row(.fr, .percent, "40 %", .reads(40)),
        Row(.fr, .money, "5 000 000 $", .reads(5_000_000), unit: "$"),
        Row(.fr, .money, "1 500,50 $", .reads(1500.5), unit: "$"),
        Row(.fr, .money, "1,500 $", .reads(1.5), unit: "$"),
        Row(.fr, .money, "-1 500 $", .reads(-1500), unit: "$"),
        Row(.fr, .money, "1 50 $", .refused("espacement ambigu ; tapez 150 ("), unit: "$"),
    ]

    @Test("Numbers typed in an English grid", arguments: english)
    func englishGrid(row: Row) {
        check(row)
    }

    @Test("Numbers typed in a French grid", arguments: french)
    func frenchGrid(row: Row) {
        check(row)
    }

    @Test("An ambiguous comma in an English grid is explained in French when the interview is in French")
    func ambiguousCommaInFrench() throws {
        let result = AnswerParser(language: .en).parse("2,5", for: Self.question(.decimal, unit: nil))
        guard case .failure(let error) = result else {
            Issue.record("2,5 was read as \(result)")
            return
        }
        #expect(error.message(in: .fr) == "« 2,5 » : virgule ambiguë ; tapez 2.5 ou 25 (une virgule ne sépare que les milliers, par groupes de trois chiffres : 1,500).")
    }

    @Test("A number too large to keep exactly says the limit in the interview's language")
    func tooLargeSaysTheLimit() throws {
        let result = AnswerParser(language: .fr).parse("99999999999999999999999", for: Self.question(.integer, unit: nil))
        guard case .failure(let error) = result else {
            Issue.record("read as \(result)")
            return
        }
        #expect(error.message(in: .fr) == "« 99999999999999999999999 » est trop grand pour être gardé exactement : tapez un nombre entre -9\u{00A0}007\u{00A0}199\u{00A0}254\u{00A0}740\u{00A0}992 et 9\u{00A0}007\u{00A0}199\u{00A0}254\u{00A0}740\u{00A0}992.")
        #expect(error.message(in: .en) == "'99999999999999999999999' is too large to be kept exactly: type a number between -9,007,199,254,740,992 and 9,007,199,254,740,992.")
    }

    private func check(_ row: Row) {
        let result = AnswerParser(language: row.language).parse(row.typed, for: Self.question(row.type, unit: row.unit))
        switch (row.expected, result) {
        case (.reads(let value, _), .success(let answer)):
            #expect(answer == .number(value))
        case (.refused(let text), .failure(let error)):
            let message = error.message(in: row.language)
            #expect(message.contains(text), "\(message)")
        default:
            Issue.record("«\(row.typed)» gave \(result), expected \(row.expected)")
        }
    }

    private static func question(_ type: QuestionType, unit: String?) -> Question {
        var question = Question(id: "nombre", text: "Combien?", type: type)
        question.unit = unit
        return question
    }
}
