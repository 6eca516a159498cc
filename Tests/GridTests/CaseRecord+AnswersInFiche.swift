import Foundation
import Testing
@testable import Grid

extension CaseRecord {
    /// Expects every answered question's text, list items and choice labels to appear in `fiche`
    /// (numbers and yes/no are written differently, so they are not looked for), except the
    /// questions of `offFiche` (`fiche: false` in the grid).
    func expectEveryAnswerAppears(in markdown: String, offFiche: Set<String> = [], sourceLocation: SourceLocation = #_sourceLocation) {
        // Typed text is escaped in the Markdown (`20 \$`): it is looked for as printed.
        let fiche = markdown.replacingOccurrences(of: #"\\(.)"#, with: "$1", options: .regularExpression)
        for question in questions where question.status == .answered && !offFiche.contains(question.id) {
            switch question.value {
            case .text(let text): #expect(fiche.contains(text), "\(question.id)", sourceLocation: sourceLocation)
            case .list(let items), .rank(let items):
                for item in items { #expect(fiche.contains(item), "\(question.id)", sourceLocation: sourceLocation) }
            case .choice(let choice): #expect(fiche.contains(choice.label), "\(question.id)", sourceLocation: sourceLocation)
            case .choices(let choices):
                for choice in choices { #expect(fiche.contains(choice.label), "\(question.id)", sourceLocation: sourceLocation) }
            case .number, .bool, nil: break
            }
        }
    }
}
