import Foundation
import Grid

/// Tells a reader that a journal's last line was cut short and left out.
enum TornTailWarning {
    static func show(caseID: String, path: String, language: Language) {
        let t = Messages(language: language)
        let text = t("Attention : la dernière ligne de \(path) est incomplète (arrêt brutal) et n'est pas lue ; interview resume \(caseID) la met de côté.",
                     "Warning: the last line of \(path) is incomplete (abrupt stop) and is not read; interview resume \(caseID) sets it aside.")
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
