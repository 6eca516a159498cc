import Grid

/// Why the grid a command names cannot be had: a grid file's problem, or a form's.
enum GridSourceError: Error, UserFacingError {
    case grid(GridLoadError)
    case form(XLSFormError)

    func messageLines(in language: Language) -> [String] {
        switch self {
        case .grid(let error): return error.messageLines(in: language)
        case .form(let error): return error.messageLines(in: language)
        }
    }

    var exitCode: ExitStatus {
        switch self {
        case .grid(let error): return error.exitCode
        case .form(let error): return error.exitCode
        }
    }
}
