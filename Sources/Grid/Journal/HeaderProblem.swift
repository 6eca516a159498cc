/// What is wrong with a journal's first line, said inside `JournalError.badHeader`'s sentence.
public enum HeaderProblem: Error, Sendable, Equatable {
    /// The line is not JSON.
    case notJSON
    /// A field is missing.
    case missing(field: String)
    /// A field holds a value of the wrong kind.
    case wrongValue(field: String)
    /// A journal format below 1.
    case format(Int)
    /// `case` is not a slug.
    case caseID
    /// `uuid` is not a UUID as this program writes them.
    case uuid
    /// `grid_sha256` is not a SHA-256 digest.
    case gridDigest
    /// `started` is not a time as this program writes them.
    case started
    /// Anything else the decoder said.
    case unreadable
}
