import ArgumentParser
import Grid

/// What `interview code --help` says, in French and English side by side (beside `HelpText`).
enum CodeHelpText: MessageCatalogue {
    case abstract, discussion, coder, list

    var wording: Wording {
        switch self {
        case .abstract:
            return (fr: "Coder un cas par thème : ses réponses texte, éléments de liste et citations, avec les codes du livre de codes de la grille.",
                    en: "Code a case by theme: its text answers, list items and quotes, with the codes of the grid's codebook.")
        case .discussion:
            return (fr: "Pour chaque texte, tapez les identifiants du livre de codes séparés par des espaces (ancrage ancrage.mobilisation ; Tab complète ; Entrée sur une ligne vide : aucun). /segment « phrase » ou /segment début … fin code une partie du texte ; /suivant va au prochain texte pas encore codé, /retour au précédent, /liste montre les passages codés, /pause (ou Ctrl-D) arrête. Chaque ligne est enregistrée dans le journal du cas avant la suivante. Une entrée redirigée est lue ligne par ligne ; une ligne refusée est signalée et la suivante est lue pour le même texte. --list affiche ce qui est codé, pour relecture.",
                    en: "For each text, type codebook ids separated by spaces (ancrage ancrage.mobilisation; Tab completes; Enter on an empty line: none). /segment \"phrase\" or /segment start … end codes a part of the text; /next goes to the next text not coded yet, /back to the previous one, /list shows the coded passages, /pause (or Ctrl-D) stops. Each line is saved in the case's journal before the next one. Piped input is read line by line; a refused line is reported and the next line is read for the same text. --list prints what is coded, for review.")
        case .coder:
            return (fr: "Le nom du codeur ou de la codeuse, gardé avec chaque code (par défaut : aucun nom ; avec --list, seulement ses codes).",
                    en: "The coder's name, kept with every code (default: no name; with --list, only their codes).")
        case .list:
            return (fr: "Afficher les passages codés du cas (et ceux à recoder), sans rien modifier.",
                    en: "Print the case's coded passages (and those to code again), changing nothing.")
        }
    }

    /// The text in the interface language read before parsing.
    var current: String { text(in: InterfaceLanguage.current) }

    /// The text as an argument's or option's help.
    var help: ArgumentHelp { ArgumentHelp(current) }
}
