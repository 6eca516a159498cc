import Foundation
import Testing

/// `interview book`: the case book built from piped interviews — title page from the grid's
/// `book:` block, contents, profile, publishable fiches in order, themes and syntheses, annex —
/// in Markdown and as one HTML file whose typed text is escaped.
@Suite("The case book", .serialized)
struct BookTests {
    private let environment: TestEnvironment

    static let grid = """
        grid: livre
        version: 1
        language: fr
        title: "Grille du livre"
        title_from: nom
        kicker: "{statut}"
        consent: {interview: entretien, publication: fiche}
        book:
          title: "Le cahier & ses cas"
          subtitle: "Cahier de cas"
          cases: {singular: entreprise, plural: entreprises}
          introduction: |
            Premier paragraphe avec **gras** et <script>alert(1)</script>.

            Second [lien](https://exemple.org/) et [mal](javascript:alert(1)).
        codebook:
          - id: ancrage
            label: "L'ancrage dans la communauté"
            codes: [{id: mobilisation, label: "Mobilisation des citoyen·ne·s"}]
        sections:
          - id: s
            title: "Démarrage"
            questions:
              - {id: nom, text: "Nom de l'organisation?", type: text}
              - {id: entretien, text: "Acceptez-vous l'entretien?", type: yesno, fiche: false}
              - {id: fiche, text: "Acceptez-vous la publication de la fiche?", type: yesno, fiche: false}
              - {id: statut, text: "Statut?", label: "Statut juridique", type: choice, choices: [Coopérative de solidarité, OBNL]}
              - {id: region, text: "Région?", label: "Région", type: choice, choices: [Outaouais, Estrie]}
              - {id: municipalite, text: "Municipalité?", label: "Municipalité", type: text}
              - {id: defis, text: "Défis?", label: "Défis", type: list, help: "Les principaux défis", probes: ["Et au démarrage?"]}
              - {id: membres, text: "Combien de membres?", label: "Membres", type: integer}
        """

    static let hostileName = "Écoute <script>alert(1)</script> & *co*"

    /// name: b, a, c; region: a (Estrie), c (Outaouais, Aylmer), b (Outaouais, Gatineau);
    /// status: b, c (co-ops), a (OBNL). d has no consent to publication.
    static let cases: [(id: String, input: String)] = [
        ("a", "\(hostileName)\noui\noui\n2\n2\nSherbrooke\n[x](javascript:alert(1))\n« guillemets » 😀\n\n10\n"),
        ("b", "abeille\noui\noui\n1\n1\nGatineau\nbénévoles\n\n20\n"),
        ("c", "Zèbre\noui\noui\n1\n1\nAylmer\nfinancement\n\n30\n"),
        ("d", "Secrète\noui\nnon\n1\n1\nHull\nsecret\n\n1000\n"),
    ]

    init() throws {
        environment = try TestEnvironment()
        try Self.grid.write(toFile: environment.path("livre.yaml"), atomically: true, encoding: .utf8)
        for item in Self.cases {
            let result = try environment.run(["new", "--grid", environment.path("livre.yaml"), "--case", item.id], stdin: item.input, timeout: 10)
            try #require(result.status == 0, "\(item.id): \(result.stderr)")
        }
        // Codes as `interview code` journals them: the second item of a's list, a's municipality, b's item.
        try append(to: "a", [
            #"{"at":"2026-12-01T10:00:00.000Z","coder":"zoe","codes":["ancrage.mobilisation"],"end":14,"event":"code","index":2,"part":"item","question":"defis","start":0,"text":"« guillemets »"}"#,
            #"{"at":"2026-12-01T10:00:01.000Z","coder":"zoe","codes":["ancrage"],"end":10,"event":"code","part":"answer","question":"municipalite","start":0,"text":"Sherbrooke"}"#,
        ])
        try append(to: "b", [
            #"{"at":"2026-12-01T10:00:02.000Z","coder":"zoe","codes":["ancrage.mobilisation"],"end":9,"event":"code","index":1,"part":"item","question":"defis","start":0,"text":"bénévoles"}"#,
        ])
        try append(to: "d", [
            #"{"at":"2026-12-01T10:00:03.000Z","coder":"zoe","codes":["ancrage"],"end":6,"event":"code","index":1,"part":"item","question":"defis","start":0,"text":"secret"}"#,
        ])
    }

