import Foundation
import Grid

/// Tells a reader on stderr that a case's fiche is not written: no consent to publish it.
enum UnpublishedWarning {
    static func show(caseID: String, language: Language) {
        let text = CommandMessage.unpublishedLeftOut(caseID: caseID).text(in: language)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// The cases `interview book` leaves out, named on one line.
    static func show(bookLeavesOut caseIDs: [String], language: Language) {
        StandardError.write(lines: [BookMessage.unpublishedLeftOut(caseIDs: caseIDs).text(in: language)])
    }
}
