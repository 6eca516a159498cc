import Foundation
import Grid
@testable import Interview
import Testing

/// The pieces of a REFI-QDA export: escaped XML, derived GUIDs, decimal numbers without exponent.
@Suite("Writing REFI-QDA XML")
struct QDAWritingTests {
    @Test("text and attributes escape markup, and characters XML 1.0 forbids become U+FFFD")
    func escaping() {
        #expect(XMLText.content("a < b & c > d « é » 😀") == "a &lt; b &amp; c &gt; d « é » 😀")
        #expect(XMLText.attribute("say \"hi\"\tnow\nthen") == "say &quot;hi&quot;&#9;now&#10;then")
        #expect(XMLText.content("bell\u{7}null\u{0}esc\u{1B}\u{FFFE}") == "bell\u{FFFD}null\u{FFFD}esc\u{FFFD}\u{FFFD}")
        #expect(XMLText.content("line\r\nnext") == "line&#13;\nnext")
    }

    @Test("the writer nests, indents and leaves out attributes without value")
    func writer() {
        var xml = XMLWriter()
        xml.open("A", ["x": "1", "y": nil])
        xml.element("B", text: "<t>")
        xml.empty("C", ["z": "&"])
        #expect(xml.finish() == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<A x=\"1\">\n  <B>&lt;t&gt;</B>\n  <C z=\"&amp;\"/>\n</A>\n")
    }

    @Test("a GUID is the same for the same path, another for another, shaped like a version 5 UUID")
    func guids() throws {
        let one = QDAGUID.make("code/ancrage")
        #expect(one == QDAGUID.make("code/ancrage"))
        #expect(one != QDAGUID.make("code/ancrage.mobilisation"))
        #expect(one.wholeMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/) != nil, "\(one)")
        #expect(UUID(uuidString: one) != nil)
    }

    @Test("a Float value is an xsd:decimal: no exponent")
    func decimals() {
        #expect(QDAVariable.decimal(0.00001) == "0.00001")
        #expect(QDAVariable.decimal(1500.5) == "1500.5")
        #expect(QDAVariable.decimal(12) == "12")
        #expect(QDAVariable.decimal(.infinity) == nil)
    }
}
