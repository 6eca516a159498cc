/// A cell's place in a sheet, as spreadsheets write it: `B12` is column 1 (zero-based), row 12.
struct CellReference: Sendable, Equatable {
    /// The zero-based column: A is 0, Z is 25, AA is 26.
    var column: Int
    /// The row as people read it, from 1.
    var row: Int

    /// The reference read from text like `B12`; nil when it is not one (or beyond XFD1048576).
    init?(_ text: String) {
        var column = 0
        var digits = ""
        var letters = 0
        for character in text.utf8 {
            if digits.isEmpty, character >= UInt8(ascii: "A"), character <= UInt8(ascii: "Z") {
                column = column * 26 + Int(character - UInt8(ascii: "A")) + 1
                letters += 1
            } else if character >= UInt8(ascii: "0"), character <= UInt8(ascii: "9") {
                digits.append(Character(Unicode.Scalar(character)))
            } else {
                return nil
            }
        }
        guard (1...3).contains(letters), let row = Int(digits), row >= 1, row <= 1_048_576, column <= 16_384 else { return nil }
        self.column = column - 1
        self.row = row
    }

    init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// The column's letters: 0 → A, 26 → AA.
    static func letters(of column: Int) -> String {
        var number = column + 1
        var result = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            result = String(Character(Unicode.Scalar(UInt8(65 + remainder)))) + result
            number = (number - 1) / 26
        }
        return result
    }

    /// The reference as written: `B12`.
    var text: String { Self.letters(of: column) + String(row) }
}
