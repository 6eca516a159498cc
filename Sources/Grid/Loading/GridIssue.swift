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

    /// The issue as one line, `FILE:LINE:COL: message`, in the given language.
    public func description(in language: Language) -> String {
        "\(file):\(position.line):\(position.column): \(problem.message(in: language))"
    }
}
