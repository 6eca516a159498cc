import Grid
import Testing

/// How typed text becomes a typed answer (`AnswerParser`), and how an answer is put back in the
/// edit line (`AnswerText`) so that it reads back the same. Sessions are tested in
/// `SessionAnswerTypesTests` (InterviewTests).
@Suite("Answer types")
struct AnswerParserTests {
    let loaded: LoadedGrid
    let fr = AnswerParser(language: .fr)

    init() throws {
        loaded = try AnswerGrids.essai()
    }

    func question(_ id: String) -> Question {
        loaded.grid.question(id: id)!
    }

    // MARK: - Numbers

    @Test("French numbers take a decimal comma or point, and spaces, no-break or thin spaces between thousands",
          arguments: [("1,5", 1.5), ("1.5", 1.5), ("1 500", 1500), ("1\u{00A0}500,25", 1500.25), ("1\u{202F}500", 1500),
                      ("  2,25 ", 2.25), ("-3,5", -3.5), ("0", 0)])
    func frenchDecimals(typed: String, expected: Double) {
        #expect(fr.parse(typed, for: question("taille")) == .success(.number(expected)))
    }

    @Test("an integer takes the question's unit typed after it", arguments: [
        ("40 employé·e·s", 40.0), ("40employé·e·s", 40), ("40 EMPLOYÉ·E·S", 40), ("1 500 employé·e·s", 1500), ("40", 40),
    ])
    func integerWithUnit(typed: String, expected: Double) {
        #expect(question("employes").unit == "employé·e·s")
        #expect(fr.parse(typed, for: question("employes")) == .success(.number(expected)))
    }

    @Test("an integer refuses a fraction and words that are not its unit")
    func integerRefusals() {
        #expect(fr.parse("2,5", for: question("employes")) == .failure(.notAWholeNumber("2,5")))
        #expect(fr.parse("40 bénévoles", for: question("employes")) == .failure(.notANumber("40 bénévoles", .whole)))
        #expect(fr.parse("quarante", for: question("employes")) == .failure(.notANumber("quarante", .whole)))
    }

    @Test("a percent is stored as the number before the sign", arguments: [("40 %", 40.0), ("40%", 40), ("12,5 %", 12.5)])
    func percent(typed: String, expected: Double) {
        #expect(fr.parse(typed, for: question("part")) == .success(.number(expected)))
    }

    @Test("money takes a dollar sign before or after the amount", arguments: [
        ("5 000 000 $", 5_000_000.0), ("5 000 000$", 5_000_000), ("$ 1 200", 1200), ("1 200,50 $", 1200.5), ("300 €", 300),
    ])
    func money(typed: String, expected: Double) {
        #expect(fr.parse(typed, for: question("budget")) == .success(.number(expected)))
    }

    @Test("text that is not a number says so", arguments: ["abc", "1,5,5", "1.500,5", "12 pommes", "--1", "."])
    func notANumber(typed: String) {
        #expect(fr.parse(typed, for: question("taille")) == .failure(.notANumber(typed, .decimal)))
    }

    @Test("English numbers take commas between thousands and a decimal point", arguments: [
        ("1,500.5", 1500.5), ("1 500.5", 1500.5), ("2.5", 2.5), ("1,000,000", 1_000_000),
    ])
    func englishNumbers(typed: String, expected: Double) throws {
        let english = try AnswerGrids.english()
        let amount = try #require(english.grid.question(id: "amount"))
        #expect(AnswerParser(language: .en).parse(typed, for: amount) == .success(.number(expected)))
    }

