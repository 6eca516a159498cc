extension ThemeSegment {
    /// The segment as one `SegmentSpool` record: the length of what follows, whether the segment
    /// is its row's own (see `ThemeSegments`), then its fields.
    func record(own: Bool) -> [UInt8] {
        var body = ByteWriter()
        body.number(own ? 1 : 0)
        body.string(caseID)
        body.optional(caseTitle)
        body.optional(question)
        body.optional(questionLabel)
        body.optional(section)
        body.string(part.rawValue)
        body.number(index.map { $0 + 1 } ?? 0)
        body.number(start)
        body.number(end)
        body.string(text)
        body.number(coders.count)
        for coder in coders { body.string(coder) }
        var record = ByteWriter()
        record.number(body.bytes.count)
        return record.bytes + body.bytes
    }

    /// Reads the record at the reader's position: the segment; `.skipped` when it is not its
    /// row's own and only those are wanted; `.damaged` for bytes that are not such a record.
    static func read(from reader: inout ByteReader, ownOnly: Bool) -> RecordRead {
        guard let length = reader.number(), length >= 1, length <= reader.remaining else { return .damaged }
        let next = reader.position + length
        guard let own = reader.number() else { return .damaged }
        if ownOnly, own == 0 { return reader.skip(length - 1) ? .skipped : .damaged }
        guard let caseID = reader.string(), let caseTitle = reader.optional(), let question = reader.optional(),
              let questionLabel = reader.optional(), let section = reader.optional(),
              let part = reader.string().flatMap(CodingTarget.Part.init(rawValue:)), let index = reader.number(),
              let start = reader.number(), let end = reader.number(), let text = reader.string(),
              let coderCount = reader.number(), coderCount <= length else { return .damaged }
        var coders: [String] = []
        for _ in 0..<coderCount {
            guard let coder = reader.string() else { return .damaged }
            coders.append(coder)
        }
        guard reader.position == next else { return .damaged }
        return .segment(ThemeSegment(caseID: caseID, caseTitle: caseTitle, question: question, questionLabel: questionLabel,
                                     section: section, part: part, index: index == 0 ? nil : index - 1, start: start, end: end,
                                     text: text, coders: coders))
    }

    /// What reading one record gave.
    enum RecordRead {
        case segment(ThemeSegment)
        case skipped
        case damaged
    }
}
