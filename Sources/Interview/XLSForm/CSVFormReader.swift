import Foundation

/// Reads a form written as CSV files: a folder holding `survey.csv`, `choices.csv` and
/// `settings.csv`, or `FORM.csv` (the survey) with `FORM-choices.csv` and `FORM-settings.csv`
/// beside it. Only the survey is required. RFC 4180 quoting; UTF-8 (a byte-order mark is skipped).
enum CSVFormReader {
    /// The form's sheets read from `path`, a folder or a survey `.csv`.
    static func read(path: String) throws(XLSFormError) -> FormWorkbook {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .notFound(path: path) }
        let files: [String: String]
        if isFolder.boolValue {
            let folder = path.hasSuffix("/") ? path : path + "/"
            files = ["survey": folder + "survey.csv", "choices": folder + "choices.csv", "settings": folder + "settings.csv"]
        } else {
            let stem = String(path.dropLast(".csv".count))
            files = ["survey": path, "choices": stem + "-choices.csv", "settings": stem + "-settings.csv"]
        }
        var sheets: [String: FormSheet] = [:]
        for (name, file) in files {
            guard FileManager.default.fileExists(atPath: file) else {
                if name == "survey" { throw .missingSheet(path: path, sheet: "survey") }
                continue
            }
            sheets[name] = FormSheet(name: name, rows: try rows(ofFile: file))
        }
        return FormWorkbook(file: path, sheets: sheets)
    }

    private static func rows(ofFile file: String) throws(XLSFormError) -> [FormSheet.Row] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: file)
        if let size = attributes?[.size] as? Int, size > XLSXReader.partLimit {
            throw .tooLarge(path: file, part: (file as NSString).lastPathComponent, limit: XLSXReader.partLimit)
        }
        guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable(path: file, reason: "permission denied") }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .badCSV(path: file, line: 1) }
        return try parse(text, file: file)
    }

    /// The rows of CSV text, numbered from 1 by the line each starts on.
    static func parse(_ text: String, file: String) throws(XLSFormError) -> [FormSheet.Row] {
        var rows: [FormSheet.Row] = []
        var cells: [Int: String] = [:]
        var field = ""
        var column = 0
        var line = 1
        var rowStart = 1
        var quoted = false
        var afterQuote = false
        func endField() {
            let value = field
            if !value.isEmpty { cells[column] = value }
            field = ""
            column += 1
        }
        func endRow() {
            endField()
            if !cells.isEmpty { rows.append(FormSheet.Row(number: rowStart, cells: cells)) }
            cells = [:]
            column = 0
        }
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; afterQuote = true; pending = next }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",": endField(); afterQuote = false
            case "\r": continue
            case "\n":
                endRow(); afterQuote = false
                line += 1
                rowStart = line
            default: field.unicodeScalars.append(scalar)
            }
            if rows.count > XLSXReader.rowLimit { throw .tooLarge(path: file, part: "csv", limit: XLSXReader.partLimit) }
        }
        if quoted { throw .badCSV(path: file, line: rowStart) }
        endRow()
        return rows
    }
}
