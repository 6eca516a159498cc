/// A grid problem at a place in a file, shown as `FILE:LINE:COL: message`.
public struct GridIssue: Sendable, Equatable {
    public var file: String
    public var position: SourcePosition
    public var problem: GridProblem

    public init(file: String, position: SourcePosition, problem: GridProblem) {
        self.file = file
        self.position = position
        self.problem = problem
    }

    /// The text with control characters (names copied from the file) written as `\u{…}` escapes.
    static func oneLine(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The issue as one line, `FILE:LINE:COL: message`, in the given language.
    public func description(in language: Language) -> String {
        Self.oneLine("\(file):\(position.line):\(position.column): \(problem.message(in: language))")
    }
}
