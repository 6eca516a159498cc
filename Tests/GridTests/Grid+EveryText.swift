@testable import Grid

/// Every text of a grid a reader sees, each with where it is, for checks over a whole grid
/// (e.g. that the English grid has no French left).
extension Grid {
    /// A text of the grid and the place it comes from (`statut.choice.obnl`, `book.title`…).
    struct PlacedText {
        let place: String
        let text: String
    }

    /// A fiche sentence of the grid and the place it comes from.
    struct PlacedTemplate {
        let place: String
        let template: FicheTemplate
    }

    /// Every plain text: title, objectives, sections, questions (text, label, help, probes,
    /// units, choices and groups), codebook, case file titles and headings, lead ends, book.
    var everyText: [PlacedText] {
        var texts: [PlacedText] = []
        func add(_ place: String, _ text: String?) {
            if let text { texts.append(PlacedText(place: place, text: text)) }
        }
        add("title", title)
        for (index, objective) in objectives.enumerated() { add("objectives[\(index)]", objective) }
        for section in sections {
            add("\(section.id).title", section.title)
            add("\(section.id).label", section.label)
            for question in section.questions {
                add("\(question.id).text", question.text)
                add("\(question.id).label", question.label)
                add("\(question.id).help", question.help)
                for (index, probe) in question.probes.enumerated() { add("\(question.id).probes[\(index)]", probe) }
                add("\(question.id).unit", question.unit)
                add("\(question.id).unit.singular", question.unitSingular)
                for choice in question.choices {
                    add("\(question.id).choice.\(choice.id)", choice.label)
                    add("\(question.id).choice.\(choice.id).group", choice.group)
                }
            }
        }
        for theme in codebook {
            add("codebook.\(theme.id)", theme.label)
            for code in theme.codes { add("codebook.\(theme.id).\(code.id)", code.label) }
        }
        for (sectionIndex, section) in caseFile.enumerated() {
            add("case_file[\(sectionIndex)].title", section.title)
            for (entryIndex, entry) in section.entries.enumerated() {
                add("case_file[\(sectionIndex)][\(entryIndex)].heading", entry.heading)
                for line in entry.lines {
                    if case .lead(_, let itemEnd, let lastEnd) = line.kind {
                        add("case_file[\(sectionIndex)][\(entryIndex)].item_end", itemEnd)
                        add("case_file[\(sectionIndex)][\(entryIndex)].last_end", lastEnd)
                    }
                }
            }
        }
        add("book.title", book.title)
        add("book.subtitle", book.subtitle)
        add("book.introduction", book.introduction)
        add("book.cases.singular", book.caseSingular)
        add("book.cases.plural", book.casePlural)
        return texts
    }

    /// Every fiche sentence: the kicker and each sentence of each case file line (lead bullets too).
    var everyTemplate: [PlacedTemplate] {
        var templates: [PlacedTemplate] = []
        if let kicker { templates.append(PlacedTemplate(place: "kicker", template: kicker)) }
        func add(_ place: String, _ line: CaseFileLine) {
            for (index, sentence) in line.sentences.enumerated() {
                templates.append(PlacedTemplate(place: "\(place)[\(index)]", template: sentence.template))
            }
            if case .lead(let bullets, _, _) = line.kind {
                for (index, bullet) in bullets.enumerated() { add("\(place).bullets[\(index)]", bullet) }
            }
        }
        for (sectionIndex, section) in caseFile.enumerated() {
            for (entryIndex, entry) in section.entries.enumerated() {
                for (lineIndex, line) in entry.lines.enumerated() {
                    add("case_file[\(sectionIndex)][\(entryIndex)].lines[\(lineIndex)]", line)
                }
            }
        }
        return templates
    }
}
