#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The width of the terminal on stdout, else `COLUMNS`, else 80.
enum TerminalWidth {
    static func current() -> Int {
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = getenv("COLUMNS").map({ String(cString: $0) }), let width = Int(columns), width > 0 { return width }
        return 80
    }
}
