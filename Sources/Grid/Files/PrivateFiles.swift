#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The two file operations the journal and the export both need: names nobody can guess, and
/// folders only their owner can enter.
public enum PrivateFiles {
    /// Sixteen random hexadecimal digits from the system's generator: what makes a temporary
    /// name impossible to guess, so nobody can plant a file or link under it in advance.
    public static func randomSuffix() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = String(generator.next() as UInt64, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Creates a folder and its missing parents with mode `0700`; an existing folder (or a link
    /// to one) is fine. Returns the folder that could not be made and the `errno`, or nil.
    public static func makeFolders(_ path: String) -> (path: String, code: Int32)? {
        if let info = POSIXFile.status(followingLinks: path), POSIXFile.isDirectory(info) { return nil }
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            if mkdir(prefix, POSIXFile.privateDirectoryMode) == 0 {
                _ = chmod(prefix, POSIXFile.privateDirectoryMode)
            } else if errno != EEXIST {
                return (prefix, errno)
            }
        }
        guard let info = POSIXFile.status(followingLinks: path), POSIXFile.isDirectory(info) else { return (path, ENOTDIR) }
        return nil
    }
}