    @Test("NumberText reads what people type and writes French numbers with no-break spaces")
    func numberText() {
        #expect(NumberText.parse("1\u{00A0}500,25", language: .fr, unit: nil) == 1500.25)
        #expect(NumberText.parse("40 employé·e·s", language: .fr, unit: "employé·e·s") == 40)
        #expect(NumberText.parse("40 employé·e·s", language: .fr, unit: nil) == nil)
        #expect(NumberText.format(5_000_000, .fr) == "5\u{00A0}000\u{00A0}000")
        #expect(NumberText.format(1500.25, .fr) == "1\u{00A0}500,25")
        #expect(NumberText.format(1500.25, .en) == "1,500.25")
        #expect(NumberText.plain(1.5, .fr) == "1,5")
        #expect(NumberText.plain(1995, .fr) == "1995")
    }

    @Test("a number put back in the edit line is read back as the same number",
          arguments: [1.5, 1500.25, 5_000_000, 40, -3.5, 0.25, 123_456.75])
    func editableNumbersRoundTrip(value: Double) {
        let text = AnswerText(language: .fr).editable(.number(value), for: question("taille"))
        #expect(fr.parse(text, for: question("taille")) == .success(.number(value)))
    }

    @Test("every answer put back in the edit line by /retour is read back as the same answer")
    func editableAnswersRoundTrip() {
        let text = AnswerText(language: .fr)
        let rankItems = ["Bénévoles", "Local"]
        for (id, value) in AnswerGrids.essaiValues where id != "facteurs" {
            let typed = text.editable(value, for: question(id), rankItems: rankItems)
            #expect(fr.parse(typed, for: question(id), rankItems: rankItems) == .success(value), "\(id): \(typed)")
        }
        #expect(text.editable(.bool(false), for: question("solidaire")) == "non")
        #expect(text.editable(.text("obnl"), for: question("statut")) == "OBNL")
        #expect(text.editable(.list(["production", "distribution"]), for: question("roles")) == "1 3")
        #expect(text.editable(.list(["Local", "Bénévoles"]), for: question("classement"), rankItems: rankItems) == "2 1")
        #expect(text.editable(.list(["Local", "Disparu"]), for: question("classement"), rankItems: rankItems) == "2")
    }

    @Test("a very small decimal put back in the edit line is read back as the same number")
    func editableSmallDecimalRoundTrips() {
        let text = AnswerText(language: .fr).editable(.number(0.00001), for: question("taille"))
        #expect(fr.parse(text, for: question("taille")) == .success(.number(0.00001)))
    }

    @Test("a number with more than six decimals is not shown with a bare decimal comma")
    func formatManyDecimals() {
        #expect(!NumberText.format(0.9999999, .fr).hasSuffix(","))
        #expect(!NumberText.format(1.0000001, .fr).hasSuffix(","))
    }

    // MARK: - Dates, choices, yes/no

    @Test("a date is YYYY-MM-DD and must exist", arguments: [
        ("2021-07-01", true), ("2020-02-29", true), ("2000-02-29", true), ("2021-02-30", false), ("2019-02-29", false),
        ("1900-02-29", false), ("2021-13-01", false), ("2021-7-1", false), ("01/07/2021", false), ("2021-00-10", false),
    ])
    func dates(typed: String, valid: Bool) {
        let expected: Result<AnswerValue, AnswerError> = valid ? .success(.text(typed)) : .failure(.notADate(typed))
        #expect(fr.parse(typed, for: question("fondation")) == expected)
    }

    @Test("a choice is typed by its number or its label, without accents or case", arguments: [
        ("1", "coop"), ("2", "obnl"), ("3", "privee"), ("Coopérative", "coop"), ("cooperative", "coop"),
        ("COOPERATIVE", "coop"), ("entreprise PRIVEE", "privee"), ("obnl", "obnl"), (" 2 ", "obnl"),
    ])
    func choices(typed: String, id: String) {
        #expect(fr.parse(typed, for: question("statut")) == .success(.text(id)))
    }

    @Test("a choice outside the list says how many there are", arguments: ["0", "4", "coopé", "Coopérative privée"])
    func unknownChoice(typed: String) {
        #expect(fr.parse(typed, for: question("statut")) == .failure(.unknownChoice(typed, count: 3)))
    }

