import Grid

/// The plain text of one case in a QDPX project — what a QDA tool shows and codes — and where
/// each codable text starts in it, in Unicode code points.
///
/// The title; then, for each question answered or annotated, its number and text, the answer
/// (a list's items one per line, so that a whole list is one stretch of text), its notes and
/// its quotes; then the notes and quotes taken between questions. Answers, items and quotes are
/// written as the record holds them, so a coded segment's offsets only move by where its text starts.
struct QDASourceText {
    private(set) var text = ""
    /// Where each codable text starts in `text`, in code points from 0.
    private(set) var starts: [CodingTarget: Int] = [:]
    private var length = 0

    init(record: CaseRecord, title: String) {
        let language = record.grid.language
        add(title + "\n")
        for question in record.questions where question.value != nil || !question.notes.isEmpty || !question.quotes.isEmpty {
            add("\n\(question.number). \(question.text)\n")
            if let value = question.value { addValue(value, of: question, language: language) }
            for note in question.notes { add(QDAWord.note.text(in: language) + note.text + "\n") }
            for (offset, quote) in question.quotes.enumerated() {
                addQuote(quote.text, target: .quote(question.id, offset + 1), language: language)
            }
        }
        if !record.notes.isEmpty || !record.quotes.isEmpty { add("\n") }
        for note in record.notes { add(QDAWord.note.text(in: language) + note.text + "\n") }
        var looseCount: [String?: Int] = [:]
        for quote in record.quotes {
            looseCount[quote.question, default: 0] += 1
            addQuote(quote.text, target: .quote(quote.question, looseCount[quote.question] ?? 1), language: language)
        }
    }

    /// Where a coded segment is in the source: its target's start plus its own span; nil when the
    /// source does not hold its target.
    func span(of coding: RecordCoding) -> (start: Int, end: Int)? {
        let target = coding.target
        // A whole list answer starts with its first item.
        guard let start = starts[target] ?? (target.part == .answer ? target.question.flatMap { starts[.item($0, 1)] } : nil) else {
            return nil
        }
        return (start + coding.start, start + coding.end)
    }

    private mutating func addValue(_ value: RecordValue, of question: RecordQuestion, language: Language) {
        switch value {
        case .text(let answer):
            mark(.answer(question.id))
            add(answer + "\n")
        case .list(let items):
            for (offset, item) in items.enumerated() {
                mark(.item(question.id, offset + 1))
                add(item + "\n")
            }
        case .rank(let items):
            for (offset, item) in items.enumerated() { add("\(offset + 1). \(item)\n") }
        case .number(let number):
            add(CSVField.number(number) + (question.unit.map { " " + $0 } ?? "") + "\n")
        case .bool(let yes):
            add((yes ? QDAWord.yes : QDAWord.no).text(in: language) + "\n")
        case .choice(let choice):
            add(choice.label + "\n")
        case .choices(let choices):
            for choice in choices { add(choice.label + "\n") }
        }
    }

    private mutating func addQuote(_ quote: String, target: CodingTarget, language: Language) {
        add(QDAWord.openingQuote.text(in: language))
        mark(target)
        add(quote + QDAWord.closingQuote.text(in: language) + "\n")
    }

    private mutating func mark(_ target: CodingTarget) {
        starts[target] = length
    }

    private mutating func add(_ piece: String) {
        text += piece
        length += piece.unicodeScalars.count
    }
}
