/// Text written into YAML the program writes (a fiche's front matter, a grid made from a form).
public enum YAMLText {
    /// A double-quoted scalar holding exactly `text`: backslash and quote escaped, line feed and
    /// tab as `\n` and `\t`, other control characters (C0, DEL, C1) and the line and paragraph
    /// separators as `\uXXXX`, which no reader folds or refuses.
    public static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
