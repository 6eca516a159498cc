import Foundation

/// Warnings and errors for the person at the keyboard: each line on stderr, control characters
/// of typed text (or of a file's contents) made visible.
enum StandardError {
    /// Writes the lines, each made safe and ended.
    static func write(lines: [String]) {
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data(lines.map { TerminalText.safe($0) + "\n" }.joined().utf8))
    }
}
