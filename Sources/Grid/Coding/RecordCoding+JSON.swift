/// A coded segment as the case record's JSON writes it (sorted keys, as `encode(to:)`).
extension RecordCoding {
    func write(to json: inout JSONText) {
        json.object { json in
            json.field("coder", coder)
            json.key("codes"); json.array(codes)
            json.key("end"); json.number(end)
            if let index { json.key("index"); json.number(index) }
            json.key("part"); json.string(part.rawValue)
            json.field("question", question)
            json.field("section", section)
            json.key("start"); json.number(start)
            json.key("text"); json.string(text)
        }
    }
}
