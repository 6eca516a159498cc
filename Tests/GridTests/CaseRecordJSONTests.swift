import Foundation
import Testing
@testable import Grid

/// The hand-written JSON of case records is byte for byte what `JSONEncoder` writes with sorted
/// keys and unescaped slashes, compact and pretty, so the exported files did not change when the
/// encoder was replaced for speed.
@Suite("Case record JSON")
struct CaseRecordJSONTests {
    /// What `JSONEncoder` writes for a record.
    private func encoded(_ record: CaseRecord, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(record), as: UTF8.self)
    }

    @Test("A record with every kind of value is written as JSONEncoder writes it, compact and pretty")
    func everyKind() throws {
        let record = RecordSamples.everyKind
        #expect(record.jsonText(pretty: false) == (try encoded(record, pretty: false)))
        #expect(record.jsonText(pretty: true) == (try encoded(record, pretty: true)))
    }

    @Test("Quotes, backslashes, slashes, control and non-ASCII characters are escaped as JSONEncoder escapes them")
    func escapes() throws {
        var record = RecordSamples.everyKind
        record.caseID = "\"\\/\u{0}\u{1}\u{8}\u{9}\u{a}\u{c}\u{d}\u{1b}\u{1f} \u{7f}\u{85}\u{2028}é😀\r\n"
        #expect(record.jsonText(pretty: false) == (try encoded(record, pretty: false)))
        #expect(record.jsonText(pretty: false).contains(#""case":"\"\\/\u0000\u0001\b\t\n\f\r\u001b\u001f "#))
    }

    @Test("Numbers are written as JSONEncoder writes them: whole values without a decimal point")
    func numbers() throws {
        for number in [0, -0.0, 1, -3, 1.5, 0.1, 0.30000000000000004, 1e-7, 5_000_000, 999_999_999_999_999, 1e15, 9e15, 1e16, 1.5e300, -2.25] {
            var record = RecordSamples.everyKind
            record.interview.totalSeconds = number
            record.sections[0].questions[0].value = .number(number)
            record.sections[0].questions[0].seconds = number
            #expect(record.jsonText(pretty: false) == (try encoded(record, pretty: false)), "\(number)")
        }
    }

    @Test("Empty sections, notes and lists are written as JSONEncoder writes them")
    func emptyContainers() throws {
        var record = RecordSamples.everyKind
        record.sections[0].questions = []
        record.notes = []
        record.sections[1].questions[0].value = .list([])
        #expect(record.jsonText(pretty: true) == (try encoded(record, pretty: true)))
        #expect(record.jsonText(pretty: false) == (try encoded(record, pretty: false)))
    }

    @Test("Two hundred random records are written as JSONEncoder writes them")
    func randomRecords() throws {
        var random = SplitMix64(seed: 0xC0FF_EE20_2611_28)
        for index in 0..<200 {
            let record = RecordSamples.random(using: &random)
            let pretty = index.isMultiple(of: 2)
            #expect(record.jsonText(pretty: pretty) == (try encoded(record, pretty: pretty)), "record \(index)")
        }
    }

    @Test("The JSON reads back and is written again the same (a rank reads back as a list)")
    func roundTrip() throws {
        let text = RecordSamples.everyKind.jsonText(pretty: true)
        let decoded = try JSONDecoder().decode(CaseRecord.self, from: Data(text.utf8))
        #expect(decoded.jsonText(pretty: true) == text)
    }
}
