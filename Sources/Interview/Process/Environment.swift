#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
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

    /// Whether colour may be used on a terminal: not with `NO_COLOR` set to anything but the
    /// empty string (no-color.org: an empty `NO_COLOR` does not count), not on a dumb terminal.
    static var allowsColour: Bool {
        (value("NO_COLOR")?.isEmpty ?? true) && value("TERM") != "dumb"
    }
}
