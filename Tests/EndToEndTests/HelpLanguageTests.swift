import Foundation
import Testing

/// `--help` and the argument errors speak the interface language: French under a French
/// `LANG`/`LC_ALL` or with `--lang fr`, English otherwise.
@Suite(.serialized)
struct HelpLanguageTests {
    static let french = ["LANG": "fr_CA.UTF-8", "LC_ALL": ""]

    @Test func newHelpIsInFrenchUnderAFrenchLang() throws {
        let environment = try TestEnvironment()
        defer { environment.remove() }
        let result = try environment.run(["new", "--help"], environment: Self.french)
        #expect(result.status == 0)
        #expect(result.stdout.contains("APERÇU : Commencer un entretien"))
        #expect(result.stdout.contains("UTILISATION : interview new"))
        #expect(result.stdout.contains("Un fichier de grille (YAML ou JSON)."))
        #expect(result.stdout.contains("Afficher l'aide."))
        #expect(!result.stdout.contains("OVERVIEW"))
        #expect(!result.stdout.contains("Show help information"))
    }

    @Test func everyCommandsHelpIsInFrenchWithLangFr() throws {
        let environment = try TestEnvironment()
        defer { environment.remove() }
        for command in [["new"], ["resume"], ["list"], ["show"], ["export"], ["delete"], ["schema"], ["grid"], ["grid", "check"], ["grid", "show"], []] {
            let result = try environment.run(command + ["--lang", "fr", "--help"])
            #expect(result.status == 0, "\(command)")
            #expect(result.stdout.contains("APERÇU :"), "\(command): \(result.stdout)")
            #expect(!result.stdout.contains("OVERVIEW"), "\(command)")
        }
    }

    @Test func argumentErrorsAreInFrenchUnderAFrenchLang() throws {
        let environment = try TestEnvironment()
        defer { environment.remove() }
        let missing = try environment.run(["resume"], environment: Self.french)
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Erreur : Argument attendu manquant : <case-id>"), "\(missing.stderr)")
        #expect(missing.stderr.contains("Voir « interview resume --help » pour en savoir plus."))
        let unknown = try environment.run(["new", "--bogus"], environment: Self.french)
        #expect(unknown.stderr.contains("Erreur : Option inconnue : --bogus"))
        let notes = try environment.run(["export", "a", "--format", "json", "--with-notes"], environment: Self.french)
        #expect(notes.status == 64)
        #expect(notes.stderr.contains("Erreur : --with-notes va avec --format markdown."))
        let value = try environment.run(["new", "--grid"], environment: Self.french)
        #expect(value.stderr.contains("Erreur : Valeur manquante pour --grid <grid>"))
    }

    @Test func helpAndErrorsStayInEnglishOtherwise() throws {
        let environment = try TestEnvironment()
        defer { environment.remove() }
        let help = try environment.run(["new", "--help"])
        #expect(help.stdout.contains("OVERVIEW: Start an interview"))
        let notes = try environment.run(["export", "a", "--format", "json", "--with-notes"], environment: Self.french.merging(["LANG": "en_US.UTF-8"]) { _, new in new })
        #expect(notes.stderr.contains("Error: --with-notes goes with --format markdown."))
        let forced = try environment.run(["resume", "--lang", "en"], environment: Self.french)
        #expect(forced.stderr.contains("Error: Missing expected argument '<case-id>'"), "\(forced.stderr)")
    }
}
