import Foundation
import Grid

extension CodingWalk {
    /// Text `index`: where it was said, its words wrapped to the terminal, and this coder's codes.
    func show(_ index: Int) {
        let text = texts[index]
        let place = CodingPlace(record: record, language: language)
        var mark = phrase(.position(number: index + 1, count: texts.count))
        if let section = place.sectionName(of: text.target) { mark += " · " + section }
        var lines = ["", console.styled(mark, .dim), console.wrapped(place.describe(text.target), style: .title)]
        lines.append(console.wrapped(TerminalText.safe(text.text), first: "    "))
        lines += codeLines(text)
        console.prompt(lines.joined(separator: "\n") + "\n")
    }

    /// This coder's codes of `text`: the whole text's, then each segment's.
    func codeLines(_ text: CodableText) -> [String] {
        let codings = codings(of: text).filter { !$0.codes.isEmpty }
        guard !codings.isEmpty else { return [console.styled("    " + phrase(.notCodedYet), .dim)] }
        return codings.map { coding in
            let codes = coding.codes.joined(separator: " ")
            let line = coding.coversWhole(of: text.text) ? phrase(.codesNow(codes))
                : phrase(.segmentCodes(text: TerminalText.safe(coding.text), codes: codes))
            return console.wrapped(line, first: "    ", style: .emphasis)
        }
    }
}
