import Foundation
@testable import Grid
import Testing

/// Header lines read without `JSONDecoder` give exactly what `JSONDecoder` gives, and every
/// unusual line is left to it.
@Suite("Journal headers read without JSONDecoder")
struct JournalHeaderDecoderTests {
    /// A header as the writer writes it.
    static let written = #"{"case":"2026-11-28-1","grid":"territoires-nourriciers","grid_sha256":"ab12","grid_version":1,"interviewer":"Zoé","journal_format":1,"language":"fr","program":"interview 0.1.0","started":"2026-11-28T10:00:00.000Z","uuid":"0a0b"}"#

    private func decoded(_ line: String) throws -> JournalHeader {
        try JSONDecoder().decode(JournalHeader.self, from: Data(line.utf8))
    }

    @Test("The header the writer writes is read as JSONDecoder reads it")
    func writtenHeader() throws {
        let fast = try #require(JournalHeaderDecoder.header(Data(Self.written.utf8)))
        #expect(fast == (try decoded(Self.written)))
        #expect(fast.interviewer == "Zoé" && fast.gridVersion == 1 && fast.language == .fr)
    }

    @Test("A header written by JournalHeader's own encoder is read as JSONDecoder reads it, with and without an interviewer")
    func encodedHeaders() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for interviewer in ["Zoé « \"Q\" » \\ /\n\u{1}😀", nil] {
            let header = JournalHeader(format: 1, caseID: "c-1", uuid: "u", grid: "g", gridVersion: 12, gridSHA256: "s",
                                       interviewer: interviewer, language: .en, program: "p", started: "2026-01-01T00:00:00.000Z")
            let line = try encoder.encode(header)
            #expect(JournalHeaderDecoder.header(line) == header)
            #expect(JournalHeaderDecoder.header(line) == (try JSONDecoder().decode(JournalHeader.self, from: line)))
        }
    }

    @Test("Keys in another order, spaces and a null interviewer are read as JSONDecoder reads them")
    func otherSpellings() throws {
        let line = #"  { "uuid" : "0a0b", "started":"2026-11-28T10:00:00.000Z","program":"p","language":"en","journal_format":1,"interviewer":null,"grid_version":3,"grid_sha256":"ab","grid":"g","case":"c" } "#
        let fast = try #require(JournalHeaderDecoder.header(Data(line.utf8)))
        #expect(fast == (try decoded(line)))
        #expect(fast.interviewer == nil)
    }

    @Test("Unusual headers are left to JSONDecoder: unknown key, missing field, wrong kind, fraction, unknown language, repeated key")
    func unusualHeadersAreLeftToJSONDecoder() {
        let cases = [
            Self.written.replacingOccurrences(of: #""case""#, with: #""extra":1,"case""#),
            Self.written.replacingOccurrences(of: #""program":"interview 0.1.0","#, with: ""),
            Self.written.replacingOccurrences(of: #""grid_version":1"#, with: #""grid_version":"1""#),
            Self.written.replacingOccurrences(of: #""journal_format":1"#, with: #""journal_format":1.0"#),
            Self.written.replacingOccurrences(of: #""language":"fr""#, with: #""language":"de""#),
            Self.written.replacingOccurrences(of: #""uuid":"0a0b""#, with: #""uuid":"0a0b","uuid":"0a0c""#),
            Self.written.replacingOccurrences(of: #""interviewer":"Zoé""#, with: #""interviewer":7"#),
            String(Self.written.dropLast()),
            "[]",
        ]
        for line in cases {
            #expect(JournalHeaderDecoder.header(Data(line.utf8)) == nil, "\(line)")
        }
    }

    @Test("A journal whose header only JSONDecoder reads (an unknown key) still opens")
    func fallbackStillReads() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("c")
        try FileManager.default.createDirectory(atPath: fixture.store.directory, withIntermediateDirectories: true)
        let header = Self.written.replacingOccurrences(of: #""case":"2026-11-28-1""#, with: #""case":"c","note":"ajouté à la main""#)
            .replacingOccurrences(of: #""uuid":"0a0b""#, with: #""uuid":"0a0b0c0d-1e1f-4a4b-8c8d-9e9fa0a1a2a3""#)
            .replacingOccurrences(of: #""grid_sha256":"ab12""#, with: "\"grid_sha256\":\"\(String(repeating: "ab12", count: 16))\"")
        try Data((header + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let journal = try JournalReader.read(path: path)
        #expect(journal.header.caseID == "c")
        #expect(journal.header.interviewer == "Zoé")
    }
}
