import Grid

/// Where one document (a summary, a book) is written piece by piece: typed text made safe when
/// the document goes to a terminal, the program's own escapes (a coloured chart) as they are.
struct DocumentWriter {
    let sink: OutputSink
    /// Whether the document goes to a terminal, where people read it.
    let toTerminal: Bool

    /// Text holding typed words: on a terminal, control characters made visible.
    func text(_ text: String) throws {
        try sink.write(toTerminal ? TerminalText.safe(text, keepNewlines: true) : text)
    }

    /// UTF-8 holding typed words, cut between characters (JSON): as `text` on a terminal.
    func bytes(_ bytes: [UInt8]) throws {
        if toTerminal { try text(String(decoding: bytes, as: UTF8.self)) } else { try sink.write(bytes: bytes) }
    }

    /// Text the program made, escapes and all (the bar chart's colours).
    func verbatim(_ text: String) throws {
        try sink.write(text)
    }
}
