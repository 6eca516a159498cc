@preconcurrency private import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Text to put in the edit line when readline starts the next line (read by a C callback).
nonisolated(unsafe) private var prefillText = ""
/// Whole-line candidates for Tab completion (read by a C callback).
nonisolated(unsafe) private var completionCandidates: [String] = []
/// The edit line when readline gave up on it: what was typed if the terminal dies.
nonisolated(unsafe) private var lineSnapshot = ""
/// The matches of the completion in progress.
nonisolated(unsafe) private var currentMatches: [String] = []

/// GNU readline on a terminal: line editing, pre-filled answers, Tab completion, and
/// Ctrl-C/SIGTERM/SIGHUP turned into results instead of a dead process.
final class ReadlineEditor: LineEditor {
    let isInteractive = true
    let lineNumber = 0

    var completions: [String] {
        get { completionCandidates }
        set { completionCandidates = newValue }
    }

    init() {
        rl_readline_name = UnsafePointer(strdup("interview"))
        // Our own handlers (SignalWatch) see SIGINT/SIGTERM/SIGHUP; readline must not kill us.
        rl_catch_signals = 0
        // An event hook makes readline wait with select(), which a signal interrupts.
        rl_event_hook = { SignalWatch.pending == nil ? 0 : ReadlineEditor.finishLine() }
        // No redisplay function of ours: readline scrolls a long line sideways in one row,
        // instead of wrapping it, as soon as `rl_redisplay_function` is anything but
        // `rl_redisplay`. What was typed when the terminal dies is read from `rl_line_buffer`,
        // which readline leaves as it was when it returns.
        rl_startup_hook = {
            guard !prefillText.isEmpty else { return 0 }
            rl_insert_text(prefillText)
            return 0
        }
        rl_completer_word_break_characters = UnsafePointer(strdup(""))
        rl_attempted_completion_function = { text, _, _ in
            rl_attempted_completion_over = 1
            rl_completion_append_character = 0
            return rl_completion_matches(text) { partial, state in
                if state == 0 {
                    let typed = partial.map { String(cString: $0) } ?? ""
                    let key = typed.lowercased()
                    currentMatches = completionCandidates.filter { $0.lowercased().hasPrefix(key) }
                }
                guard !currentMatches.isEmpty else { return nil }
                return strdup(currentMatches.removeFirst())
            }
        }
    }

    func readLine(prompt: String, prefill: String) -> LineInput {
        // A Ctrl-C pressed between prompts (while saving) is not meant for this line.
        SignalWatch.clearInterrupt()
        // Readline shows C0 controls as ^X itself, but would write C1 controls raw: those are
        // put in the line in their visible form (`\u{9b}`), as everywhere else on screen.
        let prefill = prefill.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) })
            ? prefill.unicodeScalars.map { (0x80...0x9F).contains($0.value) ? TerminalText.safe(String($0)) : String($0) }.joined()
            : prefill
        prefillText = prefill
        lineSnapshot = prefill
        defer { prefillText = "" }
        let raw = readline(prompt)
        defer { free(raw) }
        let text = raw.map { String(cString: $0) }
        if text == nil, let buffer = rl_line_buffer { lineSnapshot = String(cString: buffer) }
        if text == nil { Self.endLineAfterEndOfInput() }
        if let signal = SignalWatch.terminating {
            return .terminated(signal: signal, partial: text ?? lineSnapshot)
        }
        // Ctrl-D never ends a line that has text: a NULL then means the terminal went away
        // (hang-up) before SIGHUP arrived. Keep what was typed.
        if text == nil, !lineSnapshot.isEmpty, Self.terminalHungUp() {
            return .terminated(signal: SIGHUP, partial: lineSnapshot)
        }
        if SignalWatch.pending == SIGINT {
            SignalWatch.clearInterrupt()
            return .interrupted(partial: text ?? "")
        }
        guard let text else { return .endOfInput }
        if !text.isEmpty, !text.hasPrefix("/") { add_history(text) }
        return .line(text)
    }

    /// Ends the prompt's row after Ctrl-D, so that what is said next stands on its own line.
    /// Readline ends it itself only when bracketed paste is on (not on a `dumb` terminal, nor
    /// with `enable-bracketed-paste off` in `~/.inputrc`).
    private static func endLineAfterEndOfInput() {
        let bracketedPaste = rl_variable_value("enable-bracketed-paste").map { String(cString: $0) } == "on"
        guard !bracketedPaste else { return }
        fputs("\n", rl_outstream ?? stdout)
        fflush(rl_outstream ?? stdout)
    }

    /// Whether standard input's terminal has gone away (hang-up or error).
    private static func terminalHungUp() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return true }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Ends the line being edited so `readline()` returns it (called from the event hook).
    fileprivate static func finishLine() -> Int32 {
        rl_done = 1
        return 0
    }
}
