import Foundation

/// One sheet of a form (a worksheet or a CSV file): its rows with the row numbers people see,
/// the first row naming the columns.
struct FormSheet: Sendable, Equatable {
    /// One row: its number and its cells by zero-based column, empty cells left out.
    struct Row: Sendable, Equatable {
        var number: Int
        var cells: [Int: String]
    }

    var name: String
    var rows: [Row]

    /// The header row's columns: lower-cased, trimmed name → column.
    var columns: [String: Int] {
        guard let header = rows.first else { return [:] }
        var result: [String: Int] = [:]
        for (column, name) in header.cells {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if result[key] == nil { result[key] = column }
        }
        return result
    }

    /// The header row's column names as written, by column.
    var headers: [Int: String] { rows.first?.cells ?? [:] }

    /// The rows below the header.
    var body: ArraySlice<Row> { rows.dropFirst() }
}
