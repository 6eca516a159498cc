/// One column of the wide CSV: a case field, a question's answer, or the status beside it.
///
/// `CSVWideWriter` and the codebook both take their columns from `CSVWideWriter.columns`, so
/// the data dictionary always names the columns the table has, in its order.
public struct CSVColumn: Sendable, Equatable {
    /// What a column holds.
    public enum Kind: Sendable, Equatable {
        /// One of `CSVWideWriter.caseColumns`: the case, its grid, interviewer and times.
        case caseField
        /// The answer to the question `questionID`.
        case answer
        /// Why the question `questionID` has the answer it has: a `QuestionStatus` code.
        case status
    }

    /// The header: a case column's name, a question's id (`<id>_status` for its status), or
    /// under `--labels` the question's label.
    public let name: String
    public let kind: Kind
    /// The question, for `answer` and `status` columns; the one of the first grid that has it.
    public let question: Question?

    public init(name: String, kind: Kind, question: Question? = nil) {
        self.name = name
        self.kind = kind
        self.question = question
    }

    /// The suffix of a status column's name (`besoin_origine_status`).
    public static let statusSuffix = "_status"
}
