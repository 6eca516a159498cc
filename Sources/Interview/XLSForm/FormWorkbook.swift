/// A form read from a file: its sheets by lower-cased name, and how messages name the file.
struct FormWorkbook: Sendable {
    var file: String
    var sheets: [String: FormSheet]

    /// The sheet with this name (any case), if any.
    func sheet(_ name: String) -> FormSheet? { sheets[name.lowercased()] }
}
