/// Text written as a value of the condition language so that `ConditionParser` reads back that
/// very text (a grid made from a form writes its conditions this way).
public enum ConditionLiteral {
    /// Words the parser reads as something other than text where a value stands.
    private static let reserved: Set<String> = ["and", "or", "not", "in", "answered", "yes", "oui", "true", "no", "non", "false"]

    /// A bare word when it reads as itself; else the text in double quotes, or in single quotes
    /// when it holds a double quote (the language has no escapes); nil when it holds both.
    public static func text(_ text: String) -> String? {
        if !text.isEmpty, text.allSatisfy(ConditionLexer.isWordCharacter), Double(text) == nil,
           !reserved.contains(text.lowercased()) {
            return text
        }
        if !text.contains("\"") { return "\"" + text + "\"" }
        if !text.contains("'") { return "'" + text + "'" }
        return nil
    }
}
