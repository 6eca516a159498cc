/// The grid's codebook as coders use it: every id they may type, looked up and suggested.
extension Grid {
    /// Every id a coder may type, in codebook order: each theme, then its codes (`theme.code`).
    public var codeIDs: [String] {
        codebook.flatMap { theme in [theme.id] + theme.codes.map { "\(theme.id).\($0.id)" } }
    }

    /// The theme and, for `theme.code`, the code an id names; nil when the codebook has neither.
    public func codebookEntry(_ id: CodeID) -> (theme: Theme, code: Theme.Code?)? {
        guard let theme = codebook.first(where: { $0.id == id.theme }) else { return nil }
        guard let codeID = id.code else { return (theme, nil) }
        guard let code = theme.codes.first(where: { $0.id == codeID }) else { return nil }
        return (theme, code)
    }

    /// The label of a codebook id (`Mobilisation des citoyen·ne·s`), nil when unknown.
    public func codeLabel(_ id: String) -> String? {
        guard let codeID = CodeID(id), let entry = codebookEntry(codeID) else { return nil }
        return entry.code?.label ?? entry.theme.label
    }

    /// The known id closest to a misspelt one (`ancrag` → `ancrage`, `mobilisation` →
    /// `ancrage.mobilisation`), for "did you mean …?".
    public func suggestedCodeID(for typed: String) -> String? {
        let ids = codeIDs
        if let close = Suggestion.closest(to: typed, in: ids) { return close }
        // The start of one id alone (`ancrage.mob` → `ancrage.mobilisation`).
        let started = ids.filter { $0.hasPrefix(typed) }
        if !typed.isEmpty, started.count == 1 { return started[0] }
        // A code typed without its theme: the one theme that has it.
        let owners = ids.filter { $0.hasSuffix(".\(typed)") }
        return owners.count == 1 ? owners[0] : nil
    }
}
