import Testing
import Grid

/// A `url` answer is a web page: `http://` or `https://` (or a bare `exemple.org`). Any other
/// scheme — `javascript:`, `data:`, `file:` — is refused with a sentence naming it.
@Suite("Web address answers accept only web links")
struct WebAddressAnswerTests {
    private static let site = Question(id: "site", text: "Site Web?", type: .url)

    @Test("A web address is accepted as typed", arguments: [
        "https://exemple.org", "http://exemple.org/page?q=1#haut", "HTTPS://Exemple.org", "exemple.org",
        "www.coop-alina.ca/à-propos", "exemple.org:8080/page", "https://exemple.org/%0aalert(1)",
    ])
    func webAddressAccepted(typed: String) {
        #expect(AnswerParser(language: .fr).parse(typed, for: Self.site) == .success(.text(typed)))
    }

    @Test("An address with another scheme is refused, naming the scheme", arguments: [
        ("javascript://example.org/%0aalert(1)", "javascript"), ("JavaScript:alert(1)", "JavaScript"),
        ("data:text/html;base64,PHNjcmlwdD4=", "data"), ("file:///etc/passwd", "file"), ("vbscript:msgbox(1)", "vbscript"),
        ("mailto:info@exemple.org", "mailto"), ("ftp://exemple.org", "ftp"),
    ])
    func otherSchemesRefused(typed: String, scheme: String) {
        let result = AnswerParser(language: .fr).parse(typed, for: Self.site)
        guard case .failure(let error) = result else {
            Issue.record("«\(typed)» was accepted as \(result)")
            return
        }
        #expect(error.message(in: .fr) == "« \(typed) » n'est pas une adresse Web : « \(scheme): » n'est pas accepté, seulement http:// ou https://, par exemple https://exemple.org.")
        #expect(error.message(in: .en) == "'\(typed)' is not a web address: '\(scheme):' is not accepted, only http:// or https://, for example https://example.org.")
    }

    @Test("An address that is not one is refused", arguments: [
        "https://", "http:exemple.org", "https:///chemin", "exemple", "exemple.", "une adresse.org", "https://exemple.org/\u{7}",
    ])
    func notAnAddressRefused(typed: String) {
        let result = AnswerParser(language: .en).parse(typed, for: Self.site)
        guard case .failure(let error) = result else {
            Issue.record("«\(typed)» was accepted as \(result)")
            return
        }
        #expect(error.message(in: .en).contains("is not a web address"))
    }
}
