import Foundation
import Testing
@testable import Grid

/// The three reference interviews as a folder of journals, the way an interviewer's laptop holds
/// them: `Tests/EndToEndTests/Fixtures/study/` is what the end-to-end study replay imports,
/// codes, summarises and books with the built binary.
///
/// The folder is written from `ReferenceInterview` (one source for the interviews); this test
/// fails when it is not what they make. `INTERVIEW_WRITE_STUDY_FOLDER=1 swift test --filter
/// StudyFolderTests` writes it again after a change.
@Suite("The study folder of the three reference interviews")
struct StudyFolderTests {
    static let interviews = [ReferenceInterview.coopAlina, .jardinsMistouk, .santropolRoulant]

    /// The folder in the repository.
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("EndToEndTests/Fixtures/study/responses")
    }

    /// Every file of the folder by relative path, as the interviews make it.
    static func files() throws -> [String: Data] {
        let loaded = try DefaultGrid.load()
        var files: [String: Data] = [".grids/\(loaded.sha256).yaml": Data(loaded.text.utf8)]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for (number, interview) in interviews.enumerated() {
            let start = Date(timeIntervalSince1970: 1_626_000_000 + Double(number) * 86_400)
            let byte = UInt8(number + 1)
            let uuid = UUID(uuid: (0x5E, 0xED, 0, byte, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, byte))
            let header = JournalHeader(caseID: interview.name, uuid: uuid, grid: loaded, interviewer: "Équipe Territoires nourriciers",
                                       language: .fr, program: "interview (study fixture)", started: start)
            var text = Data(try encoder.encode(header))
            text.append(0x0A)
            for (offset, event) in interview.events.enumerated() {
                guard let line = JournalEntry(event, at: start.addingTimeInterval(Double(offset * 30))).jsonLine else {
                    throw CocoaError(.coderInvalidValue)
                }
                text.append(contentsOf: line)
                text.append(0x0A)
            }
            files["\(interview.name).jsonl"] = text
        }
        return files
    }

    @Test("the committed study folder holds exactly the three reference interviews as journals")
    func folderIsUpToDate() throws {
        let files = try Self.files()
        if ProcessInfo.processInfo.environment["INTERVIEW_WRITE_STUDY_FOLDER"] == "1" {
            try? FileManager.default.removeItem(at: Self.folder)
            for (path, data) in files {
                let url = Self.folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
        }
        for (path, data) in files {
            let committed = FileManager.default.contents(atPath: Self.folder.appendingPathComponent(path).path)
            #expect(committed == data, "\(path) differs from the reference interviews: write the folder again (see the suite's comment)")
        }
        let listed = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".jsonl") }
        #expect(Set(listed) == Set(files.keys.filter { $0.hasSuffix(".jsonl") }))
    }
}
