import Foundation
import Grid

/// Writes a grid condition as an XLSForm `relevant` (XPath): `q == x` on a multichoice is
/// `selected(${q}, 'x')`, `answered(q)` is `${q} != ''`, `yes`/`no` are the yes_no list's names.
struct XPathWriter {
    let grid: Grid

    func xpath(_ condition: Condition) -> String {
        switch condition {
        case .answered(let id):
            return "${\(id)} != ''"
        case .compare(let id, let comparison, let literal):
            let isMulti = grid.question(id: id)?.type == .multichoice
            if isMulti, comparison == .equal || comparison == .notEqual {
                let selected = "selected(${\(id)}, \(value(literal)))"
                return comparison == .equal ? selected : "not(\(selected))"
            }
            let op = comparison == .equal ? "=" : comparison.rawValue
            return "${\(id)} \(op) \(value(literal))"
        case .member(let id, let literals):
            if literals.isEmpty { return "false()" }
            let terms = literals.map { xpath(.compare(question: id, .equal, $0)) }
            return terms.count == 1 ? terms[0] : "(" + terms.joined(separator: " or ") + ")"
        case .not(let inner):
            return "not(\(xpath(inner)))"
        case .and(let terms):
            return "(" + terms.map(xpath).joined(separator: " and ") + ")"
        case .or(let terms):
            return "(" + terms.map(xpath).joined(separator: " or ") + ")"
        }
    }

    private func value(_ literal: Condition.Literal) -> String {
        switch literal {
        case .bool(let bool): return bool ? "'yes'" : "'no'"
        case .number(let number): return CSVField.number(number)
        case .text(let text): return "'" + text.replacingOccurrences(of: "'", with: "’") + "'"
        }
    }
}
