import Foundation

/// Reads a journal's header line without `JSONDecoder`, as `JournalLineDecoder` reads events.
///
/// Export reads the header of every case before writing anything, one case after the other;
/// `JSONDecoder` made that pass a fifth of an export. Whatever is unusual (an unknown or repeated
/// key, a missing field, another kind of value, a number that is not a plain integer, a
/// language this program does not know) gives `nil`, and the caller decodes the line with
/// `JSONDecoder`, which gives the header or the error.
enum JournalHeaderDecoder {
    /// The header of one line's bytes (without its `\n`), or `nil` when `JSONDecoder` must decide.
    static func header(_ data: Data) -> JournalHeader? {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var parser = FlatJSONParser<Key>(bytes)
            guard let fields = parser.object() else { return nil }
            return build(fields, bytes)
        }
    }

    /// The rules of `JournalHeader`'s synthesized `init(from:)`, on parsed fields.
    private static func build(_ fields: FlatJSONFields<Key>, _ bytes: UnsafeBufferPointer<UInt8>) -> JournalHeader? {
        func text(_ key: Key) -> String? {
            if case .string(let text)? = fields[key] { return text }
            return nil
        }
        func integer(_ key: Key) -> Int? {
            if case .number(let start, let end)? = fields[key] { return FlatJSON.integer(bytes, start, end) }
            return nil
        }
        let interviewer: String?
        switch fields[.interviewer] {
        case nil, .null?: interviewer = nil
        case .string(let name)?: interviewer = name
        default: return nil
        }
        guard let format = integer(.format), let caseID = text(.caseID), let uuid = text(.uuid), let grid = text(.grid),
              let gridVersion = integer(.gridVersion), let gridSHA256 = text(.gridSHA256), let code = text(.language),
              let language = Language(rawValue: code),
              let program = text(.program), let started = text(.started) else { return nil }
        return JournalHeader(format: format, caseID: caseID, uuid: uuid, grid: grid, gridVersion: gridVersion, gridSHA256: gridSHA256,
                             interviewer: interviewer, language: language, program: program, started: started)
    }

    /// The keys of a journal header.
    enum Key: Int, FlatJSONKey {
        case format, caseID, uuid, grid, gridVersion, gridSHA256, interviewer, language, program, started

        var slot: Int { rawValue }

        /// The key these bytes name, if any.
        static func named(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Self? {
            func equals(_ name: StaticString) -> Bool { FlatJSON.spells(bytes, start, count, name) }
            switch count {
            case 4: return equals("case") ? .caseID : equals("uuid") ? .uuid : equals("grid") ? .grid : nil
            case 7: return equals("started") ? .started : equals("program") ? .program : nil
            case 8: return equals("language") ? .language : nil
            case 11: return equals("interviewer") ? .interviewer : equals("grid_sha256") ? .gridSHA256 : nil
            case 12: return equals("grid_version") ? .gridVersion : nil
            case 14: return equals("journal_format") ? .format : nil
            default: return nil
            }
        }
    }
}

extension JournalHeader {
    /// A header with every field given, as decoding makes it.
    init(format: Int, caseID: String, uuid: String, grid: String, gridVersion: Int, gridSHA256: String,
         interviewer: String?, language: Language, program: String, started: String) {
        self.format = format
        self.caseID = caseID
        self.uuid = uuid
        self.grid = grid
        self.gridVersion = gridVersion
        self.gridSHA256 = gridSHA256
        self.interviewer = interviewer
        self.language = language
        self.program = program
        self.started = started
    }
}
