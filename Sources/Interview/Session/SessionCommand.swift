import Foundation
import Grid

/// An in-session command typed at a prompt, in French or English (`/retour`, `/back`, …).
enum SessionCommand: Equatable {
    case help, back, next, skip, review, clear, dontKnow, refuse, pause, finish
    case goTo(String)
    case note(String)
    case quote(String)
    /// `/notes`: the notes and quotes of the question on screen, numbered.
    case notes
    /// `/corriger N texte`: note N's new text (`nil` N when no number was typed).
    case editNote(Int?, String)
    /// `/retirer N`: removes note N.
    case removeNote(Int?)
    /// `/repère texte`: a marker for the recording.
    case mark(String)
    /// `/code ID…`: codebook ids for the answer just given (the last text or list answer).
    case code(String)
    case unknown(String)

    /// The command on a typed line, or nil when the line is an answer. `//` starts a literal `/`.
    static func parse(_ line: String) -> SessionCommand? {
        let trimmed = line.trimmingWhitespace
        guard trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") else { return nil }
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
        let name = parts.first.map { String($0).lowercased().precomposedCanonical } ?? ""
        let argument = parts.count > 1 ? String(parts[1]).trimmingWhitespace : ""
        switch name {
        case "aide", "help", "?": return .help
        case "retour", "back": return .back
        case "suivant", "next": return .next
        case "passer", "skip": return .skip
        case "revoir", "review": return .review
        case "effacer", "clear": return .clear
        case "nsp", "dk": return .dontKnow
        case "refus", "refuse": return .refuse
        case "pause": return .pause
        case "fin", "finish": return .finish
        case "aller", "goto": return .goTo(argument)
        case "note": return .note(argument)
        case "citation", "quote": return .quote(argument)
        case "notes": return .notes
        case "corriger", "edit":
            let words = argument.split(separator: " ", maxSplits: 1)
            return .editNote(words.first.flatMap { Int($0) }, words.count > 1 ? String(words[1]).trimmingWhitespace : "")
        case "retirer", "remove": return .removeNote(Int(argument))
        case "repère", "repere", "mark": return .mark(argument)
        case "code", "coder": return .code(argument)
        default: return .unknown(name)
        }
    }

    /// The text of a line that starts with `//`: one `/` removed.
    static func literal(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "/")), let range = line.range(of: "//"),
              line[..<range.lowerBound].allSatisfy(\.isWhitespace) else { return line }
        return line.replacingCharacters(in: range, with: "/")
    }
}