    private func append(to caseID: String, _ lines: [String]) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: environment.responses + "/\(caseID).jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
        try handle.close()
    }

    private func book(_ arguments: [String] = []) throws -> ProcessResult {
        let result = try environment.run(["book"] + arguments, environment: ["SOURCE_DATE_EPOCH": "1764547200"], timeout: 30)
        try #require(result.status == 0, "\(result.stderr)")
        return result
    }

    /// The case ids in the order their fiches appear.
    private func ficheOrder(_ text: String) -> [String] {
        let anchors = ["a", "b", "c", "d"].compactMap { id in text.range(of: "id=\"fiche-\(id)\"").map { (id, $0.lowerBound) } }
        return anchors.sorted { $0.1 < $1.1 }.map(\.0)
    }

    @Test("The Markdown book has the title page, contents, profile, publishable fiches, themes and annex")
    func markdownBook() throws {
        let result = try book()
        let text = result.stdout
        #expect(text.contains("# Le cahier & ses cas"))
        #expect(text.contains("*Cahier de cas*"))
        #expect(text.contains("Premier paragraphe avec **gras**"))
        #expect(text.contains("*Cahier produit le 2025-12-01 à partir de 3 cas.*"))
        #expect(text.contains("1. [abeille](#fiche-b) — *Coopérative de solidarité*"))
        #expect(text.contains("- Coopérative de solidarité : 2\n- OBNL : 1"), "the profile counts only publishable cases")
        #expect(text.contains("- de 10 à 30, médiane 20 (3 réponses)"), "d's 1000 members are not counted")
        let profile = text.components(separatedBy: "<a id=\"profile\"></a>").last?.components(separatedBy: "<a id=\"fiche-").first ?? ""
        #expect(profile.contains("## Statut juridique"))
        #expect(!profile.contains("Acceptez-vous"), "consent questions are kept out of the profile as out of the fiche")
        #expect(!text.contains("Secrète") && !text.contains("fiche-d"))
        #expect(text.contains("# Annexe : la grille d'entretien") && text.contains("- Et au démarrage?") && text.contains("Les principaux défis"))
        let unpublished = result.stderr.split(separator: "\n").filter { $0.contains("Fiches laissées hors du cahier") }
        #expect(unpublished == ["Fiches laissées hors du cahier (pas de consentement à la publication) : d."])
    }

    @Test("The themes table counts mentions by case and section, quotes the segments once, and leaves out unpublished cases")
    func themes() throws {
        let text = try book().stdout
        let themes = try #require(text.components(separatedBy: "<a id=\"themes\"></a>").last?.components(separatedBy: "<a id=\"annex\"></a>").first)
        #expect(themes.contains("## L'ancrage dans la communauté\n\n*3 mentions par 2 entreprises*"))
        #expect(themes.contains("- Démarrage : 3 mentions par 2 entreprises"))
        #expect(themes.contains("### Mobilisation des citoyen·ne·s\n\n*2 mentions par 2 entreprises*"))
        #expect(themes.contains("> « bénévoles » — abeille, Défis"))
        #expect(themes.contains("> « Sherbrooke » — "))
        #expect(themes.components(separatedBy: "bénévoles").count == 2, "a segment is quoted once, under its code")
        #expect(!themes.contains("secret"))
    }

    @Test("--order name, region and status put the fiches in their orders")
    func orders() throws {
        #expect(ficheOrder(try book().stdout) == ["b", "a", "c"])
        #expect(ficheOrder(try book(["--order", "name"]).stdout) == ["b", "a", "c"])
        #expect(ficheOrder(try book(["--order", "region"]).stdout) == ["a", "c", "b"])
        #expect(ficheOrder(try book(["--order", "status", "-f", "html"]).stdout) == ["b", "c", "a"])
    }

    @Test("The HTML book is one well-formed file, in French, with no script from the answers and every word escaped")
    func htmlBook() throws {
        _ = try book(["-f", "html", "-o", environment.path("livre.html")])
        let html = try String(contentsOfFile: environment.path("livre.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html><html lang=\"fr\">"))
        #expect(html.contains("Écoute &lt;script&gt;alert(1)&lt;/script&gt; &amp; *co*"))
        #expect(html.contains("[x](javascript:alert(1))") && !html.contains("href=\"javascript"))
        #expect(html.contains("« guillemets » 😀"))
        #expect(html.contains("<strong>gras</strong>") && html.contains("<a href=\"https://exemple.org/\">lien</a>"))
        #expect(html.contains("@page") && html.contains("page-break-before: always") && html.contains("@media print"))
        let check = try ProcessRun.run(executable: "/usr/bin/env", arguments: ["python3", "-c", Self.htmlChecker, environment.path("livre.html")],
                                       environment: ProcessInfo.processInfo.environment, timeout: 60)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("sections=8"), "\(check.stdout)")
    }

    /// Parses the HTML with Python's html.parser: elements nest properly, no `<script>`, every
    /// internal link names an id, the document says its language.
    static let htmlChecker = """
        import sys
        from html.parser import HTMLParser
        VOID = {"meta", "br", "hr", "img", "link", "input"}
        class Check(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.stack, self.ids, self.links, self.problems, self.sections, self.lang = [], set(), [], [], 0, None
            def handle_starttag(self, tag, attrs):
                attrs = dict(attrs)
                if tag == "script": self.problems.append("script element")
                if tag == "html": self.lang = attrs.get("lang")
                if tag == "section": self.sections += 1
                if "id" in attrs: self.ids.add(attrs["id"])
                if tag == "a": self.links.append(attrs.get("href", ""))
                if any(name.startswith("on") for name in attrs): self.problems.append("event attribute on " + tag)
                if tag not in VOID: self.stack.append(tag)
            def handle_startendtag(self, tag, attrs):
                self.handle_starttag(tag, attrs)
                if tag not in VOID: self.stack.pop()
            def handle_endtag(self, tag):
                if not self.stack or self.stack.pop() != tag: self.problems.append("misnested </%s>" % tag)
        parser = Check()
        parser.feed(open(sys.argv[1], encoding="utf-8").read())
        parser.close()
        if parser.stack: parser.problems.append("unclosed " + ",".join(parser.stack))
        if parser.lang != "fr": parser.problems.append("lang %r" % parser.lang)
        for link in parser.links:
            if link.startswith("#") and link[1:] not in parser.ids: parser.problems.append("dangling " + link)
            if not link.startswith(("#", "https://", "http://", "mailto:")): parser.problems.append("link " + link)
        print("sections=%d" % parser.sections)
        for problem in parser.problems: print(problem)
        sys.exit(1 if parser.problems else 0)
        """

    @Test("Syntheses are picked up by theme id; an unknown name is said with a suggestion; a link is refused")
    func syntheses() throws {
        let folder = environment.path("syntheses")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "# Ce que disent les cas\n\nUne **synthèse** <script>x</script> & [x](javascript:alert(1)).\n"
            .write(toFile: folder + "/ancrage.md", atomically: true, encoding: .utf8)
        try "faute".write(toFile: folder + "/ancrag.md", atomically: true, encoding: .utf8)
        let result = try book(["--syntheses", folder, "-f", "html"])
        #expect(result.stdout.contains("<h4>Synthèse</h4><h5>Ce que disent les cas</h5><p>Une <strong>synthèse</strong> &lt;script&gt;x&lt;/script&gt; &amp; [x](javascript:alert(1)).</p>"))
        #expect(result.stderr.contains("ancrag.md ne porte le nom d'aucun enjeu") && result.stderr.contains("Vouliez-vous dire ancrage.md?"))
        #expect(!result.stdout.contains("faute"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/ancrage.mobilisation.md", withDestinationPath: "/etc/passwd")
        let refused = try environment.run(["book", "--syntheses", folder], timeout: 30)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("ancrage.mobilisation.md n'est pas un fichier ordinaire"))
        #expect(!refused.stdout.contains("root:"))
    }

    @Test("--lang en writes the book's words in English")
    func english() throws {
        let text = try book(["--lang", "en"]).stdout
        #expect(text.contains("# Contents") && text.contains("# Profile of the cases") && text.contains("Book built on 2025-12-01 from 3 cases."))
        #expect(text.contains("3 mentions by 2 entreprises"))
    }
}
