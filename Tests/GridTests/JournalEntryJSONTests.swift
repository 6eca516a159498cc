import Foundation
@testable import Grid
import Testing

/// Journal lines are written by hand, byte for byte as `JSONEncoder` wrote them before, so
/// journals written by this version and earlier ones look the same.
@Suite("Journal lines written without JSONEncoder")
struct JournalEntryJSONTests {
    @Test("Thousands of random entries of every kind are written exactly as JSONEncoder writes them")
    func randomEntriesAreWrittenLikeJSONEncoder() throws {
        var random = SplitMix64(seed: 0x11E5_2026)
        let encoder = JournalLineDecoderTests.writerEncoder()
        for round in 0..<6_000 {
            let entry = JournalLineDecoderTests.randomEntry(&random, kind: round % JournalLineDecoderTests.kindCount)
            let expected = try encoder.encode(entry)
            let line = try #require(entry.jsonLine)
            #expect(line == Array(expected), "\(String(decoding: expected, as: UTF8.self))")
        }
    }

    @Test("Headers, with and without an interviewer and with characters to escape, are written exactly as JSONEncoder writes them")
    func headersAreWrittenLikeJSONEncoder() throws {
        let encoder = JournalLineDecoderTests.writerEncoder()
        for interviewer in ["Zoé « \"Q\" » \\ /\n\u{1}😀", nil] {
            var header = JournalFixture.header("c-1")
            header.interviewer = interviewer
            #expect(header.jsonLine == Array(try encoder.encode(header)))
        }
    }

    @Test("An answer with a number JSON cannot hold is not written, and the writer says so")
    func nonFiniteNumberIsRefused() throws {
        #expect(JournalEntry(.answer(question: "q", value: .number(.infinity), seconds: 1)).jsonLine == nil)
        let fixture = try JournalFixture()
        let writer = try JournalWriter.create(store: fixture.store, header: JournalFixture.header("c"))
        defer { writer.close() }
        let before = fixture.bytes(try fixture.path("c"))
        #expect(throws: JournalError.self) {
            try writer.append(JournalFixture.entry(.answer(question: "q1", value: .number(.nan), seconds: 1)))
        }
        #expect(fixture.bytes(try fixture.path("c")) == before)
    }
}
