/// The few words and marks a fiche adds around the answers, in French or English.
struct FicheWords: Sendable {
    let language: Language

    /// The last section, for answers no case_file entry names.
    var otherAnswers: String {
        RecordWord.otherAnswers.text(in: language)
    }

    /// The section for notes and quotes taken outside any question.
    var notes: String { RecordWord.notes.text(in: language) }

    /// The section for the markers dropped for the recording.
    var marks: String { RecordWord.marks.text(in: language) }

    /// A yes/no answer: `Oui`, `No`.
    func yesNo(_ value: Bool) -> String {
        (value ? RecordWord.yes : RecordWord.no).text(in: language)
    }

    /// `Label : ` in French (space before the colon), `Label: ` in English.
    func labelled(_ label: String) -> String {
        label + colon + " "
    }

    /// `Label :` or `Label:`, for a label over a list.
    func listLabel(_ label: String) -> String {
        label + colon
    }

    /// The start of a note line: `Note : ` or `Note: `.
    var notePrefix: String { labelled(RecordWord.note.text(in: language)) }

    /// The language's quotation marks: `« … »` or `"…"`.
    var quoteMarks: (open: String, close: String) {
        (RecordWord.openingQuote.text(in: language), RecordWord.closingQuote.text(in: language))
    }

    /// ` :` or `:`.
    private var colon: String { RecordWord.colon.text(in: language) }
}
