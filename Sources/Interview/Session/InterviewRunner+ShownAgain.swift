import Foundation
import Grid

extension InterviewRunner {
    /// The question at `index` shown again (after `/revoir`, `/aide` or a declined `/fin`), so
    /// that what is being asked is on screen when the answer is typed; its time still counts
    /// from when it was first shown.
    func showAgain(_ index: Int?) {
        guard let index else { return }
        let since = shownAt
        showHeader(index)
        shownAt = since
    }

    /// Minutes the interview has been going on, pauses left out, as the case record counts them.
    var elapsedMinutes: Int {
        SafeInteger.from(state.activeTime.seconds(at: Date()) / 60)
    }
}
