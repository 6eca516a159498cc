import Foundation
import Grid

/// The journals damaged, each with the grid it follows.
enum MutationJournals {
    /// A journal recorded by `interview new` piped on the built-in grid, then `interview resume`:
    /// list drafts, a pause, a resume, navigation, a cleared answer.
    static let recordedDrafts = """
        {"case":"ferme","grid":"territoires-nourriciers","grid_sha256":"ee6ee20113641d63937e30ffa20a67ffcd12fe3ece0ca953662a5c6f2393539d","grid_version":1,"interviewer":"Ana","journal_format":1,"language":"fr","program":"interview 0.1.0","started":"2026-11-28T13:48:42.089Z","uuid":"b51495f4-6867-44f3-b067-78db9280dd09"}
        {"at":"2026-11-28T13:48:42.099Z","event":"answer","question":"nom_organisation","seconds":0,"value":"Ferme Vivante"}
        {"at":"2026-11-28T13:48:42.105Z","event":"answer","question":"nom_repondant","seconds":0,"value":"Luc"}
        {"at":"2026-11-28T13:48:42.107Z","event":"answer","question":"fonction_repondant","seconds":0,"value":"Directeur"}
        {"at":"2026-11-28T13:48:42.115Z","event":"answer","question":"consentement_entretien","seconds":0,"value":true}
        {"at":"2026-11-28T13:48:42.119Z","event":"answer","question":"consentement_fiche","seconds":0,"value":false}
        {"at":"2026-11-28T13:48:42.127Z","event":"answer","question":"besoin_origine","seconds":0,"value":"Nourrir le quartier"}
        {"at":"2026-11-28T13:48:42.131Z","event":"draft","items":["Terres"],"question":"defis_demarrage"}
        {"at":"2026-11-28T13:48:42.135Z","event":"draft","items":["Terres","Capital"],"question":"defis_demarrage"}
        {"at":"2026-11-28T13:48:42.137Z","event":"pause"}
        {"at":"2026-11-28T13:48:42.247Z","event":"resume"}
        {"at":"2026-11-28T13:48:42.251Z","event":"navigation","to":"besoin_origine"}
        {"at":"2026-11-28T13:48:42.255Z","event":"clear","question":"besoin_origine"}
        {"at":"2026-11-28T13:48:42.259Z","event":"navigation","to":"nom_repondant"}
        {"at":"2026-11-28T13:48:42.263Z","event":"answer","question":"nom_repondant","seconds":0,"value":"Lucie"}
        {"at":"2026-11-28T13:48:42.267Z","event":"navigation","to":"defis_demarrage"}
        {"at":"2026-11-28T13:48:42.271Z","event":"pause"}

        """

    /// A journal recorded by `interview new` piped on the built-in grid: a note, "don't know", a pause.
    static let recordedPaused = """
        {"case":"alina","grid":"territoires-nourriciers","grid_sha256":"ee6ee20113641d63937e30ffa20a67ffcd12fe3ece0ca953662a5c6f2393539d","grid_version":1,"interviewer":"Zoé","journal_format":1,"language":"fr","program":"interview 0.1.0","started":"2026-11-28T13:48:27.679Z","uuid":"0ae4451e-ec1a-430b-8059-3c80ceff5b16"}
        {"at":"2026-11-28T13:48:27.687Z","event":"answer","question":"nom_organisation","seconds":0,"value":"Coop Alina"}
        {"at":"2026-11-28T13:48:27.688Z","event":"note","question":"nom_repondant","text":"Rencontre au local"}
        {"at":"2026-11-28T13:48:27.689Z","event":"answer","question":"nom_repondant","seconds":0,"value":"Sophie-Anne Morin"}
        {"answer":"dont_know","at":"2026-11-28T13:48:27.691Z","event":"special","question":"fonction_repondant","seconds":0}
        {"at":"2026-11-28T13:48:27.695Z","event":"answer","question":"consentement_entretien","seconds":0,"value":true}
        {"at":"2026-11-28T13:48:27.696Z","event":"answer","question":"consentement_fiche","seconds":0,"value":true}
        {"at":"2026-11-28T13:48:27.696Z","event":"pause"}

        """

