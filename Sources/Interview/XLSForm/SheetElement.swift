/// One element of a small XML document: its local name (namespace prefix dropped), attributes,
/// child elements and the text directly inside it.
struct SheetElement: Sendable, Equatable {
    var name: String
    var attributes: [String: String] = [:]
    var children: [SheetElement] = []
    var text = ""

    /// The first child element with this local name.
    func child(_ name: String) -> SheetElement? {
        children.first { $0.name == name }
    }

    /// Every child element with this local name, in document order.
    func children(_ name: String) -> [SheetElement] {
        children.filter { $0.name == name }
    }

    /// The text of every `t` element below this one, in order, phonetic runs (`rPh`) left out:
    /// the words of a shared string or an inline string, rich-text runs joined.
    var stringText: String {
        if name == "t" { return text }
        if name == "rPh" { return "" }
        return children.map(\.stringText).joined()
    }
}
