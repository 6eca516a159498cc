/// The mentions and distinct cases of one row of a themes table, in all and by section, counted
/// as cases come one after the other (a case is counted once, at its first mention).
struct RowCount: Sendable {
    struct Tally: Sendable {
        var mentions = 0
        var cases = 0
        /// The number of the last case counted (cases are numbered from 1 as they come).
        var lastCase = 0

        mutating func count(inCase number: Int) {
            mentions += 1
            if lastCase != number {
                cases += 1
                lastCase = number
            }
        }
    }

    var total = Tally()
    var bySection: [String?: Tally] = [:]

    mutating func count(section: String?, inCase number: Int) {
        total.count(inCase: number)
        bySection[section, default: Tally()].count(inCase: number)
    }
}
