extension FicheRenderer {
    /// The YAML front matter pandoc reads (`pandoc -s fiche.md` needs no flags): title, case, grid,
    /// date of the interview and language. Values are quoted; the title is inline Markdown to pandoc.
    func frontMatter(title: String, caseID: String?, date: String?) -> String {
        var lines = ["---", "title: " + YAMLText.doubleQuoted(MarkdownText.inline(title))]
        if let caseID { lines.append("case: " + YAMLText.doubleQuoted(caseID)) }
        lines.append("grid: " + YAMLText.doubleQuoted(grid.id))
        if let date { lines.append("date: " + YAMLText.doubleQuoted(date)) }
        lines += ["lang: " + language.rawValue, "language: " + language.rawValue, "---"]
        return lines.joined(separator: "\n")
    }
}
