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
                json.key("max"); if let max = entry.max { json.number(max) } else { json.null() }
                json.key("min"); if let min = entry.min { json.number(min) } else { json.null() }
                json.key("number"); if let number = entry.number { json.number(number) } else { json.null() }
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
