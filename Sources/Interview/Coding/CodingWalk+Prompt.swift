import Foundation
import Grid

extension CodingWalk {
    /// Shows text `index` and reads its codes until something is decided about it.
    func ask(_ index: Int) -> Step {
        let text = texts[index]
        show(index)
        var prefill = wholeCodes(text).joined(separator: " ")
        while true {
            editor.completions = completion(withCommands: true)
            let input = editor.readLine(prompt: phrase(.prompt), prefill: editor.isInteractive ? prefill : "")
            switch input {
            case .endOfInput: return .end(.paused)
            case .interrupted(let partial):
                if partial.isEmpty { return .end(.paused) }
                prefill = ""
            case .terminated(let signal, _): return .end(.signalled(signal))
            case .undecodable(let byte):
                return .end(.invalidInput(line: editor.lineNumber, question: text.target.question ?? "—",
                                          message: SessionMessage.notUTF8(byte: byte).text(in: language)))
            case .line(let raw):
                if let command = CodingCommand.parse(raw) {
                    let step = handle(command, at: index, typed: raw)
                    if case .stay(let again) = step { prefill = again; continue }
                    return step
                }
                switch CodeLine.read(raw, grid: loaded.grid) {
                case .failure(let problem):
                    if let end = refuse(problem.text(in: language), about: text) { return end }
                    prefill = raw
                case .success(let codes):
                    if let end = save(Coding.whole(text, codes: codes, coder: coder), before: wholeCodes(text), typed: raw) {
                        if case .stay(let again) = end { prefill = again; continue }
                        return end
                    }
                    return .advance
                }
            }
        }
    }

    /// Writes `coding` unless it changes nothing (the same codes as `before`, or none twice);
    /// nil when done, else what to do instead (saving failed).
    func save(_ coding: Coding, before: [String], typed: String) -> Step? {
        guard coding.codes != before else { return nil }
        do { try write(coding) } catch {
            console.error(error.message(in: language))
            guard editor.isInteractive else { return .end(.saveFailed(error)) }
            console.error(SessionMessage.nothingLost.text(in: language))
            return .stay(prefill: typed)
        }
        return nil
    }

    /// A refused line: said (with its line number when piped) and asked again — the next line
    /// is read for the same text, nothing written.
    func refuse(_ message: String, about text: CodableText) -> Step? {
        if editor.isInteractive {
            console.error(TerminalText.safe(message))
        } else {
            console.error(TerminalText.safe(CodingMessage.pipedRefusal(line: editor.lineNumber, message: message).text(in: language)))
        }
        return nil
    }

    /// Tab at a codes prompt: codebook ids, one after another, and the commands when `withCommands`.
    func completion(withCommands: Bool) -> LineCompletion {
        let ids = loaded.grid.codeIDs
        let commands = withCommands ? CodingCommandName.allCases.map { $0.text(in: language) } : []
        return LineCompletion(words: ids + commands, items: ids)
    }
}
