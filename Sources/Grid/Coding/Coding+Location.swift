/// Finding a coded segment in the text as it reads now.
extension Coding {
    /// The coding with its span where its segment is in `text`: at the span it was coded at when
    /// the words are still there, else at their first occurrence; nil when they are gone (the
    /// answer was edited since: the coding is stale).
    public func located(in text: String) -> Coding? {
        // Most often the words are where they were coded: compared in place, nothing copied.
        let view = text.unicodeScalars
        if start >= 0, end >= start, let from = view.index(view.startIndex, offsetBy: start, limitedBy: view.endIndex),
           let to = view.index(from, offsetBy: end - start, limitedBy: view.endIndex),
           view[from..<to].elementsEqual(self.text.unicodeScalars) {
            return self
        }
        let scalars = Array(view)
        let segment = Array(self.text.unicodeScalars)
        guard !segment.isEmpty, segment.count <= scalars.count else { return nil }
        for offset in 0...(scalars.count - segment.count) where scalars[offset] == segment[0] {
            if scalars[offset..<offset + segment.count].elementsEqual(segment) {
                var moved = self
                moved.start = offset
                moved.end = offset + segment.count
                return moved
            }
        }
        return nil
    }

    /// A coding of the segment `start..<end` (code points) of `text`; nil when the span is not inside it.
    public static func segment(of text: CodableText, start: Int, end: Int, codes: [String], coder: String?) -> Coding? {
        let scalars = Array(text.text.unicodeScalars)
        guard start >= 0, start <= end, end <= scalars.count else { return nil }
        var segment = String.UnicodeScalarView()
        segment.append(contentsOf: scalars[start..<end])
        return Coding(target: text.target, start: start, end: end, text: String(segment), codes: codes, coder: coder)
    }

    /// A coding of the whole of `text`.
    public static func whole(_ text: CodableText, codes: [String], coder: String?) -> Coding {
        Coding(target: text.target, start: 0, end: text.text.unicodeScalars.count, text: text.text, codes: codes, coder: coder)
    }
}
