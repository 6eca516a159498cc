/// A temporary file could not be made, written or read back: where, and the system's reason.
public struct TemporaryFileError: Error, Sendable, Equatable {
    /// The temporary folder the file is (or would have been) in.
    public let folder: String
    /// The system's text, such as `No space left on device`.
    public let reason: String

    public init(folder: String, reason: String) {
        self.folder = folder
        self.reason = reason
    }

    /// A failure in the temporary folder, with the system's text for `code`.
    init(errno code: Int32) {
        self.init(folder: TemporaryFile.folder, reason: POSIXFile.describe(code))
    }
}
