import Foundation
import Grid

/// A command typed at the prompt of `interview code`, in French or English (`/suivant`, `/next`, …).
enum CodingCommand: Equatable {
    /// `/segment « phrase »` or `/segment début … fin`: code a part of the text.
    case segment(String)
    /// `/suivant`: the next text this coder has not coded yet.
    case next
    /// `/retour`: the previous text.
    case back
    /// `/liste`: the codings of the case so far.
    case list
    case help
    /// `/pause`: stop here (everything typed is saved already).
    case pause
    case unknown(String)

    /// The command on a typed line, or nil when the line is codes.
    static func parse(_ line: String) -> CodingCommand? {
        let trimmed = line.trimmingWhitespace
        guard trimmed.hasPrefix("/") else { return nil }
        let parts = trimmed.dropFirst().split(separator: " ", maxSplits: 1)
        let name = parts.first.map { String($0).lowercased().precomposedCanonical } ?? ""
        let argument = parts.count > 1 ? String(parts[1]).trimmingWhitespace : ""
        switch name {
        case "segment", "passage": return .segment(argument)
        case "suivant", "next": return .next
        case "retour", "back": return .back
        case "liste", "list": return .list
        case "aide", "help", "?": return .help
        case "pause", "fin", "finish", "quit": return .pause
        default: return .unknown(name)
        }
    }
}
