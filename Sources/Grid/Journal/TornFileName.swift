import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Names of the files torn journal tails are moved to: `<case>.jsonl.torn-<yyyyMMddTHHmmssZ>`,
/// with `-2`, `-3`… added when a tail was already set aside in the same second.
enum TornFileName {
    /// The first name to try for a journal's torn tail moved at this moment (UTC).
    static func base(for journalPath: String, at date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let stamp = String(format: "%04d%02d%02dT%02d%02d%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                           Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
        return journalPath + ".torn-" + stamp
    }

    /// The name to try after `attempt` names were taken (attempt 1 is the base name).
    static func candidate(base: String, attempt: Int) -> String {
        attempt <= 1 ? base : base + "-\(attempt)"
    }

    /// Whether the text after `.torn-` is a time this type writes (`20261128T132001Z` or `…Z-2`).
    static func isSuffix(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 16 else { return false }
        let digit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard bytes[0..<8].allSatisfy(digit), bytes[8] == UInt8(ascii: "T"), bytes[9..<15].allSatisfy(digit),
              bytes[15] == UInt8(ascii: "Z") else { return false }
        if bytes.count == 16 { return true }
        return bytes.count > 17 && bytes[16] == UInt8(ascii: "-") && bytes[17...].allSatisfy(digit)
    }
}
