import Grid

/// Why a form (an XLSForm workbook or CSV form) cannot be read, converted or written at all.
enum XLSFormError: Error, Equatable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    /// The file is not a ZIP archive (an .xlsx is one).
    case notAZip(path: String)
    /// A part the workbook needs (`xl/workbook.xml`…) is missing from the archive.
    case missingPart(path: String, part: String)
    /// A part is not well-formed XML (or not UTF-8).
    case badXML(path: String, part: String)
    /// A part (or a CSV file) is larger than `limit` bytes once uncompressed.
    case tooLarge(path: String, part: String, limit: Int)
    /// The form has no sheet (or CSV file) with this name.
    case missingSheet(path: String, sheet: String)
    /// A sheet has no column with this name in its first row.
    case missingColumn(path: String, sheet: String, column: String)
    /// A CSV file has an unclosed quote or is not UTF-8.
    case badCSV(path: String, line: Int)
    /// `--strict`: this many rows could not be mapped.
    case refusedAsStrict(path: String, count: Int)
    /// The converted grid does not load: a fault of the conversion, with the loader's lines.
    case convertedGridInvalid(path: String, lines: [String])
    /// The export could not be written.
    case cannotWrite(path: String, reason: String)
}
