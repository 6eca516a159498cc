/// An error that reaches a person: what to tell them, in their language, and how the program ends.
///
/// The executable turns every such error into its lines on stderr and its exit status in one
/// place; the library only says what went wrong.
public protocol UserFacingError: Error {
    /// What to tell the user, one line per problem, in `language`; empty when silence is right
    /// (a reader that went away). Lines may hold text from files or the command line: whoever
    /// writes them to a terminal makes their control characters safe.
    func messageLines(in language: Language) -> [String]

    /// The exit status this error ends the program with.
    var exitCode: ExitStatus { get }
}

extension UserFacingError where Self: MessageCatalogue {
    /// The error's message from its catalogue, as the one line to show.
    public func messageLines(in language: Language) -> [String] {
        [text(in: language)]
    }
}
