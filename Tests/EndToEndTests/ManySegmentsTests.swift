import Foundation
import Testing

/// Summaries and books of many coded segments — tens of kilobytes per theme, so that they go to
/// the spill file and are read back piece by piece — list every segment once, in case order then
/// text order, and write the same bytes when the temporary folder is missing (then the segments
/// stay in memory).
@Suite("Many coded segments, set aside and read back", .serialized)
struct ManySegmentsTests {
    private let environment: TestEnvironment
    static let caseIDs = ["alina", "cuisine", "ferme", "mistouk", "potager", "roulant", "serres", "verger"]
    static let codes = ["ancrage.mobilisation", "ancrage", "gouvernance"]

    /// A span of the mission coded with one id.
    struct Span {
        var start: Int
        var end: Int
        var text: String
        var code: String
    }

    init() throws {
        environment = try TestEnvironment()
        let grid = try CodingGrid.write(in: environment)
        for id in Self.caseIDs {
            let result = try environment.run(["new", "--grid", grid, "--case", id], stdin: CodingGrid.interview, timeout: 10)
            try #require(result.status == 0, "\(id): \(result.stderr)")
            let lines = try Self.spans.map { span in
                try CodeEventLine.make(question: "mission", start: span.start, text: span.text, codes: [span.code], coder: "ana")
            }
            try CodeEventLine.append(lines, to: id, in: environment)
        }
    }

    /// Every run of one to ten words of the mission (accents, « », an emoji, `·e·s`), by start
    /// then length, coded in turn with a code, a theme and another theme.
    static let spans: [Span] = {
        let scalars = Array(CodingGrid.mission.unicodeScalars)
        var words: [(start: Int, end: Int)] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == " " { index += 1; continue }
            let start = index
            while index < scalars.count, scalars[index] != " " { index += 1 }
            words.append((start, index))
        }
        var spans: [Span] = []
        for first in words.indices {
            for last in first..<min(first + 10, words.count) {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[words[first].start..<words[last].end])
                spans.append(Span(start: words[first].start, end: words[last].end, text: String(text), code: codes[spans.count % codes.count]))
            }
        }
        return spans
    }()

    /// The spans a row of the themes table holds: a theme's own and its codes'.
    static func spans(of row: String) -> [Span] {
        spans.filter { $0.code == row || $0.code.hasPrefix(row + ".") }
    }

    @Test("every segment is listed under its theme and code, in case order then text order")
    func everySegmentListed() throws {
        defer { environment.remove() }
        // The words alone of the ancrage row's segments are more than one piece of the spill file (16 KiB).
        try #require(Self.spans(of: "ancrage").map(\.text.utf8.count).reduce(0, +) * Self.caseIDs.count > 16_384)
        let summary = try environment.run(["summary", "-f", "json", "-o", environment.path("summary.json")], timeout: 30)
        try #require(summary.status == 0, "\(summary.stderr)")
        let data = try Data(contentsOf: URL(fileURLWithPath: environment.path("summary.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let themes = try #require(json["themes"] as? [[String: Any]])
        for row in ["ancrage", "ancrage.mobilisation", "gouvernance"] {
            let theme = try #require(themes.first { $0["id"] as? String == row })
            let segments = try #require(theme["segments"] as? [[String: Any]])
            let listed = segments.map { "\($0["case"] ?? "")|\($0["start"] ?? "")|\($0["end"] ?? "")|\($0["text"] ?? "")" }
            let expected = Self.caseIDs.flatMap { id in Self.spans(of: row).map { "\(id)|\($0.start)|\($0.end)|\($0.text)" } }
            #expect(listed == expected, "\(row)")
            #expect(theme["mentions"] as? Int == expected.count)
            #expect(theme["cases"] as? Int == Self.caseIDs.count)
        }
    }

    @Test("the Markdown summary and book quote each segment once, under its most precise row")
    func eachSegmentQuotedOnce() throws {
        defer { environment.remove() }
        let summary = try environment.run(["summary"], timeout: 30)
        try #require(summary.status == 0, "\(summary.stderr)")
        let quotes = summary.stdout.split(separator: "\n").filter { $0.hasPrefix("> «") }
        #expect(quotes.count == Self.spans.count * Self.caseIDs.count)
        let book = try environment.run(["book"], timeout: 30)
        try #require(book.status == 0, "\(book.stderr)")
        let themesPart = try #require(book.stdout.components(separatedBy: "<a id=\"themes\"></a>").last)
        #expect(themesPart.split(separator: "\n").filter { $0.hasPrefix("> «") }.count == Self.spans.count * Self.caseIDs.count)
    }

    @Test("without a temporary folder the summary and the book are the same, the segments kept in memory")
    func sameWithoutTemporaryFolder() throws {
        defer { environment.remove() }
        // The book's date is fixed, so that two runs differ only in where the segments waited.
        let date = ["SOURCE_DATE_EPOCH": "1790000000"]
        let missing = date.merging(["TMPDIR": environment.path("no-such-folder")]) { $1 }
        for (arguments, name) in [(["summary", "-f", "json"], "summary.json"), (["summary"], "summary.md"),
                                  (["book", "-f", "html"], "book.html")] {
            let spilled = try environment.run(arguments + ["-o", environment.path("spilled-" + name)], environment: date, timeout: 30)
            let kept = try environment.run(arguments + ["-o", environment.path("kept-" + name)], environment: missing, timeout: 30)
            try #require(spilled.status == 0 && kept.status == 0, "\(spilled.stderr) \(kept.stderr)")
            let first = try Data(contentsOf: URL(fileURLWithPath: environment.path("spilled-" + name)))
            let second = try Data(contentsOf: URL(fileURLWithPath: environment.path("kept-" + name)))
            #expect(!first.isEmpty && first == second, "\(name)")
        }
    }

    @Test("words one coder gives the theme and another one of its codes are quoted once, under the code, in the summary and the book")
    func twoCodersOneQuote() throws {
        defer { environment.remove() }
        let words = "Nourrir le quartier"
        try CodeEventLine.append([
            try CodeEventLine.make(question: "avenir", text: "Grandir", codes: ["ancrage"], coder: "ana"),
            try CodeEventLine.make(question: "avenir", text: "Grandir", codes: ["ancrage.mobilisation"], coder: "bob"),
        ], to: "alina", in: environment)
        for arguments in [["summary"], ["book"]] {
            let result = try environment.run(arguments, timeout: 30)
            try #require(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.components(separatedBy: "« Grandir »").count - 1 == 1, "\(arguments)")
            #expect(result.stdout.contains(words), "\(arguments)")
        }
    }
}
