@testable import Interview
import Testing

/// Wrapping answers of megabytes (`interview show` once took quadratic time on them): every line
/// within the width, words too long for a line cut at the width, nothing lost and nothing moved.
@Suite("Fiches in the terminal: very long answers")
struct TerminalFicheLongTextTests {
    private let width = 40

    private func lines(_ markdown: String) -> [String] {
        let text = TerminalFiche(width: width, colour: false).render(markdown: markdown)
        #expect(text.hasSuffix("\n"))
        return text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// Words of every kind people type: accents, inclusive `·e·s`, guillemets, French
    /// punctuation, emoji, numbers with spaces, and now and then a link longer than a line.
    private func words(_ count: Int) -> [String] {
        let vocabulary = ["coopérative", "employé·e·s", "«", "Bonjour", "»", "Besoin", ":", "accès", "à", "40", "%",
                          "🌱", "l'été", "10", "000", "$", "Saint-Fabien", "de", "la", "municipalité", "👩🏽‍🌾", "fin."]
        let link = "https://example.org/un/chemin/très/long/vers/une/page/de/la/coopérative"
        return (0..<count).map { index in
            index % 97 == 96 ? link + String(index) : vocabulary[(index * 7 + index / vocabulary.count) % vocabulary.count]
        }
    }

    @Test("A 2 MB word with no space is cut into lines of exactly the width, in order, nothing lost")
    func hugeWordIsCut() {
        let pattern = "abcdéfghïj0123456789🌱ÉÀ·"
        let word = String(repeating: pattern, count: 2_000_000 / pattern.utf8.count)
        let result = lines(word)
        // Columns, not characters: 🌱 takes two, so a line is full at the width or one short of it.
        #expect(result.count == (word.displayWidth + width - 1) / width || result.count == (word.displayWidth + width - 2) / (width - 1))
        #expect(result.dropLast().allSatisfy { (width - 1...width).contains($0.displayWidth) })
        #expect(result.last.map { (1...width).contains($0.displayWidth) } == true)
        #expect(result.joined() == word)
    }

    @Test("A run of digit groups too long for a line wraps between its groups, every digit in place")
    func longNumberWraps() {
        let number = "1" + String(repeating: " 000", count: 100_000)
        let result = lines(number)
        #expect(result.allSatisfy { $0.count <= width })
        #expect(result.first == "1" + String(repeating: " 000", count: 9))
        #expect(result.dropFirst().dropLast().allSatisfy { $0 == String(repeating: "000 ", count: 9) + "000" })
        #expect(result.joined(separator: " ") == number)
    }

    @Test("A long text of words wraps between words within the width, each word whole unless longer than a line, in order")
    func longTextWraps() {
        let input = words(150_000)
        let result = lines(input.joined(separator: " "))
        #expect(result.allSatisfy { $0.count <= width })
        #expect(result.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") })
        // Punctuation stays with its word, unless that word was cut (a long link: the line before
        // is full, but for the space the line break stands for).
        for (before, line) in zip(result, result.dropFirst()) where before.count < width - 1 {
            #expect(!line.hasPrefix(":") && !line.hasPrefix("»") && !line.hasPrefix("%") && !before.hasSuffix("«"), "\(before)\n\(line)")
        }
        // Read the words back in order: a word no longer than a line is one piece; a longer one
        // is its pieces, cut at the width, on the lines that follow each other.
        var pieces = result.flatMap { $0.split(separator: " ").map(String.init) }[...]
        for word in input {
            guard var read = pieces.popFirst() else {
                Issue.record("\(word) is missing")
                return
            }
            while read.count < word.count, word.count > width, let next = pieces.popFirst() { read += next }
            #expect(read == word)
            if read != word { return }
        }
        #expect(pieces.isEmpty)
    }

    @Test("A long list item keeps its hanging indent on every line, and a huge word is cut to the room left")
    func longListItem() {
        let word = String(repeating: "é", count: 500_000)
        let result = lines("- Défis : " + word)
        #expect(result.first == "  - Défis :")
        #expect(result.dropFirst().allSatisfy { $0.hasPrefix("    ") && $0.count <= width })
        #expect(result.dropFirst().map { $0.dropFirst(4) }.joined() == word)
    }
}

extension TerminalFicheLongTextTests {
    @Test("Wide characters take two columns, marks and joiners none, when a text is wrapped")
    func displayWidths() {
        #expect("abc".displayWidth == 3)
        #expect("é".displayWidth == 1 && "e\u{301}".displayWidth == 1)
        #expect("🌱".displayWidth == 2 && "👩🏽‍🌾".displayWidth == 2 && "❤️".displayWidth == 2)
        #expect("東京".displayWidth == 4)
        let wrapped = TerminalFiche(width: 80, colour: false).wrap(String(repeating: "🌱", count: 50), first: "", rest: "")
        #expect(wrapped == [String(repeating: "🌱", count: 40), String(repeating: "🌱", count: 10)])
    }
}
