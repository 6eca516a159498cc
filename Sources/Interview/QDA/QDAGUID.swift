import Grid

/// The GUIDs of a REFI-QDA project, derived from what each object is, so that exporting the same
/// cases twice gives the same project.
///
/// A GUID is made like a name-based UUID (RFC 9562 version 5, SHA-256 instead of SHA-1): the
/// first 16 bytes of the SHA-256 of `interview-qda:` and the object's path, with the version
/// nibble set to 5 and the RFC variant bits. A case's objects have paths under its UUID
/// (`<uuid>/source`, `<uuid>/selection/…`); the codebook's, variables' and users' under their ids.
enum QDAGUID {
    /// The GUID of the object at `path`, as `xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx` (lowercase).
    static func make(_ path: String) -> String {
        let hex = Array(SHA256.hex(of: "interview-qda:" + path).prefix(32))
        var digits = hex
        // Version 5: the 13th hexadecimal digit; variant 10xx: the 17th.
        digits[12] = "5"
        if let variant = hex[16].hexDigitValue { digits[16] = Character(String((variant & 0x3) | 0x8, radix: 16)) }
        let text = String(digits)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(text[text.index(text.startIndex, offsetBy: range.lowerBound)..<text.index(text.startIndex, offsetBy: range.upperBound)])
        }
        return parts.joined(separator: "-")
    }

    /// The GUID of an object of one case.
    static func make(case uuid: String, _ path: String) -> String {
        make("case/" + uuid + "/" + path)
    }
}
