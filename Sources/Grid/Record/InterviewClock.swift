import Foundation

/// The interview's own clock: seconds since it started, pauses left out, as a recording of the
/// interview runs. It counts from the start and from each resume to the next pause or completion.
enum InterviewClock {
    /// The clock's reading at each entry of the journal, in order.
    static func readings(_ journal: Journal) -> [Double] {
        var elapsed = 0.0
        var runningSince = journal.header.startDate
        var running = true
        return journal.entries.map { entry in
            if running, runningSince == nil { runningSince = entry.at }
            let reading = running ? elapsed + max(0, entry.at.timeIntervalSince(runningSince ?? entry.at)) : elapsed
            switch entry.event {
            case .pause, .complete:
                if running { elapsed = reading }
                running = false
            case .resume:
                if !running { runningSince = entry.at }
                running = true
            default: break
            }
            return reading
        }
    }

    /// A reading as `HH:MM:SS` (whole seconds, rounded down; hours go past 99 if they must).
    static func text(_ seconds: Double) -> String {
        let whole = seconds.isFinite ? Int(max(0, min(seconds, 1e12)).rounded(.down)) : 0
        let hours = whole / 3600, minutes = whole / 60 % 60, rest = whole % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
