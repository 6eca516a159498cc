import Foundation
@testable import Grid
import Testing

/// Every object the hand-written JSON writers write has its keys in strictly increasing byte
/// order, as `JSONEncoder`'s `.sortedKeys` puts them; every key those writers name is seen here;
/// and a key out of order stops a debug build, so no test run lets one through.
@Suite("JSON keys in byte order")
struct JSONKeyOrderTests {
    /// Every key seen in the outputs checked below, across tests of this suite.
    private static func keys(of outputs: [[UInt8]]) -> Set<String> {
        Set(outputs.flatMap { JSONObjectKeys.of($0).joined().map { String(decoding: $0, as: UTF8.self) } })
    }

    /// Records an issue for each object of `bytes` whose keys do not strictly increase.
    private func expectSorted(_ bytes: [UInt8], _ comment: Comment) {
        let objects = JSONObjectKeys.of(bytes)
        #expect(!objects.isEmpty, comment)
        for keys in objects where !zip(keys, keys.dropFirst()).allSatisfy({ $0.lexicographicallyPrecedes($1) }) {
            Issue.record("keys out of order: \(keys.map { String(decoding: $0, as: UTF8.self) }); \(comment)")
        }
    }

    /// Case records with every kind of value, with consent (given and not answered) and random ones,
    /// compact and pretty.
    private static var records: [[UInt8]] {
        var random = SplitMix64(seed: 0x50_27ED_2026)
        var consented = RecordSamples.everyKind
        consented.consent = RecordConsent(interview: true, publication: nil)
        let samples = [RecordSamples.everyKind, consented] + (0..<200).map { _ in RecordSamples.random(using: &random) }
        return samples.flatMap { [Array($0.jsonText(pretty: false).utf8), Array($0.jsonText(pretty: true).utf8)] }
    }

    /// Journal lines of every event kind, many of each.
    private static var entries: [[UInt8]] {
        var random = SplitMix64(seed: 0x50_27ED_11E5)
        return (0..<(50 * JournalLineDecoderTests.kindCount)).compactMap {
            JournalLineDecoderTests.randomEntry(&random, kind: $0 % JournalLineDecoderTests.kindCount).jsonLine
        }
    }

    /// Journal headers with and without an interviewer.
    private static var headers: [[UInt8]] {
        ["Zoé", nil].map { interviewer in
            var header = JournalFixture.header("c-1")
            header.interviewer = interviewer
            return header.jsonLine
        }
    }

    /// The codebook of the built-in grid, in both languages.
    private static var codebooks: [[UInt8]] {
        guard let grid = try? DefaultGrid.load().grid else { return [] }
        return [Language.fr, .en].map { Array(Codebook(grid: grid, language: $0).jsonText().utf8) }
    }

    /// The profiles `interview summary` writes: the built-in grid (consent set aside) with one
    /// sample record, in both languages.
    private static var profiles: [[UInt8]] {
        guard var grid = try? DefaultGrid.load().grid else { return [] }
        grid.consent = nil
        var profile = CaseProfile()
        profile.add(RecordSamples.everyKind, grid: grid)
        return [Language.fr, .en].map { Array(profile.jsonText(language: $0).utf8) }
    }

    /// Whole summaries (profile, themes with segments, unknown codes, agreement) over a case two
    /// coders coded, in both languages.
    private static func summaries() throws -> [[UInt8]] {
        let text = """
            grid: codage
            version: 1
            title_from: nom
            sections:
              - {id: s, title: "S", questions: [{id: nom, text: "Nom?", type: text}, {id: statut, text: "Statut?", type: choice, choices: [{id: a, label: A, group: G}, B]}]}
            codebook:
              - {id: ancrage, label: "L'ancrage", codes: [{id: ecoles, label: "Écoles"}]}
            """
        guard let loaded = try? GridLoader.load(text: text, file: "codage.yaml") else { return [] }
        let header = JournalHeader(caseID: "alina", grid: loaded, interviewer: nil, language: .fr, program: "interview test",
                                   started: Date(timeIntervalSince1970: 1_790_000_000))
        let events: [JournalEvent] = [
            .answer(question: "nom", value: .text("Coop Alina"), seconds: 1),
            .answer(question: "statut", value: .text("a"), seconds: 1),
            .code(.whole(CodableText(target: .answer("nom"), section: nil, text: "Coop Alina"), codes: ["ancrage.ecoles", "zut"], coder: "ana")),
            .code(.whole(CodableText(target: .answer("nom"), section: nil, text: "Coop Alina"), codes: ["ancrage"], coder: "léo")),
        ]
        let entries = events.enumerated().map { JournalEntry($1, at: Date(timeIntervalSince1970: 1_790_000_000 + Double($0))) }
        let record = CaseRecordBuilder().record(journal: Journal(header: header, entries: entries, path: "alina.jsonl"), grid: loaded)
        var profile = CaseProfile()
        profile.add(record, grid: loaded.grid)
        var tally = ThemeTally(grid: loaded.grid)
        tally.add(record)
        var agreement = CoderAgreement(first: "ana", second: "léo", grid: loaded.grid)
        agreement.add(record)
        let document = SummaryDocument(profile: profile, themes: [ThemeTable(tally, grid: loaded.grid)], agreement: agreement)
        return try [Language.fr, .en].map { Array(try document.jsonText(language: $0).utf8) }
    }

