import Foundation
import Grid

/// The English that swift-argument-parser writes (errors, usage, the words of `--help`) said in
/// another language, line by line; a line it does not know stays as it is.
enum ArgumentParserFrench {
    static func translated(_ text: String, into language: Language) -> String {
        guard language != .en else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line(String($0)).map { $0.text(in: language) } ?? fixedWords(String($0), in: language) }
            .joined(separator: "\n")
    }

    /// A whole line the parser writes, as its message.
    private static func line(_ line: String) -> ArgumentMessage? {
        if let rest = line.dropping(prefix: "Error: ") {
            return .error(error(rest).map { $0.text(in: InterfaceLanguage.current) } ?? rest)
        }
        if let rest = line.dropping(prefix: "Help: ") { return .argumentHelp(rest) }
        if let rest = line.dropping(prefix: "Usage: ") { return .usage(rest) }
        if let groups = line.captures(#"^  See '(.+) --help' for more information\.$"#) { return .seeHelp(command: groups[0]) }
        if let groups = line.captures(#"^  See '(.+) help <subcommand>' for detailed help\.$"#) { return .seeDetailedHelp(command: groups[0]) }
        return nil
    }

    /// The parser's error sentences.
    private static func error(_ text: String) -> ArgumentMessage? {
        if let groups = text.captures(#"^Missing expected argument '(.+)'$"#) { return .missingArgument(groups[0]) }
        if let groups = text.captures(#"^Unknown option '(.+)'$"#) { return .unknownOption(groups[0]) }
        if let groups = text.captures(#"^Missing value for '(.+)'$"#) { return .missingValue(groups[0]) }
        if let groups = text.captures(#"^The value '(.*)' is invalid for '(.+)'\. Please provide one of (.+)\.$"#) {
            return .invalidValue(value: groups[0], option: groups[1], choices: groups[2].replacingOccurrences(of: " and ", with: ", "))
        }
        if let groups = text.captures(#"^Unexpected argument '(.+)'$"#) { return .unexpectedArgument(groups[0]) }
        if let groups = text.captures(#"^(\d+) unexpected arguments: (.+)$"#) { return .unexpectedArguments(count: groups[0], list: groups[1]) }
        return nil
    }

    /// Section headers and the two built-in options of `--help`, where they stand in a line.
    private static func fixedWords(_ line: String, in language: Language) -> String {
        let headers: [ArgumentMessage] = [.overviewHeader, .usageHeader, .argumentsHeader, .optionsHeader, .subcommandsHeader]
        for header in headers {
            let english = header.text(in: .en)
            if line.hasPrefix(english) { return header.text(in: language) + line.dropFirst(english.count) }
        }
        for words in [ArgumentMessage.showHelp, .showVersion] where line.hasSuffix(words.text(in: .en)) {
            return line.dropLast(words.text(in: .en).count) + words.text(in: language)
        }
        return line
    }
}

private extension String {
    func dropping(prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }

    /// The capture groups of `pattern` when it matches the whole string.
    func captures(_ pattern: String) -> [String]? {
        guard let expression = try? NSRegularExpression(pattern: pattern),
              let match = expression.firstMatch(in: self, range: NSRange(startIndex..., in: self)) else { return nil }
        return (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: self).map { String(self[$0]) } }
    }
}
