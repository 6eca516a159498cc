import Grid

/// Why `interview book` stops: a syntheses folder or file it will not read.
enum BookError: Error, Equatable {
    case synthesesNotFound(path: String)
    case synthesisNotRegular(path: String)
    case synthesisTooLarge(path: String, limit: Int)
    case synthesisNotText(path: String)
    case synthesisUnreadable(path: String, reason: String)
}

extension BookError: UserFacingError, MessageCatalogue {
    var exitCode: ExitStatus {
        switch self {
        case .synthesesNotFound: return .noInput
        case .synthesisUnreadable: return .ioError
        case .synthesisNotRegular, .synthesisTooLarge, .synthesisNotText: return .dataError
        }
    }
}
