/// Why a QDPX or QDC export could not be written.
enum QDAError: Error, Equatable {
    /// A `.qdpx` (or an `.xlsx`) is a ZIP archive: it is not sent to a terminal; `example` is
    /// the file name the message suggests.
    case binaryToTerminal(example: String)
    /// The grid has no codebook: a `.qdc` needs at least one code.
    case noCodebook(grid: String)
    /// The ZIP library failed to build the archive.
    case archive(reason: String)
}
