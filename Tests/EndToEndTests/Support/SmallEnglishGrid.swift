import Foundation

/// A small English grid for number answers: a required text, then an integer with a unit, an
/// amount in dollars and a percentage, read with English separators (`1,500`, `2.5`).
enum SmallEnglishGrid {
    /// File name of the grid inside a test environment's directory.
    static let fileName = "small-en.yaml"

    static let yaml = """
        grid: small-en
        version: 1
        language: en
        title: "Small grid"
        sections:
          - id: org
            title: "The organisation"
            questions:
              - {id: name, text: "Name of the organisation?", type: text, required: true}
              - {id: staff, text: "How many employees?", type: integer, unit: "employé·e·s"}
              - {id: turnover, text: "Turnover?", type: money, unit: "$"}
              - {id: share, text: "Share of commercial revenue?", type: percent}

        """

    /// Writes the grid into `environment`'s directory and returns its path.
    @discardableResult
    static func write(in environment: TestEnvironment) throws -> String {
        let path = environment.path(fileName)
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The arguments of `interview new` on this grid for `caseID`.
    static func newArguments(_ environment: TestEnvironment, caseID: String) -> [String] {
        ["new", "--grid", environment.path(fileName), "--case", caseID]
    }
}
