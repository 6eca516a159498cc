/// How the program ends when something went wrong: the codes of `sysexits.h` it uses.
///
/// Every error that reaches a person names one of these (see `UserFacingError`); a session
/// stopped by a signal ends with 128 + the signal's number instead, as shells expect.
public enum ExitStatus: Int32, Sendable, Comparable, CaseIterable {
    /// EX_USAGE: the command was given something it cannot take.
    case usage = 64
    /// EX_DATAERR: a journal, a grid or an answer is not valid.
    case dataError = 65
    /// EX_NOINPUT: a case, a grid or the responses folder is missing.
    case noInput = 66
    /// EX_CANTCREAT: a file cannot be created or replaced where asked.
    case cannotCreate = 73
    /// EX_IOERR: reading or writing failed.
    case ioError = 74
    /// EX_TEMPFAIL: another session holds the case; trying again later may work.
    case tempFail = 75

    public static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
