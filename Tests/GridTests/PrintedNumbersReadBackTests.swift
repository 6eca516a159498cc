import Foundation
import Grid
import PropertyBased
import Testing

/// Whatever number the tool prints — in a fiche, a review, the edit line after `/retour`, a
/// message — reads back as the same number when typed in a grid of the same language.
@Suite("Every number the tool prints reads back to itself")
struct PrintedNumbersReadBackTests {
    /// 2^53: up to it a double holds every whole number, and the parser accepts them all.
    static let limit: Int64 = 1 << 53

    @Test("Whole numbers up to 2^53, grouped or plain, in French and in English")
    func wholeNumbers() async {
        await propertyCheck(count: 2_000, input: Gen.int64(in: -Self.limit...Self.limit), Gen<Language>.case) { whole, language in
            Self.expectReadsBack(Double(whole), language)
        }
    }

    @Test("Decimals with up to 12 decimal places, grouped or plain, in French and in English")
    func decimals() async {
        let places = Gen.int(in: 0...12)
        await propertyCheck(count: 2_000, input: Gen.int64(in: -Self.limit...Self.limit), places, Gen<Language>.case) { digits, places, language in
            Self.expectReadsBack(Double(digits) / pow(10, Double(places)), language)
        }
    }

    @Test("Any double within 2^53 of zero, grouped or plain, in French and in English")
    func anyDouble() async {
        let bound = Double(Self.limit)
        await propertyCheck(count: 2_000, input: Gen.double(in: -bound...bound), Gen<Language>.case) { value, language in
            Self.expectReadsBack(value, language)
        }
    }

    @Test("Small magnitudes, down to 10^-20, in French and in English")
    func smallMagnitudes() async {
        await propertyCheck(count: 1_000, input: Gen.double(in: -1...1), Gen.int(in: 1...20), Gen<Language>.case) { mantissa, exponent, language in
            Self.expectReadsBack(mantissa * pow(10, -Double(exponent)), language)
        }
    }

    @Test("An answer shown with its unit ($, %, employé·e·s) reads back as the same answer")
    func answersWithUnits() async {
        let units: [(QuestionType, String?)] = [(.money, "$"), (.percent, nil), (.decimal, "employé·e·s"), (.integer, "employé·e·s")]
        let places = Gen.int(in: 0...6)
        await propertyCheck(count: 2_000, input: Gen.int64(in: -Self.limit...Self.limit), places, Gen.int(in: 0...3), Gen<Language>.case) {
            digits, places, kind, language in
            let (type, unit) = units[kind]
            var question = Question(id: "q", text: "Combien?", type: type)
            question.unit = unit
            let value = type == .integer ? Double(digits) : Double(digits) / pow(10, Double(places))
            let text = AnswerText(language: language)
            let parser = AnswerParser(language: language)
            for shown in [text.display(.number(value), for: question), text.editable(.number(value), for: question)] {
                #expect(parser.parse(shown, for: question) == .success(.number(value)), "\(language) \(type): «\(shown)»")
            }
        }
    }

    /// Both ways of printing `value` read back to it.
    private static func expectReadsBack(_ value: Double, _ language: Language) {
        for printed in [NumberText.format(value, language), NumberText.plain(value, language)] {
            let read = NumberText.parse(printed, language: language, unit: nil)
            #expect(read == value, "\(language): \(value) printed «\(printed)» read \(String(describing: read))")
        }
    }
}
