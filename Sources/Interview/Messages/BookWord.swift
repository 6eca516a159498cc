import Grid

/// The words the case book adds around the fiches, in French and English side by side.
enum BookWord: MessageCatalogue {
    case contents
    case profile
    case themes
    case annex
    /// Under the title page: when the book was built and from how many cases.
    case built(date: String, cases: Int)
    /// The profile's opening: how many cases it describes, and how many are left out.
    case profileCases(Int)
    case profileLeftOut(Int)
    /// One option of a closed question and its number of cases.
    case optionCount(label: String, count: Int)
    /// The spread of a numeric question's answers.
    case spread(min: String, median: String, max: String, answers: Int)
    case noAnswer(Int)
    /// A themes table row's counts in one grid section (« Démarrage : 7 mentions par 5 entreprises »);
    /// no title: quotes taken between questions.
    case inSection(title: String?, sentence: String)
    case synthesis
    /// A coded segment's case, after the quote.
    case segmentCase(String)
    /// An annex question's help and its probes.
    case help
    case probes
    case choices

    var wording: Wording {
        switch self {
        case .contents: return (fr: "Table des matières", en: "Contents")
        case .profile: return (fr: "Profil des cas", en: "Profile of the cases")
        case .themes: return (fr: "Tableau récapitulatif des enjeux", en: "Summary table of themes")
        case .annex: return (fr: "Annexe : la grille d'entretien", en: "Annex: the interview grid")
        case .built(let date, let cases):
            return (fr: "Cahier produit le \(date) à partir de \(cases) cas.", en: "Book built on \(date) from \(cases) case\(cases == 1 ? "" : "s").")
        case .profileCases(let count):
            return (fr: "Ce cahier présente \(count) cas.", en: "This book presents \(count) case\(count == 1 ? "" : "s").")
        case .profileLeftOut(let count):
            return (fr: "\(count) autre\(count == 1 ? "" : "s") cas, sans consentement à la publication, n'\(count == 1 ? "est" : "sont") ni présenté\(count == 1 ? "" : "s") ni compté\(count == 1 ? "" : "s").",
                    en: "\(count) other case\(count == 1 ? "" : "s"), without consent to publication, \(count == 1 ? "is" : "are") neither presented nor counted.")
        case .optionCount(let label, let count): return (fr: "\(label) : \(count)", en: "\(label): \(count)")
        case .spread(let min, let median, let max, let answers):
            return (fr: "de \(min) à \(max), médiane \(median) (\(answers) réponse\(answers == 1 ? "" : "s"))",
                    en: "from \(min) to \(max), median \(median) (\(answers) answer\(answers == 1 ? "" : "s"))")
        case .noAnswer(let count): return (fr: "sans réponse : \(count)", en: "no answer: \(count)")
        case .inSection(let title, let sentence):
            guard let title else { return (fr: "Hors des questions : \(sentence)", en: "Outside the questions: \(sentence)") }
            return (fr: "\(title) : \(sentence)", en: "\(title): \(sentence)")
        case .synthesis: return (fr: "Synthèse", en: "Synthesis")
        case .segmentCase(let title): return (fr: "— \(title)", en: "— \(title)")
        case .help: return (fr: "Aide", en: "Help")
        case .probes: return (fr: "Relances", en: "Probes")
        case .choices: return (fr: "Choix", en: "Choices")
        }
    }
}
