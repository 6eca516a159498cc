import Foundation
import Grid

/// A form file turned into a loaded grid: read (.xlsx or CSV), mapped, written as YAML, and that
/// YAML loaded by the grid loader — so what runs, and what a case keeps, is exactly that YAML.
enum FormSource {
    /// Whether `path` names a form rather than a grid: an .xlsx, a .csv, or a folder with survey.csv.
    static func isForm(_ path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".csv") { return true }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
            && FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("survey.csv"))
    }

    /// The form's workbook.
    static func read(_ path: String) throws(XLSFormError) -> FormWorkbook {
        path.lowercased().hasSuffix(".xlsx") ? try XLSXReader.read(path: path) : try CSVFormReader.read(path: path)
    }

    /// The grid YAML for the form at `path` and what was found converting it.
    static func convert(_ path: String) throws(XLSFormError) -> (yaml: String, findings: [XLSFormFinding]) {
        let (form, findings) = try XLSFormImporter.convert(read(path))
        return (GridYAMLWriter.yaml(form, sourceName: (path as NSString).lastPathComponent), findings)
    }

    /// The converted grid, loaded; `file` names it in the loader's messages.
    static func load(_ path: String, file: String? = nil) throws(XLSFormError) -> (loaded: LoadedGrid, findings: [XLSFormFinding]) {
        let (yaml, findings) = try convert(path)
        do {
            return (try GridLoader.load(text: yaml, file: file ?? path), findings)
        } catch {
            throw .convertedGridInvalid(path: path, lines: error.messageLines(in: InterfaceLanguage.current))
        }
    }
}
