extension Codebook {
    /// The codebook as a pretty JSON array, one object per column of the wide CSV (keys sorted;
    /// `number`, `min` and `max` are `null` when they do not apply).
    public func jsonText() -> String {
        var json = JSONText(pretty: true)
        json.array(entries) { json, entry in
            json.object { json in
                json.key("column"); json.string(entry.column)
                json.key("condition"); json.string(entry.condition)
                json.key("kind"); json.string(entry.kind)
                json.key("label"); json.string(entry.label)
                json.key("max"); json.number(orNull: entry.max)
                json.key("min"); json.number(orNull: entry.min)
                json.key("number"); json.number(orNull: entry.number)
                json.key("question"); json.string(entry.question)
                json.key("section"); json.string(entry.section)
                json.key("text"); json.string(entry.text)
                json.key("type"); json.string(entry.type)
                json.key("unit"); json.string(entry.unit)
                json.key("values"); json.array(entry.values) { json, value in
                    json.object { json in
                        json.key("code"); json.string(value.code)
                        json.key("label"); json.string(value.label)
                    }
                }
            }
        }
        return json.text + "\n"
    }
}
