import Foundation
import Grid

/// `export --format qdpx` and `--format qdc`: the cases, or the codebook alone, for QDA software.
extension CaseExporter {
    /// One QDPX project with every case: to a file (an existing folder gets `project.qdpx`), a
    /// pipe, or stdout when it is not a terminal.
    func qdpx(to output: String?) throws {
        let destination = try Self.binaryDestination(output, defaultName: "project.qdpx")
        var project = QDAProject(grids: catalogue.distinctGrids, anonymise: anonymise)
        let variables = project.variables
        // Each case's elements are made on all cores; they wait in the project's spill file.
        try catalogue.renderInBatches(anonymise: anonymise, keepNotes: keepNotes, render: { record, grid in
            QDACase(record: record, title: Self.title(of: record, from: grid.grid.titleFrom), variables: variables)
        }, write: { item, _ in project.add(item) })
        // ZIPFoundation writes to a file it names: one in a folder of our own, readable by us alone.
        let folder = try PrivateTemporaryFolder(prefix: "interview-qdpx")
        defer { folder.remove() }
        let archive = try QDPXArchive.write(project: project.document(), sources: project.sourceTexts, in: folder)
        defer { close(archive) }
        let sink = try OutputSink(destination: destination)
        try OutputSink.copy(from: archive, named: folder.path) { chunk throws(OutputError) in try sink.write(bytes: chunk) }
        try sink.commit()
    }

    /// The grid's codebook as a REFI-QDA codebook (`.qdc`): to a file (an existing folder gets
    /// `codebook.qdc`), a pipe or stdout.
    static func qdc(grid: Grid, to output: String?) throws {
        guard let document = QDAProject.codebookDocument(grid: grid) else { throw QDAError.noCodebook(grid: grid.id) }
        let destination = try OutputDestination.file(output, defaultName: "codebook.qdc")
        let sink = try OutputSink(destination: destination)
        try sink.write(document)
        try sink.commit()
    }

    /// Where a binary export goes: never a terminal.
    static func binaryDestination(_ output: String?, defaultName: String) throws -> OutputDestination {
        let destination = try OutputDestination.file(output, defaultName: defaultName)
        switch destination {
        case .standardOutput where isatty(1) == 1: throw QDAError.binaryToTerminal(example: defaultName)
        case .stream(let path) where opensTerminal(path): throw QDAError.binaryToTerminal(example: defaultName)
        default: return destination
        }
    }

    /// Whether a path opens a terminal.
    private static func opensTerminal(_ path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return isatty(fd) == 1
    }

    /// A source's first line: the answer the grid titles fiches with (`title_from`), else the case id.
    static func title(of record: CaseRecord, from question: String?) -> String {
        if let question, case .text(let title)? = record.question(question)?.value, !title.isEmpty { return title }
        return record.caseID
    }
}
