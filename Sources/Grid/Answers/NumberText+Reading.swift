extension NumberText {
    /// The largest magnitude read: beyond 2^53 a double no longer holds every whole number.
    public static let largestExact: Double = 9_007_199_254_740_992

    /// The spaces that may group thousands: space, no-break space, narrow no-break space, thin space.
    static let groupSpaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\u{2009}"]

    /// Reads one typed number exactly, or says why it cannot: `1 500`, `1 500,5` and `2.5` (fr),
    /// `1,500.5`, `1 500` and `$1,500` (en), `40 %`, `5 000 000 $`, `40 employé·e·s`.
    ///
    /// Thousands are grouped by three digits after a first group of one to three (`12,500,000`),
    /// with commas (en) or spaces. Anything else a comma or a space could mean is refused as
    /// ambiguous with its possible readings, never read as one of them. A number is refused when
    /// a double would not keep it exactly: beyond 2^53, or with more digits than it holds.
    public static func read(_ input: String, language: Language, unit: String?) -> Result<Double, NumberProblem> {
        var text = input.trimmingWhitespace
        for suffix in [unit, "$", "%", "€"].compactMap({ $0 }) where !suffix.isEmpty {
            if text.lowercased().hasSuffix(suffix.lowercased()) {
                text = String(text.dropLast(suffix.count)).trimmingWhitespace
                break
            }
        }
        var negative = false
        if text.hasPrefix("$") { text = text.dropFirst().trimmingWhitespace }
        if let sign = text.first, sign == "-" || sign == "+" || sign == "\u{2212}" {
            negative = sign != "+"
            text = text.dropFirst().trimmingWhitespace
        }
        if text.hasPrefix("$") { text = text.dropFirst().trimmingWhitespace }
        return readDigits(Substring(text), negative: negative, language: language)
    }

    /// Reads the digits, separators and decimal mark after the sign.
    private static func readDigits(_ body: Substring, negative: Bool, language: Language) -> Result<Double, NumberProblem> {
        guard !body.isEmpty, body.allSatisfy({ isDigit($0) || $0 == "." || $0 == "," || groupSpaces.contains($0) }) else {
            return .failure(.notANumber)
        }
        // The language's decimal mark, and the dot that everyone types.
        let decimalMarks = Set(NumberMark.decimalMark.text(in: language)).union(["."])
        let marks = body.indices.filter { decimalMarks.contains(body[$0]) }
        guard marks.count <= 1 else { return .failure(.notANumber) }
        let whole = marks.first.map { body[..<$0] } ?? body
        let fraction = marks.first.map { body[body.index(after: $0)...] } ?? ""
        guard fraction.allSatisfy(isDigit), whole.contains(where: isDigit) || !fraction.isEmpty else {
            return .failure(.notANumber)
        }
        guard whole.allSatisfy(isDigit) || groupsThousands(whole) else {
            return .failure(ambiguity(body, whole: whole, fraction: fraction, negative: negative, language: language))
        }
        return exact(whole: whole.filter(isDigit), fraction: fraction, negative: negative)
    }

    /// Whether separators in the whole digits group thousands: all commas or all spaces, one
    /// between groups, a first group of one to three digits not starting with 0, then groups of three.
    private static func groupsThousands(_ whole: Substring) -> Bool {
        let separators = whole.filter { !isDigit($0) }
        guard separators.allSatisfy({ $0 == "," }) || separators.allSatisfy(groupSpaces.contains) else { return false }
        let groups = whole.split(omittingEmptySubsequences: false) { !isDigit($0) }
        guard let first = groups.first, (1...3).contains(first.count), first.first != "0" else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// The problem of separators that do not group thousands, with what the text may stand for:
    /// the comma as a decimal mark (en), then the separators left out.
    private static func ambiguity(_ body: Substring, whole: Substring, fraction: Substring, negative: Bool,
                                  language: Language) -> NumberProblem {
        var readings: [Double] = []
        let commas = body.filter { $0 == "," }.count
        if language == .en, commas == 1, !body.contains(".") {
            let decimal = Substring(body.map { $0 == "," ? "." : $0 })
            if case .success(let value) = readDigits(decimal, negative: negative, language: language) { readings.append(value) }
        }
        if case .success(let value) = exact(whole: whole.filter(isDigit), fraction: fraction, negative: negative),
           !readings.contains(value) {
            readings.append(value)
        }
        return whole.contains(",") ? .ambiguousComma(readings: readings) : .ambiguousSpace(readings: readings)
    }

    /// The number of these digits, when a double keeps it exactly.
    static func exact(whole: some StringProtocol, fraction: some StringProtocol, negative: Bool) -> Result<Double, NumberProblem> {
        let typed = DecimalDigits(whole: whole, fraction: fraction, negative: negative)
        let limit = "9007199254740992"
        guard typed.whole.count < limit.count || (typed.whole.count == limit.count && typed.whole <= limit) else {
            return .failure(.tooLarge)
        }
        let text = typed.whole + (typed.fraction.isEmpty ? "" : "." + typed.fraction)
        guard let magnitude = Double(text), magnitude <= largestExact else { return .failure(.tooLarge) }
        let value = typed.negative ? -magnitude : magnitude
        guard DecimalDigits(value) == typed else { return .failure(.tooPrecise) }
        return .success(value)
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }
}