    /// A complete journal written by `JournalWriter` for `loaded`: an answer of the right type to
    /// every question, and every other kind of event.
    static func written(for loaded: LoadedGrid, caseID: String) throws -> String {
        let fixture = try JournalFixture()
        let header = JournalHeader(caseID: caseID, uuid: UUID(uuid: (9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5, 6)), grid: loaded,
                                   interviewer: "Zoé « Z » Tremblay", language: loaded.grid.language, program: "interview test",
                                   started: Date(timeIntervalSince1970: 1_790_000_000.123))
        let writer = try JournalWriter.create(store: fixture.store, header: header)
        var second = 0.0
        func append(_ event: JournalEvent) throws {
            second += 1.25
            try writer.append(JournalEntry(event, at: Date(timeIntervalSince1970: 1_790_000_000 + second)))
        }
        let questions = loaded.grid.questions
        var lists: [String: [String]] = [:]
        for (index, question) in questions.enumerated() {
            switch index % 11 {
            case 3: try append(.skip(question: question.id)); continue
            case 5: try append(.special(question: question.id, .refused, seconds: 2.5)); continue
            case 7: try append(.draft(question: question.id, items: ["brouillon"], line: "en cours"))
            case 9: try append(.note(question: question.id, text: "Note sur \(question.id)"))
            case 10: try append(.quote(question: question.id, text: "« Citation » \(question.id)"))
            default: break
            }
            let value: AnswerValue
            switch question.type {
            case .text: value = .text("Réponse à \(question.id)\nsur deux lignes, avec *astérisques* et | barres")
            case .list:
                lists[question.id] = ["Premier élément", "Deuxième; avec point-virgule", "Troisième"]
                value = .list(lists[question.id]!)
            case .rank: value = .list(Array((question.from.flatMap { lists[$0] } ?? ["x"]).reversed().prefix(question.count ?? 3)))
            case .integer: value = .number(Double(question.min ?? 0) + 40)
            case .decimal: value = .number(0.75)
            case .percent: value = .number(85.5)
            case .money: value = .number(5_000_000)
            case .year: value = .number(1978)
            case .date: value = .text("2024-05-01")
            case .choice: value = .text(question.choices.first?.id ?? "x")
            case .multichoice: value = .list(question.choices.prefix(2).map(\.id))
            case .yesno: value = .bool(index % 2 == 0)
            case .email: value = .text("info@example.org")
            case .phone: value = .text("+1 418 555-1234")
            case .url: value = .text("https://example.org/a?b=c")
            }
            try append(.answer(question: question.id, value: value, seconds: Double(index) * 3.5))
            if index == questions.count / 2 {
                try append(.pause)
                try append(.resume)
                try append(.navigation(to: questions[0].id))
                try append(.clear(question: questions[0].id))
                try append(.note(question: nil, text: "Note libre"))
                try append(.quote(question: nil, text: "Citation libre"))
                try append(.grid(id: loaded.grid.id, version: loaded.grid.version, sha256: loaded.sha256))
            }
        }
        try append(.complete)
        writer.close()
        return String(decoding: fixture.bytes(try fixture.path(caseID)), as: UTF8.self)
    }

    /// Raw JSON values of other types, including ones Swift numbers cannot hold.
    static let otherValues = [
        "null", "true", "false", "0", "-1", "1.5", "-0", "1e308", "-1e308", "1e400", "-1e400", "99999999999999999999",
        "-9223372036854775809", "9223372036854775807", "5e-324", "1.7976931348623157e308", "\"\"", "\"texte\"", "\"2026-11-28T13:20:01.123Z\"",
        "[]", "[1,2]", "[\"a\",\"b\"]", "[null]", "[[\"a\"]]", "{}", "{\"a\":1}", "\"\\u0000\"", "\"\\ud800\"", "\"dont_know\"", "\"refused\"",
        "\"\(String(repeating: "x", count: 5_000))\"", "NaN", "Infinity", "-Infinity", "0x10", "01", "1.", ".5", "+1",
    ]

    /// Numbers too big, too small or not numbers at all.
    static let hugeNumbers = [
        "1e308", "-1e308", "1e400", "-1e400", "99999999999999999999", "-9223372036854775808", "-9223372036854775809",
        "9223372036854775807", "9223372036854775808", "18446744073709551616", "1e-400", "4.9e-324", "1e19", "-1e19", "1e15", "2147483648",
    ]

    /// Event names that are wrong, or right but with another event's fields.
    static let eventNames = [
        "", "Answer", "answers", "ANSWER", "note ", " pause", "grid", "navigation", "complete", "pause", "resume", "special", "draft",
        "clear", "skip", "quote", "note", "answer", "\u{0}", "évènement", "dont_know",
    ]

    /// Timestamps that are invalid, at the edges of what dates hold, or in other ISO-8601 forms.
    static let timestamps = [
        "\"\"", "\"2026-13-01T00:00:00Z\"", "\"2026-02-30T00:00:00Z\"", "\"2026-11-28T25:61:61Z\"", "\"2026-11-28T23:59:60Z\"",
        "\"0000-01-01T00:00:00Z\"", "\"0001-01-01T00:00:00.000Z\"", "\"9999-12-31T23:59:59.999Z\"", "\"10000-01-01T00:00:00Z\"",
        "\"-0001-01-01T00:00:00Z\"", "\"+275760-09-13T00:00:00Z\"", "\"99999-01-01T00:00:00.000Z\"", "\"2026-11-28\"",
        "\"2026-11-28T13:20:01.123456789Z\"", "\"2026-11-28T13:20:01.1234567890123Z\"", "\"2026-11-28T13:20:01.123+14:00\"",
        "\"2026-11-28T13:20:01.123-99:99\"", "\"2026-11-28T13:20:01,123Z\"", "\" 2026-11-28T13:20:01Z\"", "\"2026-11-28t13:20:01z\"",
        "\"1970-01-01T00:00:00.000Z\"", "\"1969-12-31T23:59:59.999Z\"", "\"2026-11-28T13:20:01.Z\"", "\"2026-11-28T13:20:01.-1Z\"",
        "\"now\"", "1790000000", "1e400", "null",
    ]
}
