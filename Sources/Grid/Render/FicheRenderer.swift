/// Renders case records as Markdown case files (*fiches*) in the layout of the grid's `case_file`.
///
/// A fiche opens with the `title_from` answer as its title (the case id when there is none), the
/// `subtitle_from` answer in italics under it and the `summary_from` answer as its first paragraph.
/// Then come the `case_file` sections and entries, in order, each entry with the answers of its
/// questions; entries and sections with nothing to show are left out. Answers no entry names go
/// in a last section, so nothing said in the interview is lost. Only answers are shown: skipped,
/// "don't know", refused, not applicable and unanswered questions print nothing (an answer that
/// stopped applying is kept only in the JSON record, under `earlier`).
public struct FicheRenderer: Sendable {
    public let grid: Grid
    /// The language of the words the fiche adds (Oui/Non, the last section's title, notes).
    /// Numbers are written in the grid's language, like the units beside them.
    public let language: Language
    /// Whether notes and quotes are shown under the answers they were taken at.
    public let withNotes: Bool
    /// Whether each answer is followed by its time on the interview's clock (`*00:12:34*`), and
    /// the markers dropped for the recording are listed in a last section.
    public let withTimes: Bool

    /// Whether the Markdown opens with YAML front matter (a file of its own, for pandoc).
    public let frontMatter: Bool

    public init(grid: Grid, language: Language, withNotes: Bool = false, withTimes: Bool = false, frontMatter: Bool = false) {
        self.grid = grid
        self.language = language
        self.withNotes = withNotes
        self.withTimes = withTimes
        self.frontMatter = frontMatter
    }

    /// Several fiches, one after the other, separated by a rule; with front matter, one for the
    /// whole document, titled with the grid's title.
    public func render(_ records: [CaseRecord]) -> String {
        guard records.count != 1 else { return render(records[0]) }
        let plain = FicheRenderer(grid: grid, language: language, withNotes: withNotes, withTimes: withTimes)
        let fiches = records.map { plain.render($0) }.joined(separator: "\n---\n\n")
        return frontMatter ? self.frontMatter(title: grid.title, caseID: nil, date: nil) + "\n\n" + fiches : fiches
    }

