import Foundation
import Grid

/// Proposes a free case id from today's date: `2026-11-28-1`, `2026-11-28-2`, …
enum CaseIDProposal {
    static func next(in store: CaseStore, today: Date = Date()) -> String {
        let day = String(Timestamp.format(today).prefix(10))
        var number = 1
        while store.exists("\(day)-\(number)") { number += 1 }
        return "\(day)-\(number)"
    }
}
