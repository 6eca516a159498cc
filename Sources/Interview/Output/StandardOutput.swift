#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to stdout with `write(2)`, so that a full disk, a closed pipe or a broken terminal
/// is an error the command reports instead of a trap or output silently lost.
enum StandardOutput {
    /// Writes the whole text, going on after short writes and `EINTR`.
    static func write(_ text: String) throws(OutputError) {
        try OutputError.check(descriptor: 1, path: "<stdout>", writing: text)
    }

    /// Writes every byte to stdout.
    static func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        try OutputError.check(descriptor: 1, path: "<stdout>", writing: bytes)
    }
}
