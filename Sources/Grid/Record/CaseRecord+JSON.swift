/// The record as JSON text, byte for byte what `JSONEncoder` writes with sorted keys and
/// unescaped slashes, without its cost (see `JSONText`).
extension CaseRecord {
    /// The record's JSON: on one line, or indented when `pretty`.
    public func jsonText(pretty: Bool) -> String {
        var json = JSONText(pretty: pretty)
        write(to: &json)
        return json.text
    }

    /// Writes the record; keys in sorted order.
    func write(to json: inout JSONText) {
        json.object { json in
            json.key("anonymised"); json.bool(anonymised)
            json.key("case"); json.string(caseID)
            json.key("codings"); json.array(codings) { $1.write(to: &$0) }
            if let consent { json.key("consent"); consent.write(to: &json) }
            json.key("grid"); grid.write(to: &json)
            json.key("interview"); interview.write(to: &json)
            json.key("marks"); json.array(marks) { $1.write(to: &$0) }
            json.key("notes"); json.array(notes) { $1.write(to: &$0) }
            json.key("quotes"); json.array(quotes) { $1.write(to: &$0) }
            json.key("record_format"); json.number(recordFormat)
            json.key("sections"); json.array(sections) { $1.write(to: &$0) }
            json.key("uuid"); json.string(uuid)
        }
    }
}

extension CaseRecord.GridInfo {
    func write(to json: inout JSONText) {
        json.object { json in
            json.key("id"); json.string(id)
            json.key("language"); json.string(language.rawValue)
            json.key("sha256"); json.string(sha256)
            json.key("title"); json.string(title)
            json.key("version"); json.number(version)
        }
    }
}

extension CaseRecord.InterviewInfo {
    func write(to json: inout JSONText) {
        json.object { json in
            json.field("ended", ended)
            json.field("interviewer", interviewer)
            json.key("pauses"); json.number(pauses)
            json.key("started"); json.string(started)
            json.key("status"); json.string(status.rawValue)
            json.key("total_seconds"); json.number(totalSeconds)
        }
    }
}

extension CaseRecord.RecordSection {
    func write(to json: inout JSONText) {
        json.object { json in
            json.key("id"); json.string(id)
            json.field("label", label)
            json.key("questions"); json.array(questions) { $1.write(to: &$0) }
            json.key("title"); json.string(title)
        }
    }
}

extension RecordQuestion {
    func write(to json: inout JSONText) {
        json.object { json in
            json.field("answered_at", answeredAt)
            if let earlier { json.key("earlier"); earlier.write(to: &json) }
            json.key("id"); json.string(id)
            json.field("label", label)
            json.key("notes"); json.array(notes) { $1.write(to: &$0) }
            json.key("number"); json.number(number)
            json.field("offset", offset)
            json.key("personal"); json.bool(personal)
            json.key("quotes"); json.array(quotes) { $1.write(to: &$0) }
            json.field("said", said)
            if let seconds { json.key("seconds"); json.number(seconds) }
            json.key("status"); json.string(status.rawValue)
            json.key("text"); json.string(text)
            json.key("type"); json.string(type.rawValue)
            json.field("unit", unit)
            if let value { json.key("value"); value.write(to: &json) }
        }
    }
}

extension RecordEarlierAnswer {
    func write(to json: inout JSONText) {
        json.object { json in
            json.key("answered_at"); json.string(answeredAt)
            json.field("said", said)
            if let seconds { json.key("seconds"); json.number(seconds) }
            json.key("status"); json.string(status.rawValue)
            if let value { json.key("value"); value.write(to: &json) }
        }
    }
}

extension RecordValue {
    /// The value as `encode(to:)` writes it: whole numbers below 10^15 as integers.
    func write(to json: inout JSONText) {
        switch self {
        case .text(let text): json.string(text)
        case .list(let items), .rank(let items): json.array(items)
        case .number(let number):
            if let whole = number.wholeNumber { json.number(Int(whole)) } else { json.number(number) }
        case .bool(let bool): json.bool(bool)
        case .choice(let choice): choice.write(to: &json)
        case .choices(let choices): json.array(choices) { $1.write(to: &$0) }
        }
    }
}

extension RecordAnnotation {
    func write(to json: inout JSONText) {
        json.object { json in
            json.key("at"); json.string(at)
            json.field("question", question)
            json.key("text"); json.string(text)
        }
    }
}

extension RecordMark {
    func write(to json: inout JSONText) {
        json.object { json in
            json.key("at"); json.string(at)
            json.key("offset"); json.string(offset)
            json.field("question", question)
            json.key("text"); json.string(text)
        }
    }
}

extension Choice {
    func write(to json: inout JSONText) {
        json.object { json in
            json.key("id"); json.string(id)
            json.key("label"); json.string(label)
        }
    }
}
