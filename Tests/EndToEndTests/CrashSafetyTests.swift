import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// `kill -9` at random moments of interviews typed at a real terminal: whatever the moment,
/// every answer whose next prompt had appeared is in the journal, the journal reads, and the
/// case resumes.
///
/// The choices (how many prompts, what is typed, the delay before the kill) come from a seeded
/// generator; the seed is printed, and `CRASH_SEED=<seed> swift test --filter CrashSafety`
/// makes the same choices again. `scripts/kill-soak.sh` does the same hundreds of times.
@Suite("Crash safety: kill -9 at random moments", .serialized)
struct CrashSafetyTests {
    /// One prompt of the small grid's interview: what shows that it is there, and what is typed at it.
    struct Prompt {
        /// Texts awaited in order; the last one is the prompt itself.
        var awaited: [String]
        var answer: String
    }

    /// The small grid answered in full at the terminal.
    static let prompts: [Prompt] = [
        Prompt(awaited: ["1. Nom de l'organisme?", "› "], answer: "Coop du Fjord"),
        Prompt(awaited: ["2. Principaux défis?", "  1› "], answer: "Défi A"),
        Prompt(awaited: ["  2› "], answer: "Défi B"),
        Prompt(awaited: ["  3› "], answer: ""),
        Prompt(awaited: ["3. Financement solidaire?", "› "], answer: "oui"),
        Prompt(awaited: ["4. Si oui, lesquelles?", "› "], answer: "Fiducie"),
        Prompt(awaited: ["5. Statut?", "› "], answer: "2"),
        Prompt(awaited: ["6. Nombre d'employés?", "› "], answer: "12"),
    ]

    /// What is done at the last prompt that appeared, just before the kill.
    enum LastAction: CaseIterable, CustomStringConvertible {
        /// Nothing typed: killed while waiting.
        case waiting
        /// Part of the answer typed, no Enter: killed in the middle of typing.
        case typingPart
        /// The whole answer and Enter: killed while it is checked and saved, or just after.
        case enter
        /// The answer, Enter, and at once part of the next answer: killed anywhere in between.
        case enterAndGoOn

        var description: String {
            switch self {
            case .waiting: "waiting"
            case .typingPart: "typing part"
            case .enter: "enter"
            case .enterAndGoOn: "enter and go on"
            }
        }
    }

    static let runs = 24

    @Test("SIGKILL at random moments of terminal interviews never loses an answer whose next prompt appeared, and every case resumes")
    func randomKillsLoseNothingConfirmed() throws {
        let seed = SeededRandom.seed(fromEnvironment: "CRASH_SEED")
        print("CrashSafetyTests: seed \(seed) (run again with CRASH_SEED=\(seed))")
        var random = SeededRandom(seed: seed)
        let environment = try TestEnvironment()
        defer { environment.remove() }
        try SmallGrid.write(in: environment)

        var torn = 0
        for run in 1...Self.runs {
            let appeared = Int.random(in: 1...Self.prompts.count, using: &random)
            let action = LastAction.allCases.randomElement(using: &random)!
            let cut = Int.random(in: 0...20, using: &random)
            let delay = Int.random(in: 0...20, using: &random)
            let label = "seed \(seed), run \(run): \(appeared) prompt(s), then \(action) (cut \(cut)), kill after \(delay) ms"
            do {
                let wasTorn = try killOnce(caseID: "c\(run)", in: environment, appeared: appeared, action: action,
                                           cut: cut, delayMilliseconds: delay, label: label)
                if wasTorn { torn += 1 }
            } catch {
                Issue.record("\(label): \(error)")
            }
        }
        print("CrashSafetyTests: \(Self.runs) kills, \(torn) torn tail(s) set aside by resume")
    }

    /// One interview killed after `appeared` prompts; returns whether the journal had a torn tail.
    private func killOnce(caseID: String, in environment: TestEnvironment, appeared: Int, action: LastAction,
                          cut: Int, delayMilliseconds: Int, label: String) throws -> Bool {
        let terminal = try environment.spawn(SmallGrid.newArguments(environment, caseID: caseID))
        defer { terminal.close() }
        for index in 0..<appeared {
            for text in Self.prompts[index].awaited { try terminal.expect(text, timeout: 5) }
            if index < appeared - 1 { terminal.sendLine(Self.prompts[index].answer) }
        }
        let last = Self.prompts[appeared - 1].answer
        switch action {
        case .waiting:
            break
        case .typingPart:
            terminal.send(String(last.prefix(max(1, cut % (last.count + 1)))))
        case .enter:
            terminal.sendLine(last)
        case .enterAndGoOn:
            terminal.sendLine(last)
            let next = appeared < Self.prompts.count ? Self.prompts[appeared].answer : "/revoir"
            terminal.send(String(next.prefix(max(1, cut % (next.count + 1)))))
        }
        if delayMilliseconds > 0 { usleep(UInt32(delayMilliseconds) * 1000) }
        terminal.signal(SIGKILL)
        let status = try terminal.expectExit(timeout: 5)
        // Enter at the last question may complete the interview (exit 0) before the kill arrives.
        let mayHaveCompleted = appeared == Self.prompts.count && action != .waiting && action != .typingPart
        #expect(status == 128 + SIGKILL || (mayHaveCompleted && status == 0),
                "\(label): the program should have been killed, exit \(status)")

