import Grid

/// What `interview code`, `code --list` and `/code` say, in French and English side by side.
enum CodingMessage: MessageCatalogue {
    // --coder
    case coderEmpty
    case coderTooLong(maximum: Int)
    case coderControl(String)
    // The walk through the texts.
    case welcome(caseID: String, coder: String?, texts: Int)
    case nothingToCode(caseID: String)
    case position(number: Int, count: Int)
    case item(Int)
    case quote(Int)
    case looseQuote(Int)
    case codesNow(String)
    case notCodedYet
    case segmentCodes(text: String, codes: String)
    case prompt
    case segmentPrompt
    case segmentChosen(String)
    case firstText
    case help
    case summary(passages: Int, segments: Int)
    /// A refused piped line: said with its line number; the next line is read for the same text.
    case pipedRefusal(line: Int, message: String)
    // code --list
    case listTitle(caseID: String)
    case noCodings
    case staleTitle
    case byCoder(String)
    case noCoder
    case wholeList
    case passage(String)
    // /code during an interview
    case codesNeeded
    case noCodableAnswer
    case answerCoded(number: Int, codes: String)

    var wording: Wording {
        switch self {
        case .pipedRefusal(let line, let message):
            return (fr: "Ligne \(line) de l'entrée : \(message) La ligne suivante est lue pour le même texte.",
                    en: "Input line \(line): \(message) The next line is read for the same text.")
        case .coderEmpty:
            return (fr: "--coder attend un nom (il est gardé avec chaque code).", en: "--coder takes a name (it is kept with every code).")
        case .coderTooLong(let maximum):
            return (fr: "Le nom donné à --coder dépasse \(maximum) caractères.", en: "The name given to --coder is longer than \(maximum) characters.")
        case .coderControl(let name):
            return (fr: "Le nom « \(name) » donné à --coder contient des caractères de contrôle.",
                    en: "The name '\(name)' given to --coder holds control characters.")
        case .welcome(let caseID, let coder, let texts):
            let who = coder.map { (fr: " par \($0)", en: " by \($0)") } ?? (fr: "", en: "")
            return (fr: "Codage du cas \(caseID)\(who.fr) : \(texts) \(texts > 1 ? "textes" : "texte"). Tapez les codes séparés par des espaces (Tab complète), Entrée sur une ligne vide : aucun code. /aide liste les commandes.",
                    en: "Coding case \(caseID)\(who.en): \(texts) \(texts == 1 ? "text" : "texts"). Type the codes separated by spaces (Tab completes), Enter on an empty line: no code. /help lists the commands.")
        case .nothingToCode(let caseID):
            return (fr: "Le cas \(caseID) n'a aucun texte à coder (réponse texte, élément de liste ou citation).",
                    en: "Case \(caseID) has no text to code (text answer, list item or quote).")
        case .position(let number, let count):
            return (fr: "Texte \(number) sur \(count)", en: "Text \(number) of \(count)")
        case .item(let number):
            return (fr: "élément \(number)", en: "item \(number)")
        case .quote(let number):
            return (fr: "Citation \(number)", en: "Quote \(number)")
        case .looseQuote(let number):
            return (fr: "Citation \(number) (prise entre les questions)", en: "Quote \(number) (taken between questions)")
        case .codesNow(let codes):
            return (fr: "Codes : \(codes)", en: "Codes: \(codes)")
        case .notCodedYet:
            return (fr: "Pas encore codé.", en: "Not coded yet.")
        case .segmentCodes(let text, let codes):
            return (fr: "Segment « \(text) » : \(codes)", en: "Segment \"\(text)\": \(codes)")
        case .prompt:
            return (fr: "codes› ", en: "codes› ")
        case .segmentPrompt:
            return (fr: "codes du segment› ", en: "segment codes› ")
        case .segmentChosen(let text):
            return (fr: "Segment : « \(text) »", en: "Segment: \"\(text)\"")
        case .firstText:
            return (fr: "C'est le premier texte.", en: "This is the first text.")
        case .help:
            return (fr: [
                "ancrage ancrage.mobilisation   les codes du texte, séparés par des espaces (Tab complète)",
                "Entrée sur une ligne vide      aucun code (retire les codes déjà donnés)",
                "/segment « phrase »            coder une phrase exacte du texte",
                "/segment début … fin           coder le passage qui va de ces mots à ceux-là",
                "/suivant                       le prochain texte pas encore codé",
                "/retour                        le texte précédent",
                "/liste                         les passages codés du cas",
                "/pause                         arrêter ici (Ctrl-D aussi) : tout est déjà enregistré",
            ].joined(separator: "\n"), en: [
                "ancrage ancrage.mobilisation   the text's codes, separated by spaces (Tab completes)",
                "Enter on an empty line         no code (takes off the codes given before)",
                "/segment \"phrase\"              code an exact phrase of the text",
                "/segment start … end           code the passage from these words to those",
                "/next                          the next text not coded yet",
                "/back                          the previous text",
                "/list                          the coded passages of the case",
                "/pause                         stop here (Ctrl-D too): everything is saved already",
            ].joined(separator: "\n"))
        case .summary(let passages, let segments):
            return (fr: "\(passages) \(passages > 1 ? "passages codés" : "passage codé"), \(segments) \(segments > 1 ? "segments" : "segment").",
                    en: "\(passages) \(passages == 1 ? "passage" : "passages") coded, \(segments) \(segments == 1 ? "segment" : "segments").")
        case .listTitle(let caseID):
            return (fr: "Passages codés du cas \(caseID)", en: "Coded passages of case \(caseID)")
        case .noCodings:
            return (fr: "Aucun passage codé.", en: "No coded passage.")
        case .staleTitle:
            return (fr: "À recoder — ces passages ne sont plus dans les réponses (modifiées depuis leur codage) :",
                    en: "To code again — these passages are no longer in the answers (changed since they were coded):")
        case .byCoder(let coder):
            return (fr: "codé par \(coder)", en: "coded by \(coder)")
        case .noCoder:
            return (fr: "sans nom de codeur·se", en: "no coder's name")
        case .wholeList:
            return (fr: "toute la liste", en: "the whole list")
        case .passage(let text):
            return (fr: "« \(text) »", en: "“\(text)”")
        case .codesNeeded:
            return (fr: "Tapez les codes après /code, par exemple /code ancrage ancrage.mobilisation.",
                    en: "Type the codes after /code, for example /code ancrage ancrage.mobilisation.")
        case .noCodableAnswer:
            return (fr: "Aucune réponse à coder pour l'instant : /code s'applique à la dernière réponse texte ou liste donnée.",
                    en: "No answer to code yet: /code applies to the last text or list answer given.")
        case .answerCoded(let number, let codes):
            return (fr: "Réponse à la question \(number) codée : \(codes).", en: "Answer to question \(number) coded: \(codes).")
        }
    }
}
