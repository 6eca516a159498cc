#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The number of rows of the terminal on stdout, else `LINES`, else 24.
enum TerminalHeight {
    static func current() -> Int {
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
        if let lines = Environment.value("LINES"), let rows = Int(lines), rows > 0 { return rows }
        return 24
    }
}
