extension ThemeTable {
    /// Writes a row as `{by_section, cases, id, kind, label, mentions, segments}`, keys in byte order,
    /// handing the text to `out` as it grows (a row may quote thousands of segments).
    func write(_ row: ThemeRow, into json: inout JSONText, out: ([UInt8]) throws -> Void) throws {
        try json.object { json in
            json.key("by_section")
            json.object { json in
                for count in row.bySection.sorted(by: { CaseProfile.precedes(Self.sectionKey($0.section), Self.sectionKey($1.section)) }) {
                    json.key(text: Self.sectionKey(count.section))
                    json.object { json in
                        json.key("cases")
                        json.number(count.cases)
                        json.key("mentions")
                        json.number(count.mentions)
                    }
                }
            }
            json.key("cases")
            json.number(row.cases)
            json.key("id")
            json.string(keyPrefix + row.id)
            json.key("kind")
            json.string(row.isTheme ? "theme" : "code")
            json.key("label")
            json.string(row.label)
            json.key("mentions")
            json.number(row.mentions)
            json.key("segments")
            try json.streamedArray { json in
                // Each segment's object is written on one of the cores, indented for where it goes.
                let depth = json.nesting
                try row.segments.mapPieces({ segments in
                    segments.map { segment in
                        var object = JSONText(pretty: true, depth: depth)
                        Self.write(segment, into: &object)
                        return object.bytes
                    }
                }) { objects in
                    for object in objects { json.rawElement(object) }
                    try json.drain(to: out)
                }
            }
        }
    }

    /// The key of a section in `by_section`: its id, `_none` for quotes taken between questions.
    static func sectionKey(_ section: String?) -> String { section ?? "_none" }

    private static func write(_ segment: ThemeSegment, into json: inout JSONText) {
        json.object { json in
            json.key("case")
            json.string(segment.caseID)
            json.key("coders")
            json.array(segment.coders)
            json.key("end")
            json.number(segment.end)
            json.key("index")
            json.number(orNull: segment.index)
            json.key("part")
            json.string(segment.part.rawValue)
            json.key("question")
            json.string(orNull: segment.question)
            json.key("section")
            json.string(orNull: segment.section)
            json.key("start")
            json.number(segment.start)
            json.key("text")
            json.string(segment.text)
            json.key("title")
            json.string(orNull: segment.caseTitle)
        }
    }
}
