/// What a journal's `code` line must hold for the program to use it.
extension Coding {
    /// A segment inside its text (0 ≤ start ≤ end, the text as long as the span), an item or
    /// quote number from 1, codes shaped like codebook ids, and a coder's name without control
    /// characters: a hand-edited line cannot put into a record what its schema refuses.
    var isSound: Bool {
        start >= 0 && end >= start && text.unicodeScalars.count == end - start
            && (target.part == .answer) == (target.index == nil) && (target.index ?? 1) >= 1
            && (target.part == .quote || target.question != nil)
            && codes.allSatisfy(CodeID.isWellFormed)
            && !(coder.map(Self.hasControlCharacter) ?? false)
    }

    /// Whether text holds a control character (U+0000–U+001F, U+007F–U+009F: general category
    /// Cc), read from its UTF-8 bytes: the C1 controls are `C2 80` to `C2 9F`.
    static func hasControlCharacter(_ text: String) -> Bool {
        var afterC2 = false
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F || (afterC2 && (0x80...0x9F).contains(byte)) { return true }
            afterC2 = byte == 0xC2
        }
        return false
    }
}
