@testable import Grid

/// Case records built by hand for the JSON tests: one with every kind of value, and random ones.
enum RecordSamples {
    static func question(_ id: String, _ number: Int, type: QuestionType = .text, status: QuestionStatus = .answered,
                         value: RecordValue? = nil) -> RecordQuestion {
        RecordQuestion(id: id, number: number, text: "Question \(number) ?", label: nil, type: type, unit: nil, personal: false,
                       status: status, value: value, notes: [], quotes: [], answeredAt: nil, seconds: nil)
    }

    /// Every value kind, optional fields both present and absent, annotations at both levels.
    static var everyKind: CaseRecord {
        var money = question("ca", 3, type: .money, value: .number(5_000_000))
        money.unit = "$"
        money.label = "Chiffre d'affaires"
        money.answeredAt = "2026-11-28T10:00:01.250Z"
        money.seconds = 12
        money.said = "environ 5 millions $"
        money.offset = "00:01:02"
        money.notes = [RecordAnnotation(text: "vérifier / confirmer", at: "2026-11-28T10:00:02.000Z")]
        var name = question("nom", 1, value: .text("Coop « Alina »"))
        name.personal = true
        name.quotes = [RecordAnnotation(text: "On a \"tout\" essayé", at: "2026-11-28T10:00:03.000Z")]
        var notApplicable = question("na", 10, status: .notApplicable)
        notApplicable.earlier = RecordEarlierAnswer(status: .answered, value: .text("Caisse d'économie"),
                                                    answeredAt: "2026-11-28T10:00:04.500Z", seconds: 3.5)
        var staleRank = question("rang", 12, type: .rank, status: .unanswered)
        staleRank.earlier = RecordEarlierAnswer(status: .answered, value: .rank(["Serre", "Local"]), answeredAt: "2026-11-28T10:00:05.000Z",
                                                seconds: 2)
        var saidEarlier = question("membres", 14, type: .integer, status: .notApplicable)
        saidEarlier.earlier = RecordEarlierAnswer(status: .answered, value: .number(200), answeredAt: "2026-11-28T10:00:07.000Z",
                                                  seconds: 1, said: "plus de 200")
        var refusedEarlier = question("avant", 13, status: .notApplicable)
        refusedEarlier.earlier = RecordEarlierAnswer(status: .refused, value: nil, answeredAt: "2026-11-28T10:00:06.000Z", seconds: nil)
        let first = CaseRecord.RecordSection(id: "id", title: "Identification", label: nil, questions: [
            money, name,
            question("oui", 4, type: .yesno, value: .bool(false)),
            question("statut", 5, type: .choice, value: .choice(Choice(id: "osbl", label: "OSBL"))),
            question("roles", 6, type: .multichoice, value: .choices([Choice(id: "a", label: "A"), Choice(id: "b", label: "B")])),
            question("ordre", 7, type: .rank, value: .rank(["Local", "Serre"])),
            question("pct", 8, type: .percent, value: .number(12.5)),
            question("refus", 9, status: .refused),
            notApplicable,
        ])
        let second = CaseRecord.RecordSection(id: "dev", title: "Développement", label: "Dév.", questions: [
            question("defis", 11, type: .list, value: .list(["un", "deux, trois", "quatre\nlignes"])),
            staleRank, refusedEarlier, saidEarlier,
        ])
        var record = CaseRecord(
            recordFormat: CaseRecord.currentFormat, caseID: "2026-11-28-1", uuid: "0A0B0C0D-0000-4000-8000-000000000001", anonymised: false,
            grid: .init(id: "territoires-nourriciers", version: 1, sha256: String(repeating: "ab", count: 32), title: "Grille", language: .fr),
            interview: .init(interviewer: "Zoé", started: "2026-11-28T10:00:00.000Z", ended: nil, totalSeconds: 61.5, pauses: 2, status: .paused),
            sections: [first, second],
            notes: [RecordAnnotation(text: "hors question", at: "2026-11-28T10:05:00.000Z", question: "ancienne")],
            quotes: [],
            marks: [RecordMark(text: "rire « franc »", at: "2026-11-28T10:06:00.000Z", offset: "01:00:05", question: "ca"),
                    RecordMark(text: "hors question", at: "2026-11-28T10:07:00.000Z", offset: "01:00:06")]
        )
        record.codings = [
            RecordCoding(Coding(target: .item("defis", 2), start: 0, end: 4, text: "deux", codes: ["ancrage", "ancrage.mobilisation"], coder: "Zoé"),
                         section: "dev"),
            RecordCoding(Coding(target: .quote(nil, 1), start: 0, end: 1, text: "«", codes: ["gouvernance"], coder: nil), section: nil),
        ]
        return record
    }

