import Foundation
import Grid

/// The cases as an aligned text table.
struct CaseTable {
    let summaries: [CaseSummary]
    let language: Language

    var text: String {
        // The counts are the session's own (`StatusTally`): the resume line and the end say the same.
        let header = [word(.caseColumn), word(.gridColumn), word(.statusColumn), word(.progressColumn),
                      word(.answeredColumn), word(.skippedColumn), word(.dontKnowColumn), word(.refusedColumn), word(.openColumn),
                      word(.interviewerColumn), word(.lastChangeColumn)]
        let rows = summaries.map { summary in
            [summary.caseID, "\(summary.grid) v\(summary.gridVersion)", status(summary.status),
             "\(summary.done)/\(summary.relevant)", "\(summary.counts.answered)", "\(summary.counts.skipped)",
             "\(summary.counts.dontKnow)", "\(summary.counts.refused)", "\(summary.counts.open)", summary.interviewer ?? "—",
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
        case .inProgress: return word(.inProgress)
        case .paused: return word(.paused)
        case .completed: return word(.completed)
        }
    }

    /// A word of the display in the interface language.
    private func word(_ word: DisplayWord) -> String {
        word.text(in: language)
    }
}
