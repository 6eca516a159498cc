import Foundation

extension OutputSink {
    /// Writes one document (a summary, a book) to `--output` or stdout, whole or not at all: a
    /// folder is refused as any other unsuitable target; on a terminal, control characters typed
    /// in answers are made visible.
    static func writeDocument(_ text: String, to output: String?) throws {
        let destination = try OutputDestination.of(output, folderWanted: { _ in false })
        if case .folder(let path) = destination { throw OutputError.unsuitable(path: path, kind: .folder) }
        let sink = try OutputSink(destination: destination)
        let toTerminal = destination == .standardOutput && isatty(1) == 1
        try sink.write(toTerminal ? TerminalText.safe(text, keepNewlines: true) : text)
        try sink.commit()
    }
}
