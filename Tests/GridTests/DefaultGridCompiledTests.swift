import Foundation
import Testing
@testable import Grid

/// The built-in grid compiled into the program is exactly the YAML file decoded, and stands in
/// for that file only. After editing `grids/territoires-nourriciers.yaml`, run
/// `scripts/generate-default-grid.sh` (these tests say so when it is needed).
@Suite("Compiled built-in grid")
struct DefaultGridCompiledTests {
    static let advice = "Sources/Grid/Generated/DefaultGrid+Compiled.swift is out of date: run scripts/generate-default-grid.sh."

    /// The YAML file, decoded by the loader's parsing path.
    private func decoded() throws -> LoadedGrid {
        try GridLoader.decode(text: DefaultGrid.text, file: DefaultGrid.fileName)
    }

    @Test("The compiled grid equals the grid file decoded, with the same SHA-256")
    func compiledEqualsDecoded() throws {
        let decoded = try decoded()
        #expect(DefaultGrid.compiledGrid() == decoded.grid, "\(Self.advice)")
        #expect(DefaultGrid.compiledSHA256 == decoded.sha256, "\(Self.advice)")
    }

    @Test("What the generator writes from is the decoded file, with the length and hashes the compiled grid records")
    func sourceMatchesCompiled() throws {
        let source = try DefaultGrid.source()
        #expect(source.grid == (try decoded()).grid)
        #expect(source.byteCount == DefaultGrid.compiledByteCount, "\(Self.advice)")
        #expect(source.fnv1a == DefaultGrid.compiledFNV1a, "\(Self.advice)")
        #expect(source.sha256 == DefaultGrid.compiledSHA256, "\(Self.advice)")
    }

    @Test("Loading the built-in grid gives the compiled grid, its text and its SHA-256")
    func loadUsesCompiled() throws {
        let loaded = try DefaultGrid.load()
        let decoded = try decoded()
        #expect(DefaultGrid.compiled(for: DefaultGrid.text, file: "x") != nil, "\(Self.advice)")
        #expect(loaded.grid == decoded.grid)
        #expect(loaded.text == DefaultGrid.text)
        #expect(loaded.sha256 == SHA256.hex(of: DefaultGrid.text))
        #expect(loaded.file == DefaultGrid.fileName)
    }

    @Test("A text differing by one byte from the built-in grid is parsed, not replaced by the compiled grid")
    func editedTextIsParsed() throws {
        var text = DefaultGrid.text
        text = text.replacingOccurrences(of: "version: 1", with: "version: 2")
        #expect(text.utf8.count == DefaultGrid.text.utf8.count)
        #expect(DefaultGrid.compiled(for: text, file: "x") == nil)
        let loaded = try GridLoader.load(text: text, file: "edited.yaml")
        #expect(loaded.grid.version == 2)
        #expect(loaded.sha256 == SHA256.hex(of: text))
    }
}
