import Grid

/// `interview code --list`: every coded passage of a case for review — where it was said, its
/// words, its codes with their labels, its coder — then the codings whose words are gone.
struct CodingList {
    let record: CaseRecord
    let state: SessionState
    let grid: Grid
    /// Only this coder's codings when given; every coder's when nil.
    let coder: String?
    let language: Language

    /// The lines to print, safe for a terminal.
    func lines() -> [String] {
        let current = record.codings.filter(isShown)
        let stale = staleCodings()
        var lines = [CodingMessage.listTitle(caseID: record.caseID).text(in: language), ""]
        if current.isEmpty && stale.isEmpty { return lines + [CodingMessage.noCodings.text(in: language)] }
        for coding in current { lines += block(coding.target, text: coding.text, codes: coding.codes, coder: coding.coder) }
        guard !stale.isEmpty else { return lines }
        lines += [CodingMessage.staleTitle.text(in: language), ""]
        for coding in stale { lines += block(coding.target, text: coding.text, codes: coding.codes, coder: coding.coder) }
        return lines
    }

    /// The codings with codes whose words are no longer where they were coded (the answer was
    /// edited since): in the journal, not in the record.
    func staleCodings() -> [Coding] {
        state.codings.filter { coding in
            guard !coding.codes.isEmpty, coder == nil || coding.coder == coder else { return false }
            guard let text = record.text(of: coding.target) else { return true }
            return coding.located(in: text.text) == nil
        }
    }

    private func isShown(_ coding: RecordCoding) -> Bool {
        coder == nil || coding.coder == coder
    }

    /// One coded passage: where, the words quoted, each code with its label, the coder.
    private func block(_ target: CodingTarget, text: String, codes: [String], coder: String?) -> [String] {
        var place = CodingPlace(record: record, language: language).describe(target)
        if target.part == .answer, let id = target.question, record.question(id)?.type == .list {
            place += " · " + CodingMessage.wholeList.text(in: language)
        }
        let quoted = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "  " + CodingMessage.passage(TerminalText.safe(String($0))).text(in: language)
        }
        let labelled = codes.map { code in "    \(code) — \(TerminalText.safe(grid.codeLabel(code) ?? "?"))" }
        let who = coder.map { CodingMessage.byCoder(TerminalText.safe($0)) } ?? .noCoder
        return [place] + quoted + labelled + ["    (" + who.text(in: language) + ")", ""]
    }
}
