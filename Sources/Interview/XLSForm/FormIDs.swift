import Foundation
import Grid

/// Turns XLSForm names into the grid's ids (`[a-z0-9][a-z0-9._-]*`), each one once: a name
/// the grid refuses is lower-cased, its other characters made `_`, and numbered when taken.
struct FormIDs {
    private var taken: Set<String> = []

    /// The id for `name` and whether it differs from the name.
    mutating func id(for name: String, fallback: String) -> (id: String, renamed: Bool) {
        var id = name
        if !Slug.isValid(id) {
            var folded = ""
            for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars where !(0x0300...0x036F).contains(scalar.value) {
                let lower = Character(scalar).lowercased()
                if let byte = lower.utf8.first, lower.utf8.count == 1,
                   (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") {
                    folded += lower
                } else if !folded.isEmpty, folded.last != "_" {
                    folded += "_"
                }
            }
            while let first = folded.first, !(first.isLetter || first.isNumber) { folded.removeFirst() }
            while folded.last == "_" { folded.removeLast() }
            id = String(folded.prefix(90))
            if id.isEmpty { id = fallback }
        }
        let base = id
        var number = 2
        while taken.contains(id) {
            id = "\(base)_\(number)"
            number += 1
        }
        taken.insert(id)
        return (id, id != name)
    }
}
