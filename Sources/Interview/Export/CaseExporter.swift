import Foundation
import Grid

/// Writes the checked cases in one format, to stdout or to files that appear whole.
struct CaseExporter {
    let catalogue: CaseCatalogue
    let anonymise: Bool
    /// Under `anonymise`, keep notes and quotes (`--keep-notes`).
    var keepNotes = false
    /// `--lang`, if given; otherwise each case's grid language.
    let language: Language?
    /// Stdout is a terminal: typed control characters are made visible, never sent raw.
    let toTerminal: Bool

    /// JSON records: `shape` decides, never the number of cases. To a folder, one file per case
    /// (`<case>.json` pretty, or `<case>.jsonl` on one line).
    func json(to output: String?, shape: JSONShape) throws {
        let destination = try OutputDestination.of(output, folderWanted: Self.isFolder)
        if destination.isFolder {
            let lines = shape == .lines
            return try each(destination, fileExtension: lines ? "jsonl" : "json", separator: "") { record, _ in
                record.jsonText(pretty: !lines) + "\n"
            }
        }
        switch shape {
        case .object:
            try each(destination, fileExtension: "json", separator: "") { record, _ in record.jsonText(pretty: true) + "\n" }
        case .lines:
            try each(destination, fileExtension: "jsonl", separator: "") { record, _ in record.jsonText(pretty: false) + "\n" }
        case .array:
            try each(destination, fileExtension: "json", separator: ",\n", opening: "[\n", closing: "\n]\n", empty: "[]\n") { record, _ in
                JSONShape.indented(record.jsonText(pretty: true))
            }
        }
    }

    /// Fiches: one file each in a folder, or one document (one fiche, or fiches under the grid's
    /// front matter). A case without consent to publish is left out and named on stderr, unless
    /// `includeUnpublished` (its fiche then says it is not for publication).
    func markdown(to output: String?, withNotes: Bool, withTimes: Bool = false, includeUnpublished: Bool = false) throws {
        let language = language
        let destination = try OutputDestination.of(output, folderWanted: Self.isFolder)
        // Each fiche in its own file, or alone in the stream, has its front matter; in a stream of
        // several, the document has one, with the grid's title.
        let alone = destination.isFolder || catalogue.ids.count == 1
        let opening = alone ? "" : catalogue.distinctGrids.first.map {
            FicheRenderer(grid: language.map($0.localized(to:)) ?? $0, language: language ?? $0.language, frontMatter: true)
                .render([CaseRecord]())
        } ?? ""
        let warnings = language ?? catalogue.language
        try each(destination, fileExtension: "md", separator: "\n---\n\n", opening: opening) { record, grid in
            guard includeUnpublished || record.isPublishable(under: grid.grid.consent) else {
                UnpublishedWarning.show(caseID: record.caseID, language: warnings)
                return nil
            }
            // `--lang` writes the fiche in that language when the grid has it; else in the case's.
            let shown = language.map { grid.grid.localized(to: $0) } ?? grid.grid
            return FicheRenderer(grid: shown, language: language ?? shown.language, withNotes: withNotes, withTimes: withTimes,
                                 frontMatter: alone).render(record)
        }
    }

    func csv(to output: String?, options: CSVOptions, long: Bool) throws {
        // A folder gets one table for all cases, `cases.csv`, made with the folder if it is new.
        let destination = try OutputDestination.file(output, defaultName: "cases.csv", folderWanted: Self.isFolder, makeFolder: true)
        let sink = try OutputSink(destination: destination)
        let wide = CSVWideWriter(grids: catalogue.distinctGrids.map { grid in language.map(grid.localized(to:)) ?? grid }, options: options)
        let longWriter = CSVLongWriter(options: options)
        let safe = toTerminal && destination == .standardOutput
        try sink.write(options.prefix)
        try sink.write(long ? longWriter.headerLine() : wide.headerLine())
        try catalogue.renderInBatches(anonymise: anonymise, keepNotes: keepNotes, render: { record, _ in
            let text = long ? longWriter.lines(for: record) : wide.line(for: record)
            return safe ? TerminalText.safe(text, keepNewlines: true) : text
        }, write: { text, _ in try sink.write(text) })
        try sink.commit()
    }

    /// One text per case: to stdout (separated), to one file, or to one file each in a folder.
    /// In one stream, `opening` comes before the first text and `closing` after the last, or
    /// `empty` alone when there is none.
    private func each(_ destination: OutputDestination, fileExtension: String, separator: String,
                      opening: String = "", closing: String = "", empty: String = "",
                      render: @escaping @Sendable (CaseRecord, LoadedGrid) throws -> String?) throws {
        if case .folder(let path) = destination {
            let folder = try StagedFolder(path: path)
            try catalogue.renderInBatches(anonymise: anonymise, keepNotes: keepNotes, render: render) { text, record in
                try folder.write(text, to: "\(record.caseID).\(fileExtension)")
            }
            try folder.commit()
            return
        }
        let sink = try OutputSink(destination: destination)
        let safe = toTerminal && destination == .standardOutput
        var first = true
        try catalogue.renderInBatches(anonymise: anonymise, keepNotes: keepNotes, render: render) { text, _ in
            try sink.write(first ? opening : separator)
            first = false
            try sink.write(safe ? TerminalText.safe(text, keepNewlines: true) : text)
        }
        try sink.write(first ? empty : closing)
        try sink.commit()
    }

    /// Whether a path that does not exist yet names a folder (one file per case): it ends in `/`,
    /// or it has no file extension (`fiches`); `all.jsonl` is one file.
    static func isFolder(_ path: String) -> Bool {
        if path.hasSuffix("/") { return true }
        return !PathParts(path).name.contains(".")
    }
}
