extension CaseProfile {
    /// The profile as JSON, keys in byte order like every JSON the project writes:
    /// `{"by_grid", "by_interviewer", "by_status", "cases", "excluded": {count, reason}, "profile": {question: …}}`.
    public func jsonText(language: Language) -> String {
        var json = JSONText(pretty: true)
        json.object { json in writeMembers(into: &json, language: language) }
        return json.text + "\n"
    }

    /// Writes the profile's members, `by_grid` to `profile`, into the object `json` has open.
    func writeMembers(into json: inout JSONText, language: Language) {
        let questions = questions(in: language)
        json.key("by_grid")
        Self.counts(byGrid, into: &json)
        json.key("by_interviewer")
        Self.counts(byInterviewer, into: &json)
        json.key("by_status")
        Self.counts(byStatus, into: &json)
        json.key("cases")
        json.number(cases)
        json.key("excluded")
        json.object { json in
            json.key("count")
            json.number(excluded)
            json.key("reason")
            json.string(SummaryWord.excludedReason.text(in: language))
        }
        json.key("profile")
        json.object { json in
            for question in questions.sorted(by: { Self.precedes(key($0), key($1)) }) {
                json.key(text: key(question))
                Self.write(question, into: &json)
            }
        }
    }

    private static func write(_ question: QuestionProfile, into json: inout JSONText) {
        json.object { json in
            if case .options = question.figures {
                json.key("groups")
                json.array(question.groups) { json, group in
                    json.object { json in
                        json.key("count")
                        json.number(group.count)
                        json.key("label")
                        json.string(group.label)
                        json.key("options")
                        json.array(group.options)
                    }
                }
            }
            json.key("label")
            json.string(question.label)
            switch question.figures {
            case .options(let options):
                json.key("no_answer")
                json.number(question.noAnswer)
                json.key("options")
                json.array(options) { json, option in
                    json.object { json in
                        json.key("count")
                        json.number(option.count)
                        json.key("id")
                        json.string(option.id)
                        json.key("label")
                        json.string(option.label)
                    }
                }
            case .numbers(let spread):
                json.key("max")
                json.number(orNull: spread?.max)
                json.key("median")
                json.number(orNull: spread?.median)
                json.key("min")
                json.number(orNull: spread?.min)
                json.key("n")
                json.number(spread?.count ?? 0)
                json.key("no_answer")
                json.number(question.noAnswer)
            }
            json.key("type")
            json.string(question.type.rawValue)
        }
    }

    private static func counts(_ counts: [String: Int], into json: inout JSONText) {
        json.object { json in
            for name in counts.keys.sorted(by: precedes) {
                json.key(text: name)
                json.number(counts[name] ?? 0)
            }
        }
    }

    /// Byte order of UTF-8, as `.sortedKeys` sorts keys.
    static func precedes(_ left: String, _ right: String) -> Bool {
        Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8))
    }
}
