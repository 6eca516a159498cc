/// The grid in one of its languages.
extension Grid {
    /// The grid with every text in `language` — titles, questions, help, probes, choices, units,
    /// codebook, fiche headings and sentences, book — when the grid is written in it; itself
    /// otherwise. Ids, types and conditions are the same: what the data holds does not change.
    public func localized(to language: Language) -> Grid {
        guard language != self.language, languages.contains(language), let table = translations[language] else { return self }
        func t(_ text: String) -> String { table.texts[text] ?? text }
        func t(_ text: String?) -> String? { text.map(t) }
        func t(_ template: FicheTemplate) -> FicheTemplate { table.templates[template] ?? template }
        func t(_ line: CaseFileLine) -> CaseFileLine {
            var line = line
            line.sentences = line.sentences.map { FicheSentence(template: t($0.template), when: $0.when) }
            if case .lead(let bullets, let itemEnd, let lastEnd) = line.kind {
                line.kind = .lead(bullets: bullets.map(t), itemEnd: t(itemEnd), lastEnd: t(lastEnd))
            }
            return line
        }
        var grid = self
        grid.language = language
        grid.title = t(title)
        grid.objectives = objectives.map(t)
        grid.sections = sections.map { section in
            var section = section
            section.title = t(section.title)
            section.label = t(section.label)
            section.questions = section.questions.map { question in
                var question = question
                question.text = t(question.text)
                question.label = t(question.label)
                question.help = t(question.help)
                question.probes = question.probes.map(t)
                question.unit = t(question.unit)
                question.unitSingular = t(question.unitSingular)
                question.choices = question.choices.map { Choice(id: $0.id, label: t($0.label), group: t($0.group)) }
                return question
            }
            return section
        }
        grid.codebook = codebook.map { theme in
            Theme(id: theme.id, label: t(theme.label), codes: theme.codes.map { Theme.Code(id: $0.id, label: t($0.label)) })
        }
        grid.caseFile = caseFile.map { section in
            CaseFileSection(title: t(section.title), entries: section.entries.map { entry in
                CaseFileSection.Entry(heading: t(entry.heading), from: entry.from, lines: entry.lines.map(t))
            })
        }
        grid.kicker = kicker.map(t)
        grid.book = GridBook(title: t(book.title), subtitle: t(book.subtitle), introduction: t(book.introduction),
                             caseSingular: t(book.caseSingular), casePlural: t(book.casePlural))
        return grid
    }
}
