import Foundation

/// Line 1 of a journal: what the case is and which exact grid it was started with.
public struct JournalHeader: Sendable, Equatable, Codable {
    /// The journal format this program writes.
    public static let currentFormat = 1

    public var format: Int
    public var caseID: String
    public var uuid: String
    public var grid: String
    public var gridVersion: Int
    public var gridSHA256: String
    public var interviewer: String?
    public var language: Language
    public var program: String
    public var started: String

    public init(caseID: String, uuid: UUID = UUID(), grid: LoadedGrid, interviewer: String?, language: Language,
                program: String, started: Date = Date()) {
        format = Self.currentFormat
        self.caseID = caseID
        self.uuid = uuid.uuidString.lowercased()
        self.grid = grid.grid.id
        gridVersion = grid.grid.version
        gridSHA256 = grid.sha256
        self.interviewer = interviewer
        self.language = language
        self.program = program
        self.started = Timestamp.format(started)
    }

    /// When the interview started.
    public var startDate: Date? { try? Timestamp.decode(started, codingPath: []) }

    private enum CodingKeys: String, CodingKey {
        case format = "journal_format"
        case caseID = "case"
        case uuid, grid
        case gridVersion = "grid_version"
        case gridSHA256 = "grid_sha256"
        case interviewer, language, program, started
    }
}
