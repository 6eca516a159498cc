#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The size of the terminal on stdout: what the kernel says, else `COLUMNS`/`LINES`, else 80 × 24.
enum TerminalSize {
    /// Columns.
    static var width: Int { current(\.ws_col, variable: "COLUMNS", fallback: 80) }
    /// Rows.
    static var height: Int { current(\.ws_row, variable: "LINES", fallback: 24) }

    private static func current(_ field: KeyPath<winsize, UInt16>, variable: String, fallback: Int) -> Int {
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size[keyPath: field] > 0 { return Int(size[keyPath: field]) }
        if let text = Environment.value(variable), let value = Int(text), value > 0 { return value }
        return fallback
    }
}