        // The journal as the kill left it: no corrupt line; only the very end may be torn.
        let path = JournalFile.path(environment, caseID)
        let killed = try JournalBytes(path: path)
        #expect(killed.badLines.isEmpty, "\(label): lines \(killed.badLines) of the journal are not JSON")
        #expect(killed.lines.first?["case"] as? String == caseID, "\(label): the header is line 1")
        let confirmed = appeared - 1
        for problem in Self.missing(confirmed: confirmed, in: killed) {
            Issue.record("\(label): \(problem)\n\(String(decoding: killed.data, as: UTF8.self))")
        }

        // `resume` with nothing to type: sets a torn tail aside, says so, pauses with exit 0.
        let resumed = try environment.run(["resume", caseID], timeout: 10)
        #expect(resumed.status == 0, "\(label): resume exited \(resumed.status): \(resumed.stderr)")
        #expect(!resumed.trapped, "\(label): \(resumed.stderr)")
        let tornFiles = try environment.responseFiles().filter { $0.hasPrefix("\(caseID).jsonl.torn-") }
        if killed.tailIsTorn {
            #expect(tornFiles.count == 1, "\(label): the torn tail is set aside: \(tornFiles)")
            #expect(resumed.stderr.contains(".torn-"), "\(label): resume reports the torn tail: \(resumed.stderr)")
            if let name = tornFiles.first {
                let aside = try Data(contentsOf: URL(fileURLWithPath: environment.responses + "/" + name))
                #expect(aside == killed.tail, "\(label): the torn file holds exactly the torn bytes")
            }
        } else {
            #expect(tornFiles.isEmpty, "\(label): nothing is torn, nothing set aside: \(tornFiles)")
        }
        let after = try JournalBytes(path: path)
        #expect(after.badLines.isEmpty && after.tail.isEmpty, "\(label): after resume every line is JSON and ends with \\n")
        #expect(after.data.starts(with: killed.data.prefix(killed.data.count - killed.tail.count)),
                "\(label): resume only appends to the complete lines")
        #expect(["pause", "complete"].contains(after.events.last?["event"] as? String ?? ""), "\(label): \(after.events.last ?? [:])")
        for problem in Self.missing(confirmed: confirmed, in: after) {
            Issue.record("\(label): after resume, \(problem)")
        }
        return killed.tailIsTorn
    }

    /// What the journal should hold once the prompts after the first `confirmed` answers
    /// appeared, and does not: one sentence per missing answer.
    static func missing(confirmed: Int, in journal: JournalBytes) -> [String] {
        var problems: [String] = []
        func require(_ ok: Bool, _ what: String) { if !ok { problems.append(what) } }
        let answers = { (question: String) in journal.events.filter { $0["event"] as? String == "answer" && $0["question"] as? String == question } }
        if confirmed >= 1 { require(answers("nom").contains { $0["value"] as? String == "Coop du Fjord" }, "the answer to nom is missing") }
        if confirmed >= 2 {
            require(journal.contains("draft", about: "defis") { $0["items"] as? [String] == ["Défi A"] }
                    || answers("defis").contains { ($0["value"] as? [String])?.first == "Défi A" },
                    "the first list item of defis is missing")
        }
        if confirmed >= 3 {
            require(journal.contains("draft", about: "defis") { $0["items"] as? [String] == ["Défi A", "Défi B"] }
                    || answers("defis").contains { $0["value"] as? [String] == ["Défi A", "Défi B"] },
                    "the second list item of defis is missing")
        }
        if confirmed >= 4 { require(answers("defis").contains { $0["value"] as? [String] == ["Défi A", "Défi B"] }, "the answer to defis is missing") }
        if confirmed >= 5 { require(answers("financement").contains { $0["value"] as? Bool == true }, "the answer to financement is missing") }
        if confirmed >= 6 { require(answers("sources").contains { $0["value"] as? String == "Fiducie" }, "the answer to sources is missing") }
        if confirmed >= 7 { require(answers("statut").contains { $0["value"] as? String == "obnl" }, "the answer to statut is missing") }
        return problems
    }
}
