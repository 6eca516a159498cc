#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Grid

/// How a text longer than the screen reaches the reader: all at once, through a pager
/// program, or page by page in the program.
enum Pager: Equatable {
    /// Written at once (piped input or output: nothing is asked a script would have to answer).
    case none
    /// Through a shell command reading the text on its stdin, on a screen of `rows` rows.
    case command(String, rows: Int)
    /// Page by page, `rows - 1` lines at a time, Enter for more.
    case pages(rows: Int)

    /// On a terminal: `$PAGER`, else `less -R` when it is installed, else page by page.
    static func forTerminal() -> Pager {
        guard isatty(0) == 1, isatty(1) == 1 else { return .none }
        let rows = TerminalSize.height
        if let pager = Environment.value("PAGER"), !pager.trimmingWhitespace.isEmpty { return .command(pager, rows: rows) }
        if lessIsInstalled { return .command("less -R", rows: rows) }
        return .pages(rows: rows)
    }

    /// Whether `less` is an executable file in a folder of `PATH`.
    private static var lessIsInstalled: Bool {
        let path = Environment.value("PATH") ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { access(String($0) + "/less", X_OK) == 0 }
    }

    /// The screen's rows, when the text is paged at all.
    var rows: Int? {
        switch self {
        case .none: return nil
        case .command(_, let rows), .pages(let rows): return rows
        }
    }
}
