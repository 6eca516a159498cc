import Grid
@testable import Interview
import Testing

/// Tab at every prompt: choices ignoring case and accents, yes/no words, commands, `/aller` ids.
@Suite("Tab completion")
struct SessionCompletionTests {
    let loaded: LoadedGrid

    init() throws {
        loaded = try TestGrids.essai()
    }

    /// The completion in force when question `number` (1-based) was asked.
    func completion(atQuestion number: Int) throws -> LineCompletion {
        let run = try interview(TemporaryCase(grid: loaded), essaiAnswers(before: number))
        return try #require(run.editor.completionsSeen.last)
    }

    @Test("a choice label completes from a prefix typed without accents or capitals")
    func choiceWithoutAccents() throws {
        let completion = try completion(atQuestion: 9)
        #expect(completion.complete("coop").replacement == "Coopérative")
        #expect(completion.complete("ENTRE").replacement == "Entreprise privée")
        let cote = LineCompletion(words: ["Côte-Nord", "Côte-Sud", "Gaspésie"])
        #expect(cote.complete("cote").replacement == "Côte-")
        #expect(cote.complete("cote").matches == ["Côte-Nord", "Côte-Sud"])
        #expect(cote.complete("gaspe").replacement == "Gaspésie")
    }

    @Test("at a multichoice question each item completes after a comma or a space")
    func multichoiceItems() throws {
        let completion = try completion(atQuestion: 10)
        #expect(completion.complete("prod").replacement == "Production")
        #expect(completion.complete("Production, tr").replacement == "Production, Transformation")
        #expect(completion.complete("1 3 dis").replacement == "1 3 Distribution")
        #expect(completion.complete("/ai").replacement == "/aide")
        let spaced = LineCompletion(words: ["Vente directe"], items: [])
        #expect(spaced.complete("vente d").replacement == "Vente directe")
    }

    @Test("at a yes/no question, `ou` completes to `oui` and `n` offers `non` and `no`")
    func yesNoWords() throws {
        let completion = try completion(atQuestion: 11)
        #expect(completion.complete("ou") == ("oui", ["oui"]))
        #expect(completion.complete("n").matches == ["non", "no"])
    }

    @Test("Tab-Tab on an empty line offers the question's choices and the commands, no question ids")
    func emptyLineOffersChoicesAndCommands() throws {
        let (replacement, matches) = try completion(atQuestion: 9).complete("")
        #expect(replacement == "")
        #expect(Array(matches.prefix(3)) == ["Coopérative", "OBNL", "Entreprise privée"])
        #expect(matches.contains("/aide") && matches.contains("/aller "))
        #expect(!matches.contains { $0.hasPrefix("/aller ") && $0.count > "/aller ".count })
    }

    @Test("question ids are offered only after `/aller `")
    func questionIDsAfterGoTo() throws {
        let completion = try completion(atQuestion: 1)
        #expect(completion.complete("/al").replacement == "/aller ")
        #expect(completion.complete("/aller ").matches.count == 13)
        #expect(completion.complete("/aller fon").replacement == "/aller fondation")
    }

    @Test("a text question completes commands only, and ranks complete their items")
    func textAndRank() throws {
        #expect(try completion(atQuestion: 1).complete("").matches.allSatisfy { $0.hasPrefix("/") })
        #expect(try completion(atQuestion: 1).complete("").replacement == "", "the commands' shared `/` is not put in the line")
        #expect(try completion(atQuestion: 3).complete("loc").replacement == "Local")
    }

    @Test("the review prompt of a reopened case completes the commands")
    func reviewPromptCompletesCommands() throws {
        let temporary = TemporaryCase(grid: loaded)
        try interview(temporary, TestGrids.essaiAnswers)
        let run = try interview(temporary, lines("/fin"))
        let completion = try #require(run.editor.completionsSeen.first)
        #expect(completion.complete("/rev").replacement == "/revoir")
        #expect(completion.complete("").matches.allSatisfy { $0.hasPrefix("/") })
    }

    @Test("confirming an early end (no consent) completes oui and non, not the commands")
    func earlyEndConfirmationCompletesYesNo() throws {
        let run = try interview(TemporaryCase(grid: try DefaultGrid.load()), lines("Coop du Coin", "Marie Tremblay", "Présidente", "non", "o"))
        let confirmation = try #require(run.editor.completionsSeen.last)
        #expect(confirmation.complete("").matches == ["oui", "non", "yes", "no"])
    }

    @Test("confirming the end completes oui and non")
    func confirmationCompletesYesNo() throws {
        let run = try interview(TemporaryCase(grid: loaded), lines("Coop", "/fin", "non"))
        let confirmation = run.editor.completionsSeen[2]
        #expect(confirmation.complete("ou").replacement == "oui")
        #expect(confirmation.complete("").matches == ["oui", "non", "yes", "no"], "no commands at a confirmation")
    }
}
