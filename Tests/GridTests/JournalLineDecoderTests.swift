import Foundation
@testable import Grid
import Testing

@Suite("Journal lines read without JSONDecoder")
struct JournalLineDecoderTests {
    // MARK: - Equal to JSONDecoder on what the writer writes

    @Test("Thousands of random entries of every kind, as the writer encodes them, decode exactly as JSONDecoder decodes them")
    func randomWrittenEntriesDecodeLikeJSONDecoder() throws {
        var random = SplitMix64(seed: 0x5EED_2026)
        let encoder = Self.writerEncoder()
        var decoded = 0
        for round in 0..<6_000 {
            let entry = Self.randomEntry(&random, kind: round % Self.kindCount)
            let line = try encoder.encode(entry)
            let expected = try JSONDecoder().decode(JournalEntry.self, from: line)
            let fast = JournalLineDecoder.entry(line)
            if case .grid(_, let version, _) = entry.event, version.magnitude >= 1_000_000_000_000_000_000 {
                // Such versions are left to JSONDecoder; either way the result must be the same.
                if let fast { #expect(Self.exact(fast) == Self.exact(expected)) }
                continue
            }
            guard let fast else {
                Issue.record("not decoded: \(String(decoding: line, as: UTF8.self))")
                continue
            }
            #expect(Self.exact(fast) == Self.exact(expected), "\(String(decoding: line, as: UTF8.self))")
            decoded += 1
        }
        #expect(decoded > 5_500)
    }

    @Test("Random strings with every kind of JSON escape, spelled in random ways, decode exactly as JSONDecoder decodes them")
    func randomEscapesDecodeLikeJSONDecoder() throws {
        var random = SplitMix64(seed: 42)
        for _ in 0..<3_000 {
            let text = Self.randomString(&random, maxLength: 24)
            let question = Self.randomString(&random, maxLength: 6)
            let items = (0..<random.below(4)).map { _ in Self.randomString(&random, maxLength: 8) }
            let line = "{\"at\":\"2026-09-21T14:13:20.123Z\",\"event\":\"draft\",\"items\":["
                + items.map { Self.spell($0, &random) }.joined(separator: ",") + "],\"line\":" + Self.spell(text, &random)
                + ",\"question\":" + Self.spell(question, &random) + "}"
            let data = Data(line.utf8)
            let expected = try JSONDecoder().decode(JournalEntry.self, from: data)
            let fast = try #require(JournalLineDecoder.entry(data), "\(line)")
            #expect(Self.exact(fast) == Self.exact(expected), "\(line)")
            #expect(Self.exact(fast) == Self.exact(JournalEntry(.draft(question: question, items: items, line: text),
                                                                  at: Date(timeIntervalSince1970: 1_790_000_000.123))), "\(line)")
        }
    }

    @Test("Random numbers written in every JSON form decode exactly as JSONDecoder decodes them")
    func randomNumbersDecodeLikeJSONDecoder() throws {
        var random = SplitMix64(seed: 7)
        var decoded = 0
        for _ in 0..<5_000 {
            let number = Self.randomNumberText(&random)
            let line = #"{"answer":"refused","at":"2026-09-21T14:13:20.000Z","event":"special","question":"q","seconds":\#(number)}"#
            let data = Data(line.utf8)
            let expected = try? JSONDecoder().decode(JournalEntry.self, from: data)
            guard let fast = JournalLineDecoder.entry(data) else {
                continue  // left to JSONDecoder (out of range): nothing to compare
            }
            let reference = try #require(expected, "decoded a line JSONDecoder refuses: \(line)")
            #expect(Self.exact(fast) == Self.exact(reference), "\(line)")
            decoded += 1
        }
        #expect(decoded > 4_000)
    }

    @Test("Strings of every length with a special character at every position decode as JSONDecoder decodes them")
    func specialCharacterAtEveryPosition() throws {
        // Raw in the JSON text: an escape, a non-ASCII character, DEL, a raw control character (refused), a quote (ends the string).
        let specials = [#"\""#, #"\\"#, #"\u0001"#, #"\n"#, "é", "🌱", "\u{7F}", "~", "\u{1}", "\u{1F}", "\""]
        for length in 0..<26 {
            for position in 0...length {
                for special in specials {
                    let plain = String(repeating: "a", count: length)
                    let index = plain.index(plain.startIndex, offsetBy: position)
                    let text = plain[..<index] + special + plain[index...]
                    let line = #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":""# + text + #""}"#
                    let data = Data(line.utf8)
                    let expected = try? JSONDecoder().decode(JournalEntry.self, from: data)
                    let fast = JournalLineDecoder.entry(data)
                    #expect(fast.map(Self.exact) == expected.map(Self.exact), "\(line)")
                }
            }
        }
    }

    @Test("Hand-written lines with escapes decode as JSONDecoder decodes them")
    func handWrittenEscapes() throws {
        let lines: [(String, JournalEvent)] = [
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"caf\u00e9 \ud83c\udf31 a\/b"}"#, .note(question: nil, text: "café 🌱 a/b")),
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"quote","question":"q\u0031","text":"\"\\\/\b\f\n\r\t\u0000\u001F\u2028\uFFFF"}"#,
             .quote(question: "q1", text: "\"\\/\u{8}\u{C}\n\r\t\u{0}\u{1F}\u{2028}\u{FFFF}")),
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":["\uD83C\uDF31","e\u0301","\u00E9"],"seconds":1.5}"#,
             .answer(question: "q", value: .list(["🌱", "e\u{301}", "\u{E9}"]), seconds: 1.5)),
            ("{\"at\":\"2026-09-21T14:13:20.000Z\",\"event\":\"answer\",\"question\":\"q\",\"value\":\"e\u{301} 🌱\"}",
             .answer(question: "q", value: .text("e\u{301} 🌱"), seconds: 0)),
            (" \t{ \"at\" : \"2026-09-21T14:13:20.000Z\" , \"event\" : \"answer\" , \"question\" : \"q\" , \"value\" : [ ] , \"seconds\" : null } \r",
             .answer(question: "q", value: .list([]), seconds: 0)),
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":-12.5e-1,"seconds":0}"#,
             .answer(question: "q", value: .number(-1.25), seconds: 0)),
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":false}"#, .answer(question: "q", value: .bool(false), seconds: 0)),
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":1}"#, .answer(question: "q", value: .number(1), seconds: 0)),
            // A number said with words keeps them; a journal written before `said` has none.
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","said":"plus de 200","seconds":1,"value":200}"#,
             .answer(question: "q", value: .number(200), seconds: 1, said: "plus de 200")),
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","said":null,"value":12}"#,
             .answer(question: "q", value: .number(12), seconds: 0, said: nil)),
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","said":"≈ 100","value":100}"#,
             .answer(question: "q", value: .number(100), seconds: 0, said: "≈ 100")),
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"draft","question":"q","items":null,"line":null}"#, .draft(question: "q", items: [], line: nil)),
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"note","question":null,"text":""}"#, .note(question: nil, text: "")),
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"p\u0061use"}"#, .pause),
            // Keys that the event does not use are ignored whatever they hold, as JSONDecoder does.
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"pause","question":5,"value":[],"seconds":"x","text":null}"#, .pause),
            (#"{"at":"2026-09-21T14:13:20.000Z","event":"grid","grid":"g","version":-0,"sha256":"ab"}"#, .grid(id: "g", version: 0, sha256: "ab")),
            (#"{"at":"2026-09-21T14:13:20Z","event":"resume"}"#, .resume),
        ]
        for (line, event) in lines {
            let data = Data(line.utf8)
            let expected = try JSONDecoder().decode(JournalEntry.self, from: data)
            let fast = try #require(JournalLineDecoder.entry(data), "\(line)")
            #expect(Self.exact(fast) == Self.exact(expected), "\(line)")
            #expect(Self.exact(fast.event) == Self.exact(event), "\(line)")
        }
    }

    // MARK: - Everything else is left to JSONDecoder

    /// Lines the decoder leaves to `JSONDecoder`: malformed, or unusual in a way it does not handle.
    static let leftToJSONDecoder: [String] = [
        "",
        "   ",
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pause""#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pau"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"#,
        #"{"at":"2026-09-21T14:13:20.000Z","#,
        "{",
        "[]",
        "null",
        #""pause""#,
        "{}",
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pause"}x"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pause"}}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pause"},"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pause",}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pause","extra":1}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pause","Event":"pause"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pause","event":"resume"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","at":"2026-09-21T14:13:20.000Z","event":"pause"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","\u0065vent":"pause"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pause","question":{"a":1}}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","said":5,"value":5}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","said":["plus de 5"],"value":5}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pause","items":[1]}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"pause","items":[[]]}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"teleport"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"Pause"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":5}"#,
        #"{"at":"2026-09-21T14:13:20.000Z"}"#,
        #"{"event":"pause"}"#,
        #"{"at":5,"event":"pause"}"#,
        #"{"at":"hier","event":"pause"}"#,
        #"{"at":"2026-09-21T14:13:20.000+00:00","event":"pause"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"skip"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"skip","question":5}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"skip","question":null}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"skip","question":["q"]}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":null}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":[1]}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":["a",null]}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":1e400}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":-1e400}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":1e-400}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":0e5}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":0e+5}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":"x","seconds":"3"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":"x","seconds":true}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":01}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":1.}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":.5}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":+1}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":-}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":1e}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":NaN}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":tru}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"answer","question":"q","value":True}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"special","question":"q","answer":"maybe"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"special","question":"q","answer":1}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"draft","question":"q","items":"a"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"draft","question":"q","line":1}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","question":1,"text":"t"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":null}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"navigation"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"grid","grid":"g","version":1.5,"sha256":"ab"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"grid","grid":"g","version":1.0,"sha256":"ab"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"grid","grid":"g","version":1e2,"sha256":"ab"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"grid","grid":"g","version":9223372036854775808,"sha256":"ab"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"grid","grid":"g","version":"1","sha256":"ab"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"\ud83c"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"\udf31"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"\ud83cx"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"\ud83c\u0041"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"\ud83c\ud83c"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"\x"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"\'"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"\U00e9"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"\u00e"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"\u00g9"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"\"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":"abc"#,
        "{\"at\":\"2026-09-21T14:13:20.000Z\",\"event\":\"note\",\"text\":\"a\u{1}b\"}",
        "{\"at\":\"2026-09-21T14:13:20.000Z\",\"event\":\"note\",\"text\":\"a\nb\"}",
        "\u{FEFF}{\"at\":\"2026-09-21T14:13:20.000Z\",\"event\":\"pause\"}",
        "{\"at\":\"2026-09-21T14:13:20.000Z\",\"event\":\"pause\"}\u{A0}",
        #"{"at":"2026-09-21T14:13:20.000Z" "event":"pause"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z","event""pause"}"#,
        #"{"at":"2026-09-21T14:13:20.000Z",,"event":"pause"}"#,
        #"{'at':'2026-09-21T14:13:20.000Z','event':'pause'}"#,
    ]

    @Test("Malformed or unusual lines are left to JSONDecoder", arguments: leftToJSONDecoder)
    func leftToJSONDecoderLines(line: String) {
        #expect(JournalLineDecoder.entry(Data(line.utf8)) == nil)
    }

    @Test("Invalid UTF-8 in a string is left to JSONDecoder")
    func invalidUTF8IsLeftToJSONDecoder() {
        let prefix = Array(#"{"at":"2026-09-21T14:13:20.000Z","event":"note","text":""#.utf8)
        let bad: [[UInt8]] = [
            [0xFF], [0x80], [0xBF], [0xC3, 0x28], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
            [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF],
            [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xF0, 0x9F, 0x8C], [0xE2, 0x28, 0xA1],
        ]
        for bad in bad {
            for escaped in [false, true] {
                let bytes = prefix + (escaped ? Array(#"\n"#.utf8) : []) + bad + Array(#""}"#.utf8)
                #expect(JournalLineDecoder.entry(Data(bytes)) == nil, "\(bad)")
            }
        }
    }

    @Test("Random damage to written lines never makes the decoder accept what JSONDecoder refuses, nor read it otherwise")
    func damagedLinesNeverDisagree() throws {
        var random = SplitMix64(seed: 0xDA3A6E)
        let encoder = Self.writerEncoder()
        var decoded = 0
        for round in 0..<20_000 {
            var bytes = try Array(encoder.encode(Self.randomEntry(&random, kind: round % Self.kindCount)))
            for _ in 0..<(1 + random.below(3)) {
                let position = random.below(bytes.count)
                // Bytes that matter to JSON or to UTF-8, or any byte.
                let pool: [UInt8] = [0x22, 0x5C, 0x2C, 0x3A, 0x7B, 0x7D, 0x5B, 0x5D, 0x20, 0x30, 0x31, 0x2D, 0x2E, 0x65, 0x75, 0x6E, 0x00, 0x1F, 0x80, 0xBF, 0xC3, 0xED, 0xF0, 0xFF]
                let byte = random.below(2) == 0 ? pool[random.below(pool.count)] : UInt8(random.below(256))
                switch random.below(3) {
                case 0: bytes[position] = byte
                case 1: bytes.insert(byte, at: position)
                default: if bytes.count > 1 { bytes.remove(at: position) }
                }
            }
            let data = Data(bytes)
            guard let fast = JournalLineDecoder.entry(data) else { continue }
            let line = String(decoding: bytes, as: UTF8.self)
            let expected = try #require(try? JSONDecoder().decode(JournalEntry.self, from: data), "accepted a line JSONDecoder refuses: \(line)")
            #expect(Self.exact(fast) == Self.exact(expected), "\(line)")
            decoded += 1
        }
        #expect(decoded > 300)
    }

    @Test("Through JournalReader, every such line gives what JSONDecoder alone gives: the same entry, or the same error and line number")
    func readerResultIsUnchanged() throws {
        let fixture = try JournalFixture()
        let good = try JournalFixture.line(JournalFixture.entry(.pause, 1))
        for (index, line) in Self.leftToJSONDecoder.enumerated() where !line.contains("\n") {
            let caseID = "cas-\(index)"
            let path = try fixture.path(caseID)
            // In the middle: JSONDecoder's entry, or corruptLine with the line's number.
            let middle = try [JournalFixture.headerLine(caseID), good, "", line, good].joined(separator: "\n") + "\n"
            try fixture.write(middle, to: path)
            let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if blank {
                #expect(try JournalReader.read(path: path).entries.count == 2)
            } else if let expected = try? JSONDecoder().decode(JournalEntry.self, from: Data(line.utf8)), expected.isSound {
                let entries = try JournalReader.read(path: path).entries
                #expect(entries.count == 3 && Self.exact(entries[1]) == Self.exact(expected), "\(line)")
            } else {
                #expect(throws: JournalError.corruptLine(path: path, line: 4), "\(line)") { try JournalReader.read(path: path) }
            }
        }
    }

    @Test("A version beyond what the decoder reads and a timestamp with an offset are still read, through JSONDecoder")
    func fallbackStillReads() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        let lines = [
            #"{"at":"2026-09-21T14:13:20.000Z","event":"grid","grid":"g","sha256":"\#(String(repeating: "ab", count: 32))","version":9223372036854775807}"#,
            #"{"at":"2026-09-21T16:13:20.000+02:00","event":"pause"}"#,
        ]
        try fixture.write(JournalFixture.headerLine("cas-1") + "\n" + lines.joined(separator: "\n") + "\n", to: path)
        for line in lines { #expect(JournalLineDecoder.entry(Data(line.utf8)) == nil) }
        let entries = try JournalReader.read(path: path).entries
        #expect(entries == [
            JournalEntry(.grid(id: "g", version: .max, sha256: String(repeating: "ab", count: 32)), at: Date(timeIntervalSince1970: 1_790_000_000)),
            JournalEntry(.pause, at: Date(timeIntervalSince1970: 1_790_000_000)),
        ])
    }

    @Test("A torn last line is still set aside, and a decoded last line without its newline still kept")
    func tornAndUnterminatedLastLines() throws {
        let fixture = try JournalFixture()
        let path = try fixture.path("cas-1")
        let good = try JournalFixture.line(JournalFixture.entry(.pause, 1))
        try fixture.write(JournalFixture.headerLine("cas-1") + "\n" + good + "\n" + #"{"at":"2026-09-21T14:13:20.000Z","eve"#, to: path)
        let torn = try JournalReader.read(path: path)
        #expect(torn.tornTail && torn.entries == [JournalFixture.entry(.pause, 1)])
        try fixture.write(JournalFixture.headerLine("cas-1") + "\n" + good + "\n" + good, to: path)
        let whole = try JournalReader.read(path: path)
        #expect(!whole.tornTail && whole.entries == [JournalFixture.entry(.pause, 1), JournalFixture.entry(.pause, 1)])
    }

    // MARK: - Random values

    static let kindCount = 15

    /// The writer's encoder configuration.
    static func writerEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func randomEntry(_ random: inout SplitMix64, kind: Int) -> JournalEntry {
        func text() -> String { randomString(&random, maxLength: 16) }
        func optionalText() -> String? { random.below(3) == 0 ? nil : text() }
        // The writer rounds seconds to tenths: keep them where that stays finite.
        func seconds() -> Double {
            let seconds = randomDouble(&random)
            return (seconds * 10).isFinite ? seconds : 1.5
        }
        let event: JournalEvent
        switch kind {
        case 0:
            let value: AnswerValue
            switch random.below(4) {
            case 0: value = .text(text())
            case 1: value = .list((0..<random.below(5)).map { _ in text() })
            case 2: value = .number(randomDouble(&random))
            default: value = .bool(random.below(2) == 0)
            }
            // A number said with words keeps them (`plus de 200`); other answers have none.
            let said = random.below(3) == 0 ? text() : nil
            event = .answer(question: text(), value: value, seconds: seconds(), said: said)
        case 1: event = .special(question: text(), random.below(2) == 0 ? .dontKnow : .refused, seconds: seconds())
        case 2: event = .skip(question: text())
        case 3: event = .clear(question: text())
        case 4: event = .draft(question: text(), items: (0..<random.below(4)).map { _ in text() }, line: optionalText())
        case 5: event = .note(question: optionalText(), text: text())
        case 6: event = .quote(question: optionalText(), text: text())
        case 7: event = .navigation(to: text())
        case 8:
            let version: Int
            switch random.below(4) {
            case 0: version = Int(truncatingIfNeeded: random.next())
            case 1: version = [Int.max, Int.min, 0, -1, 999_999_999_999_999_999, -999_999_999_999_999_999][random.below(6)]
            default: version = random.below(1000) - 10
            }
            event = .grid(id: text(), version: version, sha256: text())
        case 9: event = .pause
        case 10: event = .resume
        case 11: event = .noteEdit(question: optionalText(), index: random.below(2) == 0 ? 1 + random.below(9) : random.below(1000) - 10,
                                   text: optionalText())
        case 12: event = .mark(question: optionalText(), text: text())
        case 13:
            let part: CodingTarget.Part = [.answer, .item, .quote][random.below(3)]
            let target = CodingTarget(question: optionalText(), part: part, index: random.below(2) == 0 ? 1 + random.below(9) : random.below(1000) - 10)
            event = .code(Coding(target: target, start: random.below(2000) - 10, end: random.below(2000) - 10, text: text(),
                                 codes: (0..<random.below(4)).map { _ in text() }, coder: optionalText()))
        default: event = .complete
        }
        // Milliseconds from 1970 to about 2100, as timestamps store them.
        let milliseconds = Double(random.next() % 4_100_000_000_000)
        return JournalEntry(event, at: Date(timeIntervalSince1970: milliseconds / 1000))
    }

    private static func randomDouble(_ random: inout SplitMix64) -> Double {
        switch random.below(8) {
        case 0: return Double(random.below(100))
        case 1: return -Double(random.below(100_000)) / 10
        case 2: return Double(random.below(1_000_000)) / 1000
        case 3: return [0.0, -0.0, 0.1, 1e22, 1e23, 9_007_199_254_740_994, Double.leastNonzeroMagnitude, -Double.greatestFiniteMagnitude,
                        Double.leastNormalMagnitude, 123_456_789.123_456_789, 1e-7, Double.leastNormalMagnitude / 3][random.below(12)]
        case 4:
            // Any finite double.
            while true {
                let value = Double(bitPattern: random.next())
                if value.isFinite { return value }
            }
        case 5: return Double(Int(truncatingIfNeeded: random.next()))
        case 6: return Double(random.below(10_000)) * pow(10, Double(random.below(600) - 300))
        default: return Double(random.below(36_000)) / 10
        }
    }

    /// Scalars that matter to JSON strings: quotes, backslashes, slashes, controls, non-ASCII of every UTF-8 length.
    static let scalars: [Unicode.Scalar] = Array("aZ09 -_\"\\/'{}[]:,é€🌱𝄞ß漢ت".unicodeScalars) + [
        "\u{0}", "\u{1}", "\u{8}", "\u{9}", "\u{A}", "\u{C}", "\u{D}", "\u{1F}", "\u{7F}", "\u{80}", "\u{A0}", "\u{301}", "\u{2028}",
        "\u{2029}", "\u{FEFF}", "\u{FFFD}", "\u{FFFF}", "\u{10FFFF}", "\u{1F3FD}", "\u{200D}",
    ]

    private static func randomString(_ random: inout SplitMix64, maxLength: Int) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<random.below(maxLength + 1) {
            if random.below(4) == 0 {
                // Any scalar at all.
                while true {
                    let value = UInt32(random.below(0x11_0000))
                    if let scalar = Unicode.Scalar(value) {
                        text.append(scalar)
                        break
                    }
                }
            } else {
                text.append(scalars[random.below(scalars.count)])
            }
        }
        return String(text)
    }

    /// A JSON string literal for the text, each scalar spelled at random among the ways JSON allows.
    private static func spell(_ text: String, _ random: inout SplitMix64) -> String {
        var literal = "\""
        func hex(_ unit: UInt32) -> String {
            let digits = String(unit, radix: 16)
            let padded = String(repeating: "0", count: 4 - digits.count) + digits
            return "\\u" + (random.below(2) == 0 ? padded : padded.uppercased())
        }
        for scalar in text.unicodeScalars {
            let short: String? = switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "/": "\\/"
            case "\u{8}": "\\b"
            case "\u{C}": "\\f"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            default: nil
            }
            let mustEscape = scalar == "\"" || scalar == "\\" || scalar.value < 0x20
            switch random.below(3) {
            case 0 where short != nil: literal += short!
            case 1 where scalar.value > 0xFFFF:
                let value = scalar.value - 0x10000
                literal += hex(0xD800 + (value >> 10)) + hex(0xDC00 + (value & 0x3FF))
            case 1: literal += hex(scalar.value)
            default:
                if mustEscape {
                    literal += short ?? hex(scalar.value)
                } else {
                    literal.unicodeScalars.append(scalar)
                }
            }
        }
        return literal + "\""
    }

    /// A JSON number in one of its many spellings (some of them out of range).
    private static func randomNumberText(_ random: inout SplitMix64) -> String {
        func digits(_ count: Int, leadingNonZero: Bool) -> String {
            var text = ""
            for index in 0..<count { text += String(leadingNonZero && index == 0 ? 1 + random.below(9) : random.below(10)) }
            return text
        }
        var text = random.below(3) == 0 ? "-" : ""
        let integerDigits = [1, 1, 2, 5, 15, 16, 17, 19, 20, 25, 40][random.below(11)]
        text += random.below(5) == 0 ? "0" : digits(integerDigits, leadingNonZero: true)
        if random.below(2) == 0 {
            text += "." + digits([1, 2, 3, 10, 17, 22, 30][random.below(7)], leadingNonZero: false)
        }
        if random.below(3) == 0 {
            text += ["e", "E"][random.below(2)] + ["", "+", "-"][random.below(3)]
            text += String([0, 1, 5, 15, 22, 23, 30, 200, 307, 308, 309, 320, 324, 330, 400][random.below(15)])
        }
        return text
    }

    // MARK: - Exact comparison

    /// Every string as its UTF-8 bytes and every number as its bits: `==` would take canonically
    /// equivalent strings, or 0 and -0, for the same.
    static func exact(_ entry: JournalEntry) -> String {
        "\(entry.at.timeIntervalSince1970.bitPattern) " + exact(entry.event)
    }

    static func exact(_ event: JournalEvent) -> String {
        func s(_ text: String?) -> String { text.map { "[" + $0.utf8.map { String($0, radix: 16) }.joined(separator: " ") + "]" } ?? "nil" }
        func d(_ number: Double) -> String { String(number.bitPattern, radix: 16) }
        switch event {
        case .answer(let question, let value, let seconds, let said):
            let text: String = switch value {
            case .text(let text): "text " + s(text)
            case .list(let items): "list " + items.map(s).joined(separator: ",")
            case .number(let number): "number " + d(number)
            case .bool(let flag): "bool \(flag)"
            }
            return "answer \(s(question)) \(text) \(d(seconds)) said \(s(said))"
        case .special(let question, let special, let seconds): return "special \(s(question)) \(special.rawValue) \(d(seconds))"
        case .skip(let question): return "skip \(s(question))"
        case .clear(let question): return "clear \(s(question))"
        case .draft(let question, let items, let line): return "draft \(s(question)) \(items.map(s)) \(s(line))"
        case .note(let question, let text): return "note \(s(question)) \(s(text))"
        case .quote(let question, let text): return "quote \(s(question)) \(s(text))"
        case .noteEdit(let question, let index, let text): return "note_edit \(s(question)) \(index) \(s(text))"
        case .mark(let question, let text): return "mark \(s(question)) \(s(text))"
        case .navigation(let to): return "navigation \(s(to))"
        case .grid(let id, let version, let sha256): return "grid \(s(id)) \(version) \(s(sha256))"
        case .code(let coding):
            let target = "\(s(coding.target.question)) \(coding.target.part.rawValue) \(coding.target.index.map(String.init) ?? "nil")"
            return "code \(target) \(coding.start) \(coding.end) \(s(coding.text)) \(coding.codes.map(s)) \(s(coding.coder))"
        case .pause: return "pause"
        case .resume: return "resume"
        case .complete: return "complete"
        }
    }
}