    /// The fiche of one case, ending with a newline.
    public func render(_ record: CaseRecord) -> String {
        var annotated = Set<String>()
        let opening = [grid.titleFrom, grid.subtitleFrom, grid.summaryFrom].compactMap { $0 }
        let named = Set(grid.caseFile.flatMap { $0.entries.flatMap(\.questionIDs) })
            .union(grid.kicker?.questionIDs ?? [])
            .union(grid.questions.filter { !$0.inFiche }.map(\.id))

        var blocks: [String] = []
        if frontMatter {
            let title = answer(grid.titleFrom, in: record).map { MarkdownText.oneLineVerbatim(plainText($0.content)) } ?? record.caseID
            blocks.append(self.frontMatter(title: title.isEmpty ? record.caseID : title, caseID: record.caseID,
                                           date: String(record.interview.started.prefix(10))))
        }
        blocks += titleBlocks(record)
        if let summary = answer(grid.summaryFrom, in: record) {
            blocks += answerBlocks(summary.content, label: nil) + timeBlocks(summary.question)
        }
        // Notes on the opening questions go under the summary, unless an entry shows them.
        blocks += annotationBlocks(opening.filter { !named.contains($0) }.compactMap(record.question), done: &annotated)
        for section in grid.caseFile {
            blocks += sectionBlocks(section, record, annotated: &annotated)
        }
        blocks += otherAnswerBlocks(record, shown: named.union(opening), annotated: &annotated)
        if withNotes {
            let loose = annotationBlocks(notes: record.notes, quotes: record.quotes)
            if !loose.isEmpty { blocks += ["## " + words.notes] + loose }
        }
        if withTimes, !record.marks.isEmpty {
            blocks += ["## " + MarkdownText.heading(words.marks), markList(record)]
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    // MARK: - Times

    /// `*00:12:34*` under an answer: when its question was put on screen, on the interview's clock.
    private func timeBlocks(_ question: RecordQuestion) -> [String] {
        guard withTimes, let offset = question.offset else { return [] }
        return ["*" + offset + "*"]
    }

    /// `- 00:12:34 — text (question)`, one marker a line.
    private func markList(_ record: CaseRecord) -> String {
        record.marks.map { mark in
            let about = mark.question.flatMap(record.question).map { " (" + MarkdownText.oneLine($0.label ?? $0.text) + ")" } ?? ""
            return listItem(mark.offset + " — " + MarkdownText.inline(mark.text) + about, marker: "-")
        }.joined(separator: "\n")
    }

    /// A case_file section: `## Title` and its entries, or nothing when no entry has anything to show.
    private func sectionBlocks(_ section: CaseFileSection, _ record: CaseRecord, annotated: inout Set<String>) -> [String] {
        var blocks: [String] = []
        let lines = CaseFileLineRenderer(values: FicheValues(grid: grid, record: record, words: words))
        for entry in section.entries {
            let questions = entry.questionIDs.filter { grid.question(id: $0)?.inFiche != false }.compactMap(record.question)
            let body = lines.blocks(entry.lines) + entryAnswers(entry, entry.from.compactMap(record.question))
                + annotationBlocks(uniqueByID(questions), done: &annotated)
            guard !body.isEmpty else { continue }
            blocks += (entry.heading.map { ["### " + MarkdownText.heading($0)] } ?? []) + body
        }
        return blocks.isEmpty ? [] : ["## " + MarkdownText.heading(section.title)] + blocks
    }

    /// The last section: every answer no entry (nor the title, subtitle or summary) shows, in grid order.
    private func otherAnswerBlocks(_ record: CaseRecord, shown: Set<String>, annotated: inout Set<String>) -> [String] {
        var blocks: [String] = []
        for question in record.questions where !shown.contains(question.id) && grid.question(id: question.id)?.inFiche != false {
            let body = (content(of: question).map { answerBlocks($0, label: nil) + timeBlocks(question) } ?? [])
                + annotationBlocks([question], done: &annotated)
            guard !body.isEmpty else { continue }
            blocks += ["### " + MarkdownText.heading(question.label ?? question.text)] + body
        }
        return blocks.isEmpty ? [] : ["## " + MarkdownText.heading(words.otherAnswers)] + blocks
    }

    // MARK: - Title

    /// The kicker, `# Title` with the subtitle in italics on the next line, and what the reader
    /// must know first: an interview still in progress, a fiche not to be published.
    private func titleBlocks(_ record: CaseRecord) -> [String] {
        var blocks: [String] = []
        if let kicker = grid.kicker {
            let values = FicheValues(grid: grid, record: record, words: words)
            if let line = CaseFileLineRenderer(values: values).written([FicheSentence(template: kicker)])?.first { blocks.append(line) }
        }
        let title = answer(grid.titleFrom, in: record).map { MarkdownText.inline(plainText($0.content)) } ?? ""
        var block = "# " + MarkdownText.heading(title.isEmpty ? MarkdownText.inline(record.caseID) : title)
        if let subtitle = answer(grid.subtitleFrom, in: record) {
            let line = MarkdownText.inline(plainText(subtitle.content))
            if !line.isEmpty { block += "\n*" + line + "*" }
        }
        blocks.append(block)
        if record.interview.status != .completed { blocks.append("*" + RecordWord.inProgress.text(in: language) + "*") }
        if !record.isPublishable(under: grid.consent) { blocks.append("**" + RecordWord.notForPublication.text(in: language) + "**") }
        return blocks
    }

    /// An answer's text on one line, items joined by commas, nothing escaped.
    private func plainText(_ content: Content) -> String {
        switch content {
        case .text(let text): return MarkdownText.oneLineVerbatim(text)
        case .items(let items, _): return items.map(MarkdownText.oneLineVerbatim).joined(separator: ", ")
        }
    }

    /// Each question once, in the order given.
    private func uniqueByID(_ questions: [RecordQuestion]) -> [RecordQuestion] {
        var seen = Set<String>()
        return questions.filter { seen.insert($0.id).inserted }
    }

    // MARK: - Answers

    /// What an answer shows: text (one line or a paragraph) or a list of items.
    private enum Content {
        case text(String)
        case items([String], ordered: Bool)
    }

    private var words: FicheWords { FicheWords(language: language) }

    /// The question with this id and what its answer shows, when it has one.
    private func answer(_ id: String?, in record: CaseRecord) -> (question: RecordQuestion, content: Content)? {
        guard let id, let question = record.question(id), let content = content(of: question) else { return nil }
        return (question, content)
    }

    /// What the question's answer shows, or nil when it has no answer (or an empty one).
    private func content(of question: RecordQuestion) -> Content? {
        guard question.status == .answered, let value = question.value else { return nil }
        let content: Content
        switch value {
        case .text(let text):
            // Typed text, a web address included, is escaped: it never makes a link of its own.
            content = .text(text)
        case .list(let items): content = .items(items, ordered: false)
        case .rank(let items): content = .items(items, ordered: true)
        case .choices(let choices): content = .items(choices.map(\.label), ordered: false)
        case .choice(let choice): content = .text(choice.label)
        case .bool(let bool): content = .text(words.yesNo(bool))
        case .number(let number):
            let typed = grid.question(for: question)
            let answers = AnswerText(language: grid.language)
            content = .text(question.said.map { answers.display(said: $0, for: typed) } ?? answers.display(.number(number), for: typed))
        }
        switch content {
        case .text(let text):
            return MarkdownText.lines(text).isEmpty ? nil : content
        case .items(let items, let ordered):
            let kept = items.filter { !MarkdownText.lines($0).isEmpty }
            return kept.isEmpty ? nil : .items(kept, ordered: ordered)
        }
    }

    /// The answers of an entry. When the entry names several questions each answer is introduced
    /// by its label, except a label that only repeats the entry's heading, and except a list that
    /// answers the entry's first question and is its only answer: the heading then says what the
    /// items are, as in the reference fiches' « Principaux défis ». A lone text keeps its label
    /// (« Mission : « … » » under « Mission, vision, valeurs »).
    private func entryAnswers(_ entry: CaseFileSection.Entry, _ questions: [RecordQuestion]) -> [String] {
        let shown = questions.filter { grid.question(id: $0.id)?.inFiche != false }
            .compactMap { question in content(of: question).map { (question, $0) } }
        let heading = MarkdownText.oneLine(entry.heading ?? "").lowercased()
        return shown.flatMap { question, content in
            let label = question.label ?? question.text
            var labelled = entry.from.count > 1 && MarkdownText.oneLine(label).lowercased() != heading
            if case .items = content, shown.count == 1, question.id == entry.from.first { labelled = false }
            return answerBlocks(content, label: labelled ? label : nil) + timeBlocks(question)
        }
    }

    /// The Markdown blocks of an answer: a paragraph or a list, introduced by the label if any.
    private func answerBlocks(_ content: Content, label: String?) -> [String] {
        switch content {
        case .text(let text):
            let prefix = label.map { words.labelled(MarkdownText.oneLine($0)) } ?? ""
            return [MarkdownText.lines(text, after: prefix, prefixStartsLine: true).joined(separator: "\n")]
        case .items(let items, let ordered):
            let list = items.enumerated().map { index, item in
                listItem(item, marker: ordered ? "\(index + 1)." : "-")
            }.joined(separator: "\n")
            guard let label else { return [list] }
            return [MarkdownText.escapeLineStart(words.listLabel(MarkdownText.oneLine(label))), list]
        }
    }

    /// `- item` or `1. item`, further lines indented under the item's text.
    private func listItem(_ text: String, marker: String) -> String {
        let indent = String(repeating: " ", count: marker.count + 1)
        return MarkdownText.lines(text).enumerated().map { index, line in
            index == 0 ? marker + " " + line : (line.isEmpty ? "" : indent + line)
        }.joined(separator: "\n")
    }

    // MARK: - Notes and quotes

    /// The notes and quotes of these questions, oldest first, each question's once in the fiche.
    private func annotationBlocks(_ questions: [RecordQuestion], done: inout Set<String>) -> [String] {
        guard withNotes else { return [] }
        let fresh = questions.filter { done.insert($0.id).inserted }
        // Under several answers, each note says which question it was taken at.
        guard questions.count > 1 else { return annotationBlocks(notes: fresh.flatMap(\.notes), quotes: fresh.flatMap(\.quotes)) }
        func about(_ question: RecordQuestion, _ annotations: [RecordAnnotation]) -> [(RecordAnnotation, String)] {
            annotations.map { ($0, MarkdownText.escapeLineStart(MarkdownText.oneLine(question.label ?? question.text)) + " — ") }
        }
        return annotationBlocks(notes: fresh.flatMap { about($0, $0.notes) }, quotes: fresh.flatMap { about($0, $0.quotes) })
    }

    private func annotationBlocks(notes: [RecordAnnotation], quotes: [RecordAnnotation]) -> [String] {
        annotationBlocks(notes: notes.map { ($0, "") }, quotes: quotes.map { ($0, "") })
    }

    /// Notes and quotes, each after its `about` prefix (the question it was taken at, or nothing).
    private func annotationBlocks(notes: [(RecordAnnotation, String)], quotes: [(RecordAnnotation, String)]) -> [String] {
        let all = notes.map { (annotation: $0.0, about: $0.1, quote: false) } + quotes.map { (annotation: $0.0, about: $0.1, quote: true) }
        // A stable sort by time: notes before quotes taken at the same moment.
        let ordered = all.enumerated().sorted { ($0.element.annotation.at, $0.offset) < ($1.element.annotation.at, $1.offset) }
        return ordered.compactMap { _, item in
            let marks = words.quoteMarks
            var lines = MarkdownText.lines(item.annotation.text, after: item.about + (item.quote ? marks.open : words.notePrefix),
                                           prefixStartsLine: false)
            guard !lines.isEmpty else { return nil }
            if item.quote { lines[lines.count - 1] += marks.close }
            return lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
        }
    }
}
