/// Something of a form that the grid does not hold as written, at its cell: reported on stderr
/// by `grid import` (and by `--grid FORM.xlsx`), and what `--strict` refuses.
struct XLSFormFinding: Sendable, Equatable {
    /// What was found.
    enum Kind: Sendable, Equatable {
        /// A row type the grid has no question for (calculate, geopoint, image…): left out.
        case unsupportedType(String)
        /// A `relevant` the condition language cannot say: the question is always asked.
        case relevantNotTranslated(String)
        /// A `constraint` other than `. >= a and . <= b`: not checked.
        case constraintNotTranslated(String)
        /// A `choice_filter`: every choice is offered.
        case choiceFilterIgnored(String)
        /// A column the grid has no place for (`appearance`, `constraint_message`…): its value is left out.
        case columnIgnored(String)
        /// A name our ids refuse, renamed.
        case renamed(from: String, to: String)
        /// A repeat that is not one text field (or is nested): left out with its rows.
        case repeatNotList
        /// A note with no question after it in its group: left out.
        case noteLeftOut
        /// A choice list that the choices sheet does not have.
        case unknownList(String)
        /// A text missing in one of the form's languages: the primary language's text stands in.
        case missingTranslation(String)
        /// A label language that is neither French nor English: its column is left out.
        case languageLeftOut(String)
        /// An `end group`/`end repeat` with nothing open, or a group left open.
        case unbalancedGroup
    }

    var file: String
    var sheet: String
    var cell: CellReference
    var value: String
    var kind: Kind

    /// Where the finding is, as messages write it: `FORM.xlsx:survey!B12`.
    var location: String { "\(file):\(sheet)!\(cell.text)" }

    /// Whether the form lost something (what `--strict` refuses); a renamed id loses nothing.
    var isUnmapped: Bool {
        if case .renamed = kind { return false }
        return true
    }
}
