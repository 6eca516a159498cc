import Grid

extension TemporaryFileError {
    /// Runs `work`, a failure of a temporary file reported as the output failing there: what the
    /// user can act on is the same (room and rights in the temporary folder).
    static func reported<Result>(_ work: () throws -> Result) throws -> Result {
        do {
            return try work()
        } catch let error as TemporaryFileError {
            throw OutputError.failed(path: error.folder, reason: error.reason)
        }
    }
}
