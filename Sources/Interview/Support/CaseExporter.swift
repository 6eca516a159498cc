import Foundation
import Grid

/// Writes the checked cases in one format, to stdout or to files written atomically.
struct CaseExporter {
    let catalogue: CaseCatalogue
    let anonymise: Bool
    let language: Language

    func json(to output: String?) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let single = catalogue.ids.count == 1
        if single { encoder.outputFormatting.insert(.prettyPrinted) }
        try each(output: output, fileExtension: "json") { record, _ in
            String(decoding: try encoder.encode(record), as: UTF8.self) + "\n"
        } separator: { "" }
    }

    func markdown(to output: String?, withNotes: Bool) throws {
        try each(output: output, fileExtension: "md") { record, grid in
            FicheRenderer(grid: grid.grid, language: language, withNotes: withNotes).render(record)
        } separator: { "\n---\n\n" }
    }

    func csv(to output: String?, options: CSVOptions, long: Bool) throws {
        var path = output
        if let output, isDirectory(output) { path = output + "/cases.csv" }
        let sink = try OutputSink(path: path)
        let wide = CSVWideWriter(grids: catalogue.distinctGrids, options: options)
        let longWriter = CSVLongWriter(options: options)
        try sink.write(options.excel ? "\u{FEFF}" : "")
        try sink.write(long ? longWriter.headerLine() : wide.headerLine())
        for id in catalogue.ids {
            guard let (record, _) = try catalogue.record(id, anonymise: anonymise) else { continue }
            try sink.write(long ? longWriter.lines(for: record) : wide.line(for: record))
        }
        try sink.commit()
    }

    /// One text per case: to stdout (separated), to one file, or to one file each in a folder.
    private func each(output: String?, fileExtension: String, render: (CaseRecord, LoadedGrid) throws -> String,
                      separator: () -> String) throws {
        let single = catalogue.ids.count == 1
        if let output, !(single && !isDirectory(output)) {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            for id in catalogue.ids {
                guard let (record, grid) = try catalogue.record(id, anonymise: anonymise) else { continue }
                let sink = try OutputSink(path: output + "/\(record.caseID).\(fileExtension)")
                try sink.write(try render(record, grid))
                try sink.commit()
            }
            return
        }
        let sink = try OutputSink(path: output)
        for (offset, id) in catalogue.ids.enumerated() {
            guard let (record, grid) = try catalogue.record(id, anonymise: anonymise) else { continue }
            if offset > 0 { try sink.write(separator()) }
            try sink.write(try render(record, grid))
        }
        try sink.commit()
    }

    private func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