    /// A record of random shape and content.
    static func random(using random: inout some RandomNumberGenerator) -> CaseRecord {
        func text() -> String {
            let alphabet: [Character] = ["a", "é", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1b}", "😀", "«", "\u{85}", "0", "-", ","]
            return String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" })
        }
        func maybe(_ value: @autoclosure () -> String) -> String? {
            Bool.random(using: &random) ? value() : nil
        }
        func annotations() -> [RecordAnnotation] {
            (0..<Int.random(in: 0...2, using: &random)).map { _ in RecordAnnotation(text: text(), at: "2026-11-28T10:00:00.000Z", question: maybe(text())) }
        }
        func value() -> RecordValue? {
            switch Int.random(in: 0...7, using: &random) {
            case 0: return .text(text())
            case 1: return .list((0..<Int.random(in: 0...3, using: &random)).map { _ in text() })
            case 2: return .number(Double(Int.random(in: -1_000_000...1_000_000, using: &random)) / [1, 10, 100, 3][Int.random(in: 0...3, using: &random)])
            case 3: return .bool(Bool.random(using: &random))
            case 4: return .choice(Choice(id: text(), label: text()))
            case 5: return .choices([Choice(id: text(), label: text())])
            case 6: return .rank([text(), text()])
            default: return nil
            }
        }
        func earlier() -> RecordEarlierAnswer {
            let status = [QuestionStatus.answered, .skipped, .dontKnow, .refused].randomElement(using: &random) ?? .answered
            return RecordEarlierAnswer(status: status, value: status == .answered ? value() : nil, answeredAt: "2026-11-28T10:00:00.000Z",
                                       seconds: Bool.random(using: &random) ? Double(Int.random(in: 0...5_000, using: &random)) / 10 : nil,
                                       said: maybe(text()))
        }
        let sections = (0..<Int.random(in: 0...3, using: &random)).map { s in
            CaseRecord.RecordSection(id: "s\(s)", title: text(), label: maybe(text()), questions: (0..<Int.random(in: 0...4, using: &random)).map { n in
                RecordQuestion(id: "q\(s)_\(n)", number: n + 1, text: text(), label: maybe(text()), type: QuestionType.allCases.randomElement(using: &random) ?? .text,
                               unit: maybe(text()), personal: Bool.random(using: &random), status: QuestionStatus.allCases.randomElement(using: &random) ?? .answered,
                               value: value(), notes: annotations(), quotes: annotations(), answeredAt: maybe("2026-11-28T10:00:00.000Z"),
                               seconds: Bool.random(using: &random) ? Double(Int.random(in: 0...5_000, using: &random)) / 10 : nil,
                               earlier: Bool.random(using: &random) ? earlier() : nil, said: maybe(text()), offset: maybe("00:00:12"))
            })
        }
        var record = CaseRecord(
            recordFormat: 1, caseID: text(), uuid: text(), anonymised: Bool.random(using: &random),
            grid: .init(id: text(), version: Int.random(in: 1...9, using: &random), sha256: text(), title: text(), language: Bool.random(using: &random) ? .fr : .en),
            interview: .init(interviewer: maybe(text()), started: text(), ended: maybe(text()),
                             totalSeconds: Double(Int.random(in: 0...100_000, using: &random)) / 10, pauses: Int.random(in: 0...5, using: &random),
                             status: [SessionState.Lifecycle.inProgress, .paused, .completed].randomElement(using: &random) ?? .paused),
            sections: sections, notes: annotations(), quotes: annotations(),
            marks: annotations().map { RecordMark(text: $0.text, at: $0.at, offset: "12:34:56", question: $0.question) }
        )
        record.codings = annotations().map { annotation in
            let target: CodingTarget = annotation.question.map { .answer($0) } ?? .quote(nil, Int.random(in: 1...3, using: &random))
            return RecordCoding(Coding(target: target, start: 0, end: annotation.text.unicodeScalars.count, text: annotation.text,
                                       codes: ["ancrage"], coder: maybe(text())), section: maybe("dev"))
        }
        return record
    }
}
