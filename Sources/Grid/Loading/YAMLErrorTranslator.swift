import Yams

/// Turns libyaml's errors into grid issues that say what to write instead.
enum YAMLErrorTranslator {
    static func issue(for error: Error, text: String, file: String) -> GridIssue {
        // Yams only throws its own errors; anything else is said as text it could not read,
        // never by the error's own description (which may be Foundation's).
        guard let yamlError = error as? YamlError else {
            return GridIssue(file: file, position: .init(line: 1, column: 1), problem: .notText)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let position = SourcePosition(line: mark.line, column: mark.column)
            let problemKind = classify(problem: problem, context: context?.text, at: position, in: text)
            let place = problemKind == .unclosedQuote ? context.map { SourcePosition(line: $0.mark.line, column: $0.mark.column) } ?? position : position
            return GridIssue(file: file, position: place, problem: problemKind)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return GridIssue(file: file, position: .init(line: context.mark.line, column: context.mark.column),
                             problem: .duplicateKey(duplicates.joined(separator: ", ")))
        case .reader:
            return GridIssue(file: file, position: .init(line: 1, column: 1), problem: .notText)
        default:
            return GridIssue(file: file, position: .init(line: 1, column: 1), problem: .yamlSyntax(yamlError.description))
        }
    }

    private static func classify(problem: String, context: String?, at position: SourcePosition, in text: String) -> GridProblem {
        if context?.contains("quoted scalar") == true { return .unclosedQuote }
        if problem.contains("mapping values are not allowed") { return .colonInPlainText }
        if problem.contains("cannot start any token") || problem.contains("tab") {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if position.line - 1 < lines.count, lines[position.line - 1].contains("\t") { return .tabIndentation }
        }
        return .yamlSyntax(problem)
    }
}
