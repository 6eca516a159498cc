extension SpokenNumber {
    /// Reads a number as people say it: `6 employés`, `environ 60`, `≈ 100`, `plus de 200`,
    /// `1,5 million`, `300 k$`, `4,50 $`, `12 000 $ par année`, `about 60`, `over 200`, `300k`.
    ///
    /// The digits follow `NumberText.read` exactly (the same ambiguities refused, the same limits);
    /// a multiplier shifts them without rounding. A unit matches the question's ignoring case,
    /// accents, inclusive-writing marks and plural (`employés`, `Employée` for `employé·e·s`), or is
    /// `$`, `%`, `€`. Any other word is not a number.
    public static func read(_ input: String, language: Language, unit: String?) -> Result<SpokenNumber, NumberProblem> {
        let read = readAlone(input, language: language, unit: unit)
        guard case .failure(.notANumber) = read, let withWords = readWithWords(input, language: language, unit: unit) else { return read }
        return .success(withWords)
    }

    /// A number followed by words of the respondent's own, kept as said: `40 à temps plein et à
    /// temps partiel`, `1000 pour la popote roulante`, `135 (16 en 2020)`, `1,5 million (en 2020)`.
    /// The number is the longest start of the text that reads as a number alone (with its
    /// qualifiers, multiplier and unit); what follows is two words or more, or starts with `(`.
    /// A lone word after a number reads as a unit, and a wrong one is refused (`12 pommes`).
    private static func readWithWords(_ input: String, language: Language, unit: String?) -> SpokenNumber? {
        let typed = input.trimmingWhitespace
        let characters = Array(typed)
        var found: SpokenNumber?
        for end in characters.indices.dropFirst() where characters[end].isWhitespace || characters[end] == "(" {
            let prefix = String(characters[..<end]).trimmingWhitespace
            guard prefix.contains(where: isDigit) else { continue }
            let words = String(characters[end...]).trimmingWhitespace
            guard let first = words.first, first.isLetter || first == "(",
                  first == "(" || words.split(whereSeparator: \.isWhitespace).count >= 2,
                  case .success(let number) = readAlone(prefix, language: language, unit: unit) else { continue }
            // Words that name what is counted stand for the unit (`6 travailleur·euse·s régulier·ère·s`).
            let firstWord = folded(words.prefix { !$0.isWhitespace && $0 != "'" && $0 != "’" })
            let namesIt = first != "(" && !linkingWords.contains(firstWord) && !linkingWords.contains(firstWord + "'")
            found = SpokenNumber(value: number.value, said: typed, hasUnit: number.hasUnit || namesIt, numberEnd: prefix.count)
        }
        return found
    }

    /// A number alone, plainly or with qualifiers, a multiplier and a unit.
    private static func readAlone(_ input: String, language: Language, unit: String?) -> Result<SpokenNumber, NumberProblem> {
        let typed = input.trimmingWhitespace
        let plain = NumberText.read(typed, language: language, unit: unit)
        guard case .failure(.notANumber) = plain else { return plain.map { SpokenNumber(value: $0) } }
        var rest = Substring(typed)
        var qualified = false
        if let shorter = dropping(qualifiersBefore, from: rest, atStart: true) { rest = shorter; qualified = true }
        let before = rest.count
        while let shorter = dropping(qualifiersAfter, from: rest, atStart: false) { rest = shorter; qualified = true }
        let numberEnd = typed.count - (before - rest.count)
        guard let lastDigit = rest.lastIndex(where: isDigit) else { return .failure(.notANumber) }
        var tail = Substring(rest[rest.index(after: lastDigit)...].trimmingWhitespace)
        let zeros = multiplier(at: &tail, language)
        guard tail.isEmpty || matchesUnit(tail, unit) else { return .failure(.notANumber) }
        guard qualified || zeros > 0 || !tail.isEmpty else { return .failure(.notANumber) }
        let said = qualified || zeros > 0 ? typed : nil
        switch NumberText.read(String(rest[...lastDigit]), language: language, unit: nil) {
        case .success(let value):
            return scaled(value, zeros: zeros).map {
                SpokenNumber(value: $0, said: said, hasUnit: !tail.isEmpty, numberEnd: numberEnd)
            }
        case .failure(.ambiguousComma(let readings)):
            return .failure(.ambiguousComma(readings: readings.compactMap { try? scaled($0, zeros: zeros).get() }))
        case .failure(.ambiguousSpace(let readings)):
            return .failure(.ambiguousSpace(readings: readings.compactMap { try? scaled($0, zeros: zeros).get() }))
        case .failure(let problem):
            return .failure(problem)
        }
    }

    /// The text without one of `phrases` at its start or end, when it is there as a whole word.
    private static func dropping(_ phrases: [String], from text: Substring, atStart: Bool) -> Substring? {
        for phrase in phrases.sorted(by: { $0.count > $1.count }) where text.count > phrase.count {
            let part = atStart ? text.prefix(phrase.count) : text.suffix(phrase.count)
            guard folded(part) == folded(phrase) else { continue }
            // A word must not run on into the next letter (`over` is not `overt`).
            let neighbour = atStart ? text.dropFirst(phrase.count).first : text.dropLast(phrase.count).last
            let edge = atStart ? phrase.last : phrase.first
            if let edge, edge.isLetter, let neighbour, neighbour.isLetter { continue }
            let shorter = atStart ? text.dropFirst(phrase.count) : text.dropLast(phrase.count)
            return Substring(shorter.trimmingWhitespace)
        }
        return nil
    }

    /// The zeros a multiplier at the start of `tail` adds (0 when there is none), and the tail
    /// without it (and without a following `de`/`of`: `1,5 million de dollars`).
    private static func multiplier(at tail: inout Substring, _ language: Language) -> Int {
        for (word, zeros) in multipliers(language) where tail.count >= word.count {
            let part = tail.prefix(word.count)
            let same = word.count == 1 ? (word == "M" ? part == "M" : part.lowercased() == "k") : folded(part) == word
            guard same else { continue }
            let after = tail.dropFirst(word.count)
            if let next = after.first, next.isLetter { continue }
            var rest = after.trimmingWhitespace
            for linking in ["de ", "d'", "d’", "of "] where rest.lowercased().hasPrefix(linking) && rest.count > linking.count {
                rest = String(rest.dropFirst(linking.count)).trimmingWhitespace
            }
            tail = Substring(rest)
            return zeros
        }
        return 0
    }

    /// The value times 10^zeros, exactly (`1,1 million` is 1 100 000, not 1 100 000,000 000 2).
    private static func scaled(_ value: Double, zeros: Int) -> Result<Double, NumberProblem> {
        guard zeros > 0, let digits = DecimalDigits(value) else { return .success(value) }
        let moved = digits.fraction.prefix(zeros)
        let whole = digits.whole + moved + String(repeating: "0", count: zeros - moved.count)
        return NumberText.exact(whole: whole, fraction: digits.fraction.dropFirst(zeros), negative: digits.negative)
    }

    /// Text compared without case or accents, with one kind of apostrophe.
    static func folded(_ text: some StringProtocol) -> String {
        String(String(text).decomposedASCIIFolded.lowercased().map { $0 == "’" ? "'" : $0 })
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