    @Test("a multichoice takes numbers separated by commas or spaces, in the order typed", arguments: [
        ("1, 3", ["production", "distribution"]), ("1 3", ["production", "distribution"]), ("1,3", ["production", "distribution"]),
        ("3 1", ["distribution", "production"]), ("1 1 2", ["production", "transformation"]), ("production", ["production"]),
    ])
    func multichoice(typed: String, ids: [String]) {
        #expect(fr.parse(typed, for: question("roles")) == .success(.list(ids)))
    }

    @Test("a multichoice refuses a number outside the list")
    func multichoiceRefusal() {
        #expect(fr.parse("1 4", for: question("roles")) == .failure(.unknownChoice("4", count: 3)))
    }

    @Test("yes and no are typed in French or English, any case", arguments: [
        ("o", true), ("oui", true), ("OUI", true), ("Oui", true), ("yes", true), ("y", true), ("Y", true),
        ("n", false), ("non", false), ("NON", false), ("no", false), ("No", false),
    ])
    func yesNo(typed: String, value: Bool) {
        #expect(fr.parse(typed, for: question("solidaire")) == .success(.bool(value)))
    }

    @Test("anything else is not a yes or a no", arguments: ["peut-être", "ouais", "1", "nn"])
    func notYesNo(typed: String) {
        #expect(fr.parse(typed, for: question("solidaire")) == .failure(.notYesNo(typed)))
    }

    // MARK: - Ranks

    let items = ["Bénévoles", "Local", "Serre"]

    @Test("a rank gives the items' texts in the order their numbers were typed")
    func rank() {
        #expect(fr.parse("2 1", for: question("classement"), rankItems: items) == .success(.list(["Local", "Bénévoles"])))
        #expect(fr.parse("3,1", for: question("classement"), rankItems: items) == .success(.list(["Serre", "Bénévoles"])))
        #expect(fr.parse("2", for: question("classement"), rankItems: items) == .success(.list(["Local"])))
    }

    @Test("a rank refuses duplicates, numbers outside the list, more than its count, and words")
    func rankRefusals() {
        let classement = question("classement")
        #expect(classement.count == 2)
        #expect(fr.parse("1 1", for: classement, rankItems: items) == .failure(.rankDuplicate(1)))
        #expect(fr.parse("4", for: classement, rankItems: items) == .failure(.rankOutOfRange(4, count: 3)))
        #expect(fr.parse("0 1", for: classement, rankItems: items) == .failure(.rankOutOfRange(0, count: 3)))
        #expect(fr.parse("1 2 3", for: classement, rankItems: items) == .failure(.rankTooMany(allowed: 2)))
        #expect(fr.parse("Local", for: classement, rankItems: items) == .failure(.rankNotNumbers("Local")))
    }

    @Test("a rank needs at least one number")
    func rankNeedsOneNumber() {
        #expect(fr.parse(",", for: question("classement"), rankItems: items) == .failure(.rankNotNumbers(",")))
    }

    @Test("a multichoice needs at least one choice")
    func multichoiceNeedsOneChoice() {
        #expect(fr.parse(", ;", for: question("roles")) != .success(.list([])))
    }

    // MARK: - Text

    @Test("an empty or blank line is no answer")
    func empty() {
        #expect(fr.parse("", for: question("nom")) == .failure(.empty))
        #expect(fr.parse("   ", for: question("nom")) == .failure(.empty))
        #expect(fr.parse("\u{00A0}", for: question("nom")) == .failure(.empty))
    }

    @Test("text is stored normalised to NFC, trimmed, otherwise as typed")
    func text() {
        #expect(fr.parse("  Cafe\u{0301} « bio » ", for: question("nom")) == .success(.text("Café « bio »")))
        #expect(fr.parse("\u{1B}[31mrouge\u{07} 🍎🏳️‍🌈", for: question("nom")) == .success(.text("\u{1B}[31mrouge\u{07} 🍎🏳️‍🌈")))
    }
}
