import Grid

extension TemporaryFileError {
    /// Runs `work`, a failure of a temporary file reported as one of the output's temporary folder.
    static func reported<Result>(_ work: () throws -> Result) throws -> Result {
        do {
            return try work()
        } catch let error as TemporaryFileError {
            throw OutputError.temporaryFolder(path: error.folder, reason: error.reason)
        }
    }
}
