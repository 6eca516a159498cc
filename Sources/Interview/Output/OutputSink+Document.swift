import Foundation
import Grid

extension OutputSink {
    /// Writes one document (a summary, a book) to `--output` or stdout, whole or not at all, as
    /// `write` hands it over piece by piece: a folder is refused as any other unsuitable target;
    /// on a terminal, control characters typed in answers are made visible.
    static func writeDocument(to output: String?, _ write: (DocumentWriter) throws -> Void) throws {
        let destination = try OutputDestination.of(output, folderWanted: { _ in false })
        if case .folder(let path) = destination { throw OutputError.unsuitable(path: path, kind: .folder) }
        let sink = try OutputSink(destination: destination)
        let document = DocumentWriter(sink: sink, toTerminal: destination == .standardOutput && isatty(1) == 1)
        try TemporaryFileError.reported { try write(document) }
        try sink.commit()
    }
}
