import Foundation
import Grid

/// The cases as an aligned text table.
struct CaseTable {
    let summaries: [CaseSummary]
    let messages: Messages

    var text: String {
        let t = messages
        let header = [t("cas", "case"), t("grille", "grid"), t("statut", "status"), t("avancement", "progress"),
                      t("intervieweur·e", "interviewer"), t("dernière modification", "last change")]
        let rows = summaries.map { summary in
            [summary.caseID, "\(summary.grid) v\(summary.gridVersion)", status(summary.status),
             "\(summary.done)/\(summary.relevant)", summary.interviewer ?? "—",
             (summary.lastChange ?? summary.started).prefix(16).replacingOccurrences(of: "T", with: " ")]
        }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { column, cell in
                TerminalText.safe(cell).padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingWhitespace
        }.joined(separator: "\n") + "\n"
    }

    private func status(_ lifecycle: SessionState.Lifecycle) -> String {
        switch lifecycle {
        case .inProgress: return messages("en cours", "in progress")
        case .paused: return messages("en pause", "paused")
        case .completed: return messages("terminé", "completed")
        }
    }
}

