import Foundation
@testable import Grid

/// Grids written inline in a test, loaded as if from a file named `grid.yaml`.
enum InlineGrid {
    static let file = "grid.yaml"

    /// The grid, or nil when the text has problems.
    static func load(_ text: String) -> Grid? {
        try? GridLoader.load(text: text, file: file).grid
    }

    /// Every problem reported for the text, in the order the loader gives them.
    static func issues(_ text: String) -> [GridIssue] {
        issues { () throws(GridLoadError) in try GridLoader.load(text: text, file: file) }
    }

    /// Every problem reported for raw bytes.
    static func issues(data: Data) -> [GridIssue] {
        issues { () throws(GridLoadError) in try GridLoader.load(data: data, file: file) }
    }

    private static func issues(_ load: () throws(GridLoadError) -> LoadedGrid) -> [GridIssue] {
        do {
            _ = try load()
            return []
        } catch {
            guard case .invalid(_, let issues) = error else { return [] }
            return issues
        }
    }
}

/// The issue expected at `line`:`column` of `grid.yaml`.
func issue(_ line: Int, _ column: Int, _ problem: GridProblem) -> GridIssue {
    GridIssue(file: InlineGrid.file, position: SourcePosition(line: line, column: column), problem: problem)
}
