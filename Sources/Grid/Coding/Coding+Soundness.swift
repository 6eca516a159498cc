/// What a journal's `code` line must hold for the program to use it.
extension Coding {
    /// A segment inside its text (0 ≤ start ≤ end, the text as long as the span), an item or
    /// quote number from 1, codes shaped like codebook ids, and a coder's name without control
    /// characters: a hand-edited line cannot put into a record what its schema refuses.
    var isSound: Bool {
        start >= 0 && end >= start && text.unicodeScalars.count == end - start
            && (target.part == .answer) == (target.index == nil) && (target.index ?? 1) >= 1
            && (target.part == .quote || target.question != nil)
            && codes.allSatisfy { CodeID($0) != nil }
            && !(coder?.unicodeScalars.contains { $0.properties.generalCategory == .control } ?? false)
    }
}
