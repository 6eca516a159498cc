#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Environment variables read one by one with `getenv`: `ProcessInfo.processInfo.environment`
/// copies the whole environment into a dictionary, a noticeable part of start-up.
enum Environment {
    /// The value of a variable, if set.
    static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The variables among `names` that are set, with their values.
    static func values(_ names: [String]) -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = value(name) { values[name] = value }
        }
        return values
    }

    /// What `Console` reads.
    static var console: [String: String] { values(["NO_COLOR", "TERM"]) }
}
