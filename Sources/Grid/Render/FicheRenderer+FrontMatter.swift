extension FicheRenderer {
    /// The YAML front matter pandoc reads (`pandoc -s fiche.md` needs no flags): title, case, grid,
    /// date of the interview and language. Values are quoted; the title is inline Markdown to pandoc.
    func frontMatter(title: String, caseID: String?, date: String?) -> String {
        var lines = ["---", "title: " + Self.yamlQuoted(MarkdownText.inline(title))]
        if let caseID { lines.append("case: " + Self.yamlQuoted(caseID)) }
        lines.append("grid: " + Self.yamlQuoted(grid.id))
        if let date { lines.append("date: " + Self.yamlQuoted(date)) }
        lines += ["lang: " + language.rawValue, "language: " + language.rawValue, "---"]
        return lines.joined(separator: "\n")
    }

    /// A YAML double-quoted scalar holding exactly `text`.
    static func yamlQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
