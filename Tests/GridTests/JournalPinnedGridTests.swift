import Foundation
import Testing
import Grid

@Suite("The grid a journal follows")
struct JournalPinnedGridTests {
    private func journal(_ events: [JournalEvent]) throws -> String {
        let grid = try GridLoader.load(text: "grid: g\nversion: 1\nsections:\n  - id: s\n    title: S\n    questions:\n      - {id: a, text: A, type: text}\n", file: "g.yaml")
        let header = JournalHeader(caseID: "c", grid: grid, interviewer: nil, language: .fr, program: "test")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var text = String(decoding: try encoder.encode(header), as: UTF8.self) + "\n"
        for event in events { text += String(decoding: try encoder.encode(JournalEntry(event)), as: UTF8.self) + "\n" }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pinned-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/c.jsonl"  // a journal is named after the case its header names
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("A journal that never moved follows its header's grid")
    func header() throws {
        let path = try journal([.answer(question: "a", value: .text("x"), seconds: 1)])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pinned = try JournalReader.pinnedGrid(path: path)
        #expect(pinned.sha256 == pinned.header.gridSHA256)
        #expect(pinned.grid == "g")
    }

    @Test("A journal moved by resume --grid follows the last grid it moved to")
    func moved() throws {
        let other = String(repeating: "b", count: 64), last = String(repeating: "c", count: 64)
        let path = try journal([.grid(id: "g2", version: 2, sha256: other), .pause, .grid(id: "g3", version: 3, sha256: last)])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let pinned = try JournalReader.pinnedGrid(path: path)
        #expect(pinned.grid == "g3")
        #expect(pinned.sha256 == last)
    }

    @Test("A move is found wherever it is: right after the header, as the last line without a newline, among answers full of g's")
    func moveFoundAnywhere() throws {
        let sha = String(repeating: "d", count: 64)
        let gs = JournalEvent.answer(question: "a", value: .text("gggg \"event\":\"gri g"), seconds: 1)
        for events in [[JournalEvent.grid(id: "g2", version: 2, sha256: sha)], [gs, gs, .grid(id: "g2", version: 2, sha256: sha)]] {
            let path = try journal(events)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try String(text.dropLast()).write(toFile: path, atomically: true, encoding: .utf8)
            #expect(try JournalReader.pinnedGrid(path: path).sha256 == sha)
        }
        let path = try journal([gs, gs])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try JournalReader.pinnedGrid(path: path).grid == "g")
    }
}
