import Foundation

extension JournalHeader {
    /// What is wrong with a header's values, or nil when it is sound.
    ///
    /// A header read from a file may have been edited by hand or planted: its case id names
    /// export files and its UUID replaces the id under `--anonymise`, so both are checked like
    /// typed ones, and the values a case record publishes must fit the record's schema.
    var problem: HeaderProblem? {
        if !Slug.isValid(caseID) { return .caseID }
        if !Self.isLowercaseUUID(uuid) { return .uuid }
        if !HexDigest.isSHA256(gridSHA256) { return .gridDigest }
        if (try? Timestamp.decode(started, codingPath: [])) == nil { return .started }
        return nil
    }

    /// Whether the text is a UUID written as this program writes them: 8-4-4-4-12 lower-case hex digits.
    static func isLowercaseUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if !((byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))) {
                return false
            }
        }
        return true
    }
}
