import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits a journal's bytes into its header and events, and finds a torn last line.
///
/// Readers and the writer share it, so that what `show` ignores as torn is exactly what
/// `resume` sets aside, and what one refuses as corrupt the other refuses too:
/// - blank lines (spaces, tabs, `\r` only) are skipped wherever they are;
/// - the first other line must be a `JournalHeader` of a format this program reads;
/// - every later line must decode as a `JournalEntry`, except the last one when it is not
///   JSON at all (a write cut short by a crash): that one is the torn tail;
/// - a last line that decodes is kept even without its final `\n` (no byte of it is missing);
/// - any other undecodable line is refused with its 1-based line number.
enum JournalParser {
    /// A journal's content, with what a writer needs to repair its end.
    struct Parsed {
        var header: JournalHeader
        var entries: [JournalEntry]
        /// The byte offset where the torn last line starts, if the last line is torn.
        var tornOffset: Int?
        /// Whether the bytes end with `\n` (a writer adds one before appending when they do not).
        var endsWithNewline: Bool
    }

    /// One non-blank line: its byte range without the `\n`, and its 1-based number in the file.
    private struct Line {
        var start: Int
        var end: Int
        var number: Int
    }

    /// Decodes only the header line of a journal.
    static func header(_ data: Data, path: String) throws(JournalError) -> JournalHeader {
        let start = data.firstIndex { ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains($0) }
        guard let start else { throw .empty(path: path) }
        let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
        return try decodeHeader(data[start..<end], path: path)
    }

    private static func decodeHeader(_ bytes: Data, path: String) throws(JournalError) -> JournalHeader {
        let header: JournalHeader
        do {
            header = try JournalHeaderDecoder.header(bytes) ?? JSONDecoder().decode(JournalHeader.self, from: bytes)
        } catch {
            throw .badHeader(path: path, problem: problem(error))
        }
        if header.format > JournalHeader.currentFormat { throw .unsupportedFormat(path: path, format: header.format) }
        if header.format < 1 { throw .badHeader(path: path, problem: .format(header.format)) }
        if let problem = header.problem { throw .badHeader(path: path, problem: problem) }
        // A journal is its case: a header naming another case is a copy, a rename or a plant.
        if let fileCase = caseID(ofJournal: path), fileCase != header.caseID {
            throw .caseMismatch(path: path, headerCaseID: header.caseID)
        }
        return header
    }

    /// The case id a journal's file name gives (`<case>.jsonl`), or nil for other names.
    private static func caseID(ofJournal path: String) -> String? {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        guard name.hasSuffix(".jsonl") else { return nil }
        return String(name.dropLast(".jsonl".count))
    }

    /// Parses a whole journal; `path` only names the file in errors.
    static func parse(_ data: Data, path: String) throws(JournalError) -> Parsed {
        let lines = nonBlankLines(data)
        guard let first = lines.first else { throw .empty(path: path) }
        lazy var decoder = JSONDecoder()  // for the lines `JournalLineDecoder` leaves to it
        let header = try decodeHeader(slice(data, first), path: path)

        var entries: [JournalEntry] = []
        entries.reserveCapacity(lines.count - 1)
        var tornOffset: Int?
        for (index, line) in lines.enumerated().dropFirst() {
            let bytes = slice(data, line)
            do {
                let entry = try JournalLineDecoder.entry(bytes) ?? decoder.decode(JournalEntry.self, from: bytes)
                guard entry.isSound else { throw JournalError.corruptLine(path: path, line: line.number) }
                entries.append(entry)
            } catch {
                guard index == lines.count - 1, !isJSON(bytes) else { throw .corruptLine(path: path, line: line.number) }
                tornOffset = line.start
            }
        }
        return Parsed(header: header, entries: entries, tornOffset: tornOffset,
                      endsWithNewline: data.isEmpty || data.last == UInt8(ascii: "\n"))
    }

    /// The lines that hold something other than spaces, tabs and `\r`.
    private static func nonBlankLines(_ data: Data) -> [Line] {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [Line] in
            guard let base = raw.baseAddress else { return [] }
            let bytes = raw.bindMemory(to: UInt8.self)
            let count = raw.count
            var lines: [Line] = []
            var start = 0
            var number = 0
            while start < count {
                number += 1
                let end: Int
                if let found = memchr(base + start, Int32(UInt8(ascii: "\n")), count - start) {
                    end = base.distance(to: UnsafeRawPointer(found))
                } else {
                    end = count
                }
                var blank = true
                for offset in start..<end {
                    let byte = bytes[offset]
                    if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t"), byte != UInt8(ascii: "\r") {
                        blank = false
                        break
                    }
                }
                if !blank { lines.append(Line(start: start, end: end, number: number)) }
                start = end + 1
            }
            return lines
        }
    }

    /// The bytes of a line (a view sharing the journal's storage).
    private static func slice(_ data: Data, _ line: Line) -> Data {
        data[(data.startIndex + line.start)..<(data.startIndex + line.end)]
    }

    /// Whether the bytes are a complete JSON text (of any kind).
    private static func isJSON(_ bytes: Data) -> Bool {
        (try? JSONSerialization.jsonObject(with: bytes, options: [.fragmentsAllowed])) != nil
    }

    /// A short technical account of why a header did not decode, such as "missing `case`".
    private static func problem(_ error: any Error) -> HeaderProblem {
        guard let error = error as? DecodingError else { return .unreadable }
        switch error {
        case .keyNotFound(let key, _):
            return .missing(field: key.stringValue)
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return .wrongValue(field: name(context))
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? .notJSON : .wrongValue(field: name(context))
        @unknown default:
            return .unreadable
        }
    }

    /// The dotted field path of a decoding context.
    private static func name(_ context: DecodingError.Context) -> String {
        context.codingPath.map(\.stringValue).joined(separator: ".")
    }
}
