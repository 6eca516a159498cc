import Foundation
import Testing
@testable import Grid

@Suite("Journal timestamps")
struct TimestampTests {
    @Test("A written timestamp reads back to the same millisecond, across years, leap days and the epoch")
    func roundTrip() throws {
        var generator = SystemRandomNumberGenerator()
        let fixed: [Double] = [0, 951_782_400.5, 1_709_164_800.999, 4_102_444_799.001, 1_796_000_000.123]
        let random = (0..<2_000).map { _ in Double(Int64.random(in: 0...4_102_444_799_999, using: &generator)) / 1000 }
        for seconds in fixed + random {
            let date = Date(timeIntervalSince1970: seconds)
            let text = Timestamp.format(date)
            let back = try Timestamp.decode(text, codingPath: [])
            #expect(abs(back.timeIntervalSince1970 - seconds) < 0.0006, "\(text)")
        }
    }

    @Test("The fast reader agrees with Foundation's ISO-8601 formatter")
    func agreesWithFoundation() throws {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        for text in ["2026-11-28T13:20:01.123Z", "2000-02-29T23:59:59.999Z", "1970-01-01T00:00:00.000Z", "2021-07-01T08:00:00.5Z"] {
            let expected = try #require(formatter.date(from: text))
            let fast = try #require(Timestamp.fast(text))
            #expect(abs(fast.timeIntervalSince1970 - expected.timeIntervalSince1970) < 0.0005, "\(text)")
        }
    }

    @Test("Times without fractions or with an offset still read, through the slow path")
    func otherForms() throws {
        #expect(Timestamp.fast("2026-11-28T13:20:01Z") != nil)
        #expect(Timestamp.fast("2026-11-28T13:20:01+02:00") == nil)
        let offset = try Timestamp.decode("2026-11-28T13:20:01+02:00", codingPath: [])
        #expect(Timestamp.format(offset) == "2026-11-28T11:20:01.000Z")
    }

    @Test("Malformed times are refused, never trapped on")
    func malformed() {
        for text in ["", "2026-13-01T00:00:00.000Z", "2026-11-28T25:00:00.000Z", "2026-11-28T13:20:01.Z", "abcd-ef-ghTij:kl:mn.opqZ",
                     "2026-11-28T13:20:01.1234567890123Z", "2026-11-28 13:20:01.000Z"] {
            #expect(Timestamp.fast(text) == nil, "\(text)")
        }
        for text in ["", "abcd-ef-ghTij:kl:mn.opqZ", "2026-13-01T00:00:00.000Z", "yesterday"] {
            #expect((try? Timestamp.decode(text, codingPath: [])) == nil, "\(text)")
        }
    }
}

@Suite("Journal timestamps, formatting")
struct TimestampFormatTests {
    @Test("The written form matches gmtime's calendar for random instants, before and after 1970")
    func matchesGmtime() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let milliseconds = Int64.random(in: -2_208_988_800_000...4_102_444_799_999, using: &generator)
            var seconds = time_t(milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000)
            var parts = tm()
            gmtime_r(&seconds, &parts)
            let millis = ((milliseconds % 1000) + 1000) % 1000
            let expected = String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                                  Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(millis))
            #expect(Timestamp.format(Date(timeIntervalSince1970: Double(milliseconds) / 1000)) == expected)
        }
    }
}
