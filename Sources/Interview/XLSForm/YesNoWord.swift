import Grid

/// The labels of the `yes_no` list an exported XLSForm gives its yes/no questions.
enum YesNoWord: MessageCatalogue {
    case yes, no

    var wording: Wording {
        switch self {
        case .yes: return (fr: "Oui", en: "Yes")
        case .no: return (fr: "Non", en: "No")
        }
    }
}
