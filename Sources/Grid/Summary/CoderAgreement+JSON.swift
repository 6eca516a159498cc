extension CoderAgreement {
    /// Writes `{cases, coders, overall, texts, themes[]}`, keys in byte order; percent agreement
    /// as a share (0…1) and kappa null when undefined.
    func write(into json: inout JSONText, keyPrefix: String) {
        json.object { json in
            json.key("cases")
            json.array(cases)
            json.key("coders")
            json.array([first, second])
            json.key("overall")
            Self.write(overall, into: &json)
            json.key("texts")
            json.number(texts)
            json.key("themes")
            json.array(rows) { json, row in
                json.object { json in
                    json.key("counts")
                    Self.write(row.counts, into: &json)
                    json.key("id")
                    json.string(keyPrefix + row.id)
                    json.key("kind")
                    json.string(row.isTheme ? "theme" : "code")
                    json.key("label")
                    json.string(row.label)
                }
            }
        }
    }

    private static func write(_ counts: AgreementCounts, into json: inout JSONText) {
        json.object { json in
            json.key("agreement")
            json.number(orNull: counts.observed)
            json.key("both")
            json.number(counts.both)
            json.key("first_only")
            json.number(counts.firstOnly)
            json.key("kappa")
            json.number(orNull: counts.kappa)
            json.key("neither")
            json.number(counts.neither)
            json.key("second_only")
            json.number(counts.secondOnly)
            json.key("units")
            json.number(counts.units)
        }
    }
}
