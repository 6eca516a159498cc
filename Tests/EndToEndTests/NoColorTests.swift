import Foundation
import Testing

/// `NO_COLOR` (no-color.org) turns colour off only when it is set and not empty: `NO_COLOR=`
/// leaves colour on, on a terminal, for the fiche `show` prints and for the interview itself.
@Suite("NO_COLOR counts only when set and non-empty", .serialized)
struct NoColorTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
        try SmallGrid.write(in: environment)
        try environment.completedSmallCase("coop")
    }

    /// A value of `NO_COLOR` (nil: unset) and whether colour stays on.
    struct Setting: Sendable, CustomTestStringConvertible {
        let value: String?
        let colour: Bool
        var testDescription: String { value.map { "NO_COLOR=\"\($0)\"" } ?? "NO_COLOR unset" }
    }

    static let settings = [Setting(value: nil, colour: true), Setting(value: "", colour: true),
                           Setting(value: "1", colour: false), Setting(value: "0", colour: false)]

    private func variables(_ setting: Setting) -> [String: String] {
        setting.value.map { ["NO_COLOR": $0] } ?? [:]
    }

    @Test("show on a terminal styles the fiche's headings unless NO_COLOR is set to something", arguments: settings)
    func show(_ setting: Setting) throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(["show", "coop"], environment: variables(setting))
        #expect(try terminal.expectExit() == 0)
        #expect(terminal.output.contains("Coop"))
        #expect(terminal.output.contains("\u{1B}[1") == setting.colour, "\(terminal.output.debugDescription)")
    }

    @Test("An interview on a terminal colours its prompt marker unless NO_COLOR is set to something", arguments: settings)
    func interview(_ setting: Setting) throws {
        defer { environment.remove() }
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: "neuve"), environment: variables(setting))
        try terminal.expect("Nom de l'organisme?")
        try terminal.expect("›")
        terminal.sendLine("Coop « Étoile »")
        try terminal.expect("Principaux défis?")
        #expect(terminal.output.contains("\u{1B}[36m") == setting.colour, "\(terminal.output.debugDescription)")
        terminal.close()
    }
}
