@testable import Grid

extension ReferenceInterview {
    /// `jardins-mistouk.md`, re-entered as an interview (to be written).
    static let jardinsMistouk = ReferenceInterview(name: "jardins-mistouk", events: [.complete])
}
