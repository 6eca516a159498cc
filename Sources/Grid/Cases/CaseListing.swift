/// What a responses folder holds: its cases, and the journal names that were skipped.
public struct CaseListing: Sendable, Equatable {
    /// The ids of the regular `<case>.jsonl` files, sorted.
    public var ids: [String] = []
    /// The paths named `<case>.jsonl` that are not regular files (links, folders), sorted:
    /// they are never followed, and commands say they were skipped.
    public var skipped: [String] = []

    public init(ids: [String] = [], skipped: [String] = []) {
        self.ids = ids
        self.skipped = skipped
    }
}
