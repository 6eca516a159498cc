import Foundation
import Grid

extension CodingWalk {
    /// Carries out a command typed at text `index`; `typed` is the line, offered again when refused.
    func handle(_ command: CodingCommand, at index: Int, typed: String) -> Step {
        let text = texts[index]
        let again = Step.stay(prefill: wholeCodes(text).joined(separator: " "))
        switch command {
        case .segment(let argument):
            return codeSegment(argument, at: index, typed: typed)
        case .next:
            return .goTo(texts.indices.first { $0 > index && !hasCoding(texts[$0]) } ?? texts.count)
        case .back:
            guard index > 0 else {
                console.say(phrase(.firstText))
                return again
            }
            return .goTo(index - 1)
        case .list:
            console.prompt(CodingList(record: record, state: state, grid: loaded.grid, coder: nil, language: language)
                .lines().map { console.wrapped($0, rest: "      ") }.joined(separator: "\n") + "\n")
            show(index)
            return again
        case .help:
            console.prompt(phrase(.help) + "\n")
            show(index)
            return again
        case .pause:
            return .end(.paused)
        case .unknown(let name):
            return refuse(SessionMessage.unknownCommand(name: TerminalText.safe(name)).text(in: language), about: text) ?? again
        }
    }

    /// `/segment …` at text `index`: finds the passage, then reads its codes; stays on the text.
    private func codeSegment(_ argument: String, at index: Int, typed: String) -> Step {
        let text = texts[index]
        let span: Range<Int>
        switch SegmentSelection.parse(argument).flatMap({ $0.locate(in: text.text) }) {
        case .failure(let problem):
            return refuse(problem.text(in: language), about: text) ?? .stay(prefill: typed)
        case .success(let found):
            span = found
        }
        guard let chosen = Coding.segment(of: text, start: span.lowerBound, end: span.upperBound, codes: [], coder: coder) else {
            return .stay(prefill: typed)
        }
        console.prompt(console.wrapped(phrase(.segmentChosen(TerminalText.safe(chosen.text))), first: "    ") + "\n")
        let before = codings(of: text).last { $0.start == chosen.start && $0.end == chosen.end }?.codes ?? []
        var prefill = before.joined(separator: " ")
        while true {
            editor.completions = completion(withCommands: false)
            let input = editor.readLine(prompt: phrase(.segmentPrompt), prefill: editor.isInteractive ? prefill : "")
            switch input {
            case .endOfInput: return .end(.paused)
            case .interrupted(let partial):
                if partial.isEmpty { return .stay(prefill: wholeCodes(text).joined(separator: " ")) }
                prefill = ""
            case .terminated(let signal, _): return .end(.signalled(signal))
            case .undecodable(let byte):
                return .end(.invalidInput(line: editor.lineNumber, question: text.target.question ?? "—",
                                          message: SessionMessage.notUTF8(byte: byte).text(in: language)))
            case .line(let raw):
                // A command leaves the segment uncoded and is carried out at the text.
                if let command = CodingCommand.parse(raw) { return handle(command, at: index, typed: raw) }
                switch CodeLine.read(raw, grid: loaded.grid) {
                case .failure(let problem):
                    if let end = refuse(problem.text(in: language), about: text) { return end }
                    prefill = raw
                case .success(let codes):
                    var coding = chosen
                    coding.codes = codes
                    if let step = save(coding, before: before, typed: raw) {
                        if case .stay(let again) = step { prefill = again; continue }
                        return step
                    }
                    console.prompt(codeLines(text).joined(separator: "\n") + "\n")
                    return .stay(prefill: wholeCodes(text).joined(separator: " "))
                }
            }
        }
    }
}
