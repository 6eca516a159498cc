@testable import Grid

extension ReferenceInterview {
    /// `santropol-roulant.md`, re-entered as an interview (to be written).
    static let santropolRoulant = ReferenceInterview(name: "santropol-roulant", events: [.complete])
}
