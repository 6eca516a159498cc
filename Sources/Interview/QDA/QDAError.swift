/// Why a QDPX or QDC export could not be written.
enum QDAError: Error, Equatable {
    /// A `.qdpx` is a ZIP archive: it is not sent to a terminal.
    case binaryToTerminal
    /// The grid has no codebook: a `.qdc` needs at least one code.
    case noCodebook(grid: String)
    /// The ZIP library failed to build the archive.
    case archive(reason: String)
}
