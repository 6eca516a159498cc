import Foundation
import Testing

/// `interview code` on the built binary: piped and at a terminal, `--list`, `/code` during an
/// interview, the lock, the exit codes.
@Suite("Coding a case", .serialized)
struct CodeCommandTests {
    private let environment: TestEnvironment

    init() throws {
        environment = try TestEnvironment()
    }

    /// The `code` events of the case's journal.
    private func codeEvents(_ caseID: String) throws -> [[String: Any]] {
        try JournalFile(environment, caseID).events.filter { $0["event"] as? String == "code" }
    }

    /// The `codings` of the case's record (`export -f json`).
    private func exportedCodings(_ caseID: String) throws -> [[String: Any]] {
        let export = try environment.run(["export", caseID, "-f", "json"])
        #expect(export.status == 0, "\(export.stderr)")
        let record = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
        return record?["codings"] as? [[String: Any]] ?? []
    }

    @Test("piped lines code each text in grid order, segments by phrase and by start … end, journaled and exported with code-point offsets")
    func pipedCoding() throws {
        defer { environment.remove() }
        #expect(try CodingGrid.interviewed(environment, caseID: "coop").status == 0)
        let input = "/segment « ensemble »\ngouvernance\n/segment avec … Plateau-Mont-Royal\nancrage.mobilisation\nancrage\n"
            + "ancrage gouvernance\n\nancrage.mobilisation\nancrage\n"
        let result = try environment.run(["code", "coop", "--coder", "Béa"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1. Quelle est votre mission?"))
        #expect(result.stdout.contains(CodingGrid.mission), "piped output is not wrapped")
        #expect(result.stdout.contains("Citation 1 · 3. Et l'avenir?"))
        #expect(result.stderr.contains("4 passages codés, 2 segments."))

        let events = try codeEvents("coop")
        #expect(events.map { $0["text"] as? String } == ["ensemble", "avec les citoyen·ne·s du Plateau-Mont-Royal", CodingGrid.mission,
                                                         "Manque de bénévoles", "Grandir sans perdre l'âme", "« On a tout fait nous-mêmes »"])
        #expect(events.map { $0["start"] as? Int } == [24, 37, 0, 0, 0, 0])
        #expect(events.map { $0["end"] as? Int } == [32, 80, CodingGrid.mission.unicodeScalars.count, 19, 25, 29])
        #expect(events.allSatisfy { $0["coder"] as? String == "Béa" })
        #expect(events[3]["part"] as? String == "item" && events[3]["index"] as? Int == 1)
        #expect(events[5]["part"] as? String == "quote" && events[5]["question"] as? String == "avenir")

        let codings = try exportedCodings("coop")
        #expect(codings.count == 6)
        #expect(codings.map { $0["codes"] as? [String] ?? [] } == [["ancrage"], ["gouvernance"], ["ancrage.mobilisation"],
                                                                   ["ancrage", "gouvernance"], ["ancrage.mobilisation"], ["ancrage"]])
        #expect(codings.first?["section"] as? String == "demarrage")
    }

    @Test("piped, an unknown id is named with its input line and a suggestion, and the next line codes the same text")
    func pipedUnknownID() throws {
        defer { environment.remove() }
        #expect(try CodingGrid.interviewed(environment, caseID: "coop").status == 0)
        let result = try environment.run(["code", "coop"], stdin: "ancrage\ngouvernanse\ngouvernance\n")
        #expect(result.status == 0)
        #expect(result.stderr.contains("Ligne 2 de l'entrée"))
        #expect(result.stderr.contains("vouliez-vous dire « gouvernance »?"))
        let events = try codeEvents("coop")
        #expect(events.map { $0["codes"] as? [String] ?? [] } == [["ancrage"], ["gouvernance"]])
        #expect(events.map { $0["question"] as? String } == ["mission", "defis"], "the retry codes the text refused, not the next one")
        #expect(events.first?["coder"] == nil, "no --coder: no coder")
    }

    @Test("at a terminal Tab completes a partial id, and a rerun shows the existing codes in the edit line")
    func terminalCompletionAndPrefill() throws {
        defer { environment.remove() }
        #expect(try CodingGrid.interviewed(environment, caseID: "coop").status == 0)
        let terminal = try environment.spawn(["code", "coop", "--coder", "Béa"], columns: 60)
        try terminal.expect("Quelle est votre mission?")
        try terminal.expect("codes› ")
        terminal.send("ancrage gouv")
        try terminal.expect("gouv")
        terminal.sendTab()
        try terminal.expect("ernance")
        terminal.sendLine("")
        try terminal.expect("Manque de bénévoles")
        try terminal.expect("codes› ")
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
        #expect(try codeEvents("coop").map { $0["codes"] as? [String] ?? [] } == [["ancrage", "gouvernance"]])

        let again = try environment.spawn(["code", "coop", "--coder", "Béa"], columns: 60)
        try again.expect("Codes : ancrage gouvernance")
        try again.expect("codes› ancrage gouvernance")
        again.sendLine("")
        try again.expect("Manque de bénévoles")
        try again.expect("codes› ")
        again.sendControl("d")
        #expect(try again.expectExit() == 0)
        #expect(try codeEvents("coop").count == 1, "Enter on the unchanged codes writes nothing")
    }

    @Test("/code during a piped interview codes the answer just given, the interviewer as coder, and lands in the record")
    func codeDuringInterview() throws {
        defer { environment.remove() }
        let input = "\(CodingGrid.mission)\n/code ancrage gouvernanse\n/code ancrage ancrage.mobilisation\nA\nB\n\n/code gouvernance\nGrandir\n"
        let result = try CodingGrid.interviewed(environment, caseID: "coop", input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("vouliez-vous dire « gouvernance »?"))
        let codings = try exportedCodings("coop")
        #expect(codings.map { $0["question"] as? String } == ["mission", "defis"])
        #expect(codings.map { $0["text"] as? String } == [CodingGrid.mission, "A\nB"])
        #expect(codings.map { $0["codes"] as? [String] ?? [] } == [["ancrage", "ancrage.mobilisation"], ["gouvernance"]])
        #expect(codings.allSatisfy { $0["coder"] as? String == "Zoé" })
        #expect(try JournalFile(environment, "coop").lastAnswer("avenir") as? String == "Grandir")
    }

    @Test("code --list prints each coded passage with its codes' labels and coder, and those whose words are gone as to code again")
    func listing() throws {
        defer { environment.remove() }
        #expect(try CodingGrid.interviewed(environment, caseID: "coop").status == 0)
        let empty = try environment.run(["code", "--list", "coop"])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("Aucun passage codé."))

        #expect(try environment.run(["code", "coop", "--coder", "Béa"], stdin: "/segment « ensemble »\ngouvernance\n\nancrage.mobilisation\n").status == 0)
        #expect(try environment.run(["code", "coop", "--coder", "Lou"], stdin: "ancrage\n").status == 0)
        // The mission is retyped without « ensemble »: Lou's coding of the whole and Béa's segment lose their words.
        let edit = try environment.run(["resume", "coop"], stdin: "/aller 1\nNourrir le quartier autrement\n")
        #expect(edit.status == 0, "\(edit.stderr)")

        let list = try environment.run(["code", "--list", "coop"])
        #expect(list.status == 0, "\(list.stderr)")
        let lines = list.stdout.components(separatedBy: "\n")
        let stale = try #require(lines.firstIndex { $0.hasPrefix("À recoder") })
        let current = lines[..<stale].joined(separator: "\n")
        let gone = lines[stale...].joined(separator: "\n")
        #expect(current.contains("2. Principaux défis? · élément 1\n  « Manque de bénévoles »\n    ancrage.mobilisation — Mobilisation des citoyen·ne·s\n    (codé par Béa)"))
        #expect(gone.contains("« ensemble »\n    gouvernance — La gouvernance\n    (codé par Béa)"))
        #expect(gone.contains("ancrage — L'ancrage dans la communauté\n    (codé par Lou)"))

        let onlyLou = try environment.run(["code", "--list", "coop", "--coder", "Lou"])
        #expect(!onlyLou.stdout.contains("Béa") && onlyLou.stdout.contains("Lou"))
    }

    @Test("a case open in a session is refused with 75 naming it, as resume refuses it, and its journal is untouched")
    func lockedCase() throws {
        defer { environment.remove() }
        #expect(try CodingGrid.interviewed(environment, caseID: "coop", input: "Mission\n").status == 0)
        let terminal = try environment.spawn(["resume", "coop"])
        try terminal.expectPrompt(after: "2. Principaux défis?")
        let before = try JournalFile(environment, "coop").data
        let refused = try environment.run(["code", "coop"], stdin: "ancrage\n")
        #expect(refused.status == 75)
        #expect(refused.stderr.contains("« coop »"), "\(refused.stderr)")
        #expect(try JournalFile(environment, "coop").data == before)
        terminal.sendControl("d")
        #expect(try terminal.expectExit() == 0)
    }

    @Test("a missing case exits 66, a coder's name with control characters 64, a grid without codebook 65")
    func exitCodes() throws {
        defer { environment.remove() }
        #expect(try environment.run(["code", "nulle-part"]).status == 66)
        let badCoder = try environment.run(["code", "coop", "--coder", "a\u{1B}[31mb"])
        #expect(badCoder.status == 64)
        #expect(badCoder.stderr.contains("^["), "the name is shown safe: \(badCoder.stderr)")
        #expect(try environment.run(["code", "coop", "--coder", "  "]).status == 64)
        try SmallGrid.write(in: environment)
        #expect(try environment.run(SmallGrid.newArguments(environment, caseID: "petit"), stdin: "Coop\n").status == 0)
        let noCodebook = try environment.run(["code", "petit"], stdin: "ancrage\n")
        #expect(noCodebook.status == 65)
        #expect(noCodebook.stderr.contains("livre de codes"))
    }
}
