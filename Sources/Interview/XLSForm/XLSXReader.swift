import Foundation
import ZIPFoundation

/// Reads the sheets of an .xlsx workbook: the ZIP archive through ZIPFoundation, its XML parts
/// through `SheetXMLParser`; shared strings, inline strings, numbers and booleans become text.
enum XLSXReader {
    /// The most bytes one part may have once uncompressed (a form of thousands of rows is far
    /// smaller); a larger part — a ZIP bomb among them — is refused before it is all inflated.
    static let partLimit = 16 * 1_048_576
    /// The most rows a sheet may have.
    static let rowLimit = 20_000

    /// The workbook's sheets, read from the .xlsx at `path`.
    static func read(path: String) throws(XLSFormError) -> FormWorkbook {
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path: path) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw .unreadable(path: path, reason: "permission denied") }
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw .notAZip(path: path)
        }
        let workbook = try element(archive, "xl/workbook.xml", path: path)
        let relations = try element(archive, "xl/_rels/workbook.xml.rels", path: path)
        var targets: [String: String] = [:]
        for relation in relations.children("Relationship") {
            if let id = relation.attributes["Id"], let target = relation.attributes["Target"] { targets[id] = target }
        }
        var shared: [String] = []
        if archive["xl/sharedStrings.xml"] != nil {
            shared = try element(archive, "xl/sharedStrings.xml", path: path).children("si").map(\.stringText)
        }
        var sheets: [String: FormSheet] = [:]
        for sheet in workbook.child("sheets")?.children("sheet") ?? [] {
            guard let name = sheet.attributes["name"], let id = sheet.attributes["id"], let target = targets[id] else { continue }
            let part = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            let rows = try Self.rows(of: element(archive, part, path: path), shared: shared, path: path, part: part)
            sheets[name.lowercased()] = FormSheet(name: name, rows: rows)
        }
        return FormWorkbook(file: path, sheets: sheets)
    }

    /// A part's root element, its size checked while it is inflated.
    private static func element(_ archive: Archive, _ part: String, path: String) throws(XLSFormError) -> SheetElement {
        guard let entry = archive[part] else { throw .missingPart(path: path, part: part) }
        if entry.uncompressedSize > UInt64(partLimit) { throw .tooLarge(path: path, part: part, limit: partLimit) }
        var bytes: [UInt8] = []
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                bytes.append(contentsOf: chunk)
                if bytes.count > partLimit { throw XLSFormError.tooLarge(path: path, part: part, limit: partLimit) }
            }
        } catch let error as XLSFormError {
            throw error
        } catch {
            throw .badXML(path: path, part: part)
        }
        guard let root = SheetXMLParser.parse(bytes) else { throw .badXML(path: path, part: part) }
        return root
    }

    /// The rows of a worksheet, each cell's value as text.
    private static func rows(of sheet: SheetElement, shared: [String], path: String, part: String) throws(XLSFormError) -> [FormSheet.Row] {
        var rows: [FormSheet.Row] = []
        var nextRow = 1
        for row in sheet.child("sheetData")?.children("row") ?? [] {
            let number = row.attributes["r"].flatMap { Int($0) } ?? nextRow
            nextRow = number + 1
            guard rows.count < rowLimit else { throw .tooLarge(path: path, part: part, limit: partLimit) }
            var cells: [Int: String] = [:]
            var nextColumn = 0
            for cell in row.children("c") {
                let column = cell.attributes["r"].flatMap(CellReference.init)?.column ?? nextColumn
                nextColumn = column + 1
                let value = Self.value(of: cell, shared: shared)
                if !value.isEmpty { cells[column] = value }
            }
            if !cells.isEmpty { rows.append(FormSheet.Row(number: number, cells: cells)) }
        }
        return rows
    }

    private static func value(of cell: SheetElement, shared: [String]) -> String {
        let raw = cell.child("v")?.text ?? ""
        switch cell.attributes["t"] {
        case "s": return Int(raw).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
        case "inlineStr": return cell.child("is")?.stringText ?? ""
        case "b": return raw == "1" ? "TRUE" : "FALSE"
        case "str", "e": return raw
        default:
            // A number: written as people typed it (1, not 1.0).
            if let whole = Double(raw)?.wholeNumber { return String(whole) }
            return raw
        }
    }
}
