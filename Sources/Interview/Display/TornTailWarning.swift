import Foundation
import Grid

/// Tells a reader that a journal's last line was cut short and left out.
enum TornTailWarning {
    static func show(caseID: String, path: String, language: Language) {
        let text = CommandMessage.tornTailIgnored(caseID: caseID, path: path).text(in: language)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
