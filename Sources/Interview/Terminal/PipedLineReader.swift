#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads piped input line by line: prompts go to stdout, nothing is echoed, no prefill.
///
/// It reads with `read(2)` itself rather than `Swift.readLine`, so that a signal interrupting
/// the read (EINTR) reaches the session instead of being retried forever.
final class PipedLineReader: LineEditor {
    let isInteractive = false
    private(set) var lineNumber = 0
    var completions = LineCompletion()
    private let output: Console
    private var buffer: [UInt8] = []
    private var atEnd = false

    init(output: Console) {
        self.output = output
    }

    /// Piped input has no history.
    func remember(_ lines: [String]) {}

    func readLine(prompt: String, prefill: String) -> LineInput {
        output.prompt(prompt)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return deliver(line)
            }
            if atEnd {
                guard !buffer.isEmpty else {
                    if let signal = SignalWatch.pending { return .terminated(signal: signal, partial: "") }
                    return .endOfInput
                }
                let line = buffer
                buffer = []
                return deliver(line)
            }
            if let signal = SignalWatch.pending {
                return .terminated(signal: signal, partial: String(decoding: buffer, as: UTF8.self))
            }
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
            } else if count == 0 || errno != EINTR {
                atEnd = true
            }
        }
    }

    /// A complete line, the position of its first invalid UTF-8 byte, or the signal that arrived meanwhile.
    private func deliver(_ bytes: [UInt8]) -> LineInput {
        lineNumber += 1
        let invalid = Self.firstInvalidByte(bytes)
        if let signal = SignalWatch.terminating {
            return .terminated(signal: signal, partial: invalid == nil ? String(decoding: bytes, as: UTF8.self) : "")
        }
        if let invalid { return .undecodable(byte: invalid) }
        return .line(String(decoding: bytes, as: UTF8.self))
    }

    /// The 1-based position of the first byte that does not decode as UTF-8, nil when all do.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .error: return offset + 1
            case .emptyInput: return nil
            }
        }
    }
}
