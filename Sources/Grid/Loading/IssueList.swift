import Yams

/// The problems found so far in one grid file, kept in file order.
struct IssueList {
    let file: String
    private(set) var issues: [GridIssue] = []

    init(file: String) {
        self.file = file
    }

    mutating func add(_ node: Node, _ problem: GridProblem) {
        add(at: node.position, problem)
    }

    mutating func add(at position: SourcePosition, _ problem: GridProblem) {
        issues.append(GridIssue(file: file, position: position, problem: problem))
    }

    /// The issues sorted by line, then column, as an editor lists them.
    var sorted: [GridIssue] {
        issues.enumerated().sorted {
            ($0.element.position.line, $0.element.position.column, $0.offset)
                < ($1.element.position.line, $1.element.position.column, $1.offset)
        }.map(\.element)
    }
}
