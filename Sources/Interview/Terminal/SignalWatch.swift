#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The last SIGINT, SIGTERM or SIGHUP received, set by a minimal handler and read by the session.
nonisolated(unsafe) private var pendingSignal: Int32 = 0

/// Catches SIGINT, SIGTERM and SIGHUP so a session can save what is typed before stopping.
///
/// The handlers only record the signal number (async-signal-safe); they are installed without
/// `SA_RESTART`, so a blocking read returns and the session sees the signal.
enum SignalWatch {
    static func install() {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { received in pendingSignal = received }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    /// The pending signal, if any.
    static var pending: Int32? { pendingSignal == 0 ? nil : pendingSignal }

    /// Forgets a pending SIGINT (Ctrl-C handled); SIGTERM and SIGHUP stay until the end.
    static func clearInterrupt() {
        if pendingSignal == SIGINT { pendingSignal = 0 }
    }

    /// Whether SIGTERM or SIGHUP arrived.
    static var terminating: Int32? {
        let signal = pendingSignal
        return signal == SIGTERM || signal == SIGHUP ? signal : nil
    }
}