    @Test("The whole summary, themes and agreement included, has its keys in byte order")
    func summaryKeysSorted() throws {
        let summaries = try Self.summaries()
        #expect(summaries.count == 2)
        for bytes in summaries { expectSorted(bytes, "summary") }
    }

    @Test("The summary's profile has its keys in byte order")
    func profileKeysSorted() {
        #expect(Self.profiles.count == 2)
        for bytes in Self.profiles { expectSorted(bytes, "profile") }
    }

    @Test("The codebook's objects have their keys in byte order")
    func codebookKeysSorted() {
        #expect(Self.codebooks.count == 2)
        for bytes in Self.codebooks { expectSorted(bytes, "codebook") }
    }

    @Test("Case records, compact and pretty, have every object's keys in byte order")
    func recordKeysSorted() {
        for (index, bytes) in Self.records.enumerated() { expectSorted(bytes, "record \(index)") }
    }

    @Test("Journal lines of every event kind and journal headers have their keys in byte order")
    func journalKeysSorted() {
        for bytes in Self.entries + Self.headers { expectSorted(bytes, "\(String(decoding: bytes, as: UTF8.self))") }
    }

    @Test("Every key a writer in Sources/Grid names is written by the samples above, so each writer call was checked")
    func everyWrittenKeyIsChecked() throws {
        let named = try Self.keysNamedInSources()
        #expect(named.count > 30, "the writers' keys were not found in Sources/Grid")
        let samples: [[UInt8]] = Self.records + Self.entries + Self.headers + Self.codebooks + Self.profiles
        let seen = Self.keys(of: samples + (try Self.summaries()))
        #expect(named.subtracting(seen).isEmpty, "never written by the samples: \(named.subtracting(seen).sorted())")
    }

    #if DEBUG
    @Test("A key written before one it sorts after stops a debug build")
    func outOfOrderKeyStops() async {
        await #expect(processExitsWith: .failure) {
            var json = JSONText(pretty: false)
            json.object { json in
                json.key("b"); json.null()
                json.key("a"); json.null()
            }
        }
    }

    @Test("The same key twice in one object stops a debug build")
    func repeatedKeyStops() async {
        await #expect(processExitsWith: .failure) {
            var json = JSONText(pretty: false)
            json.object { json in
                json.key("a"); json.null()
                json.key("a"); json.null()
            }
        }
    }
    #endif

    @Test("Keys restart in each object: a nested object's keys are checked apart from its parent's, and read back so")
    func nestedObjectsHaveTheirOwnOrder() {
        var json = JSONText(pretty: false)
        json.object { json in
            json.key("m"); json.object { json in json.key("a"); json.null(); json.key("z"); json.null() }
            json.key("n"); json.array([1, 2]) { json, _ in json.object { json in json.key("b"); json.null() } }
        }
        #expect(json.text == #"{"m":{"a":null,"z":null},"n":[{"b":null},{"b":null}]}"#)
        #expect(JSONObjectKeys.of(json.bytes).map { $0.map { String(decoding: $0, as: UTF8.self) } } == [["a", "z"], ["b"], ["b"], ["m", "n"]])
    }

    /// The keys given to `JSONText.key` and `JSONText.field` in the library's sources, found
    /// from this file's path.
    private static func keysNamedInSources() throws -> Set<String> {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/Grid").standardized
        let pattern = try NSRegularExpression(pattern: #"\.(?:key|field)\("([^"]+)""#)
        var keys: Set<String> = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: file, encoding: .utf8)
            guard text.contains("JSONText") else { continue }
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { keys.insert(String(text[range])) }
            }
        }
        return keys
    }
}
