/// Writes an XML document element by element, indented, every name and value escaped in one place.
///
/// Names are the program's own (`Code`, `guid`); values and text are escaped with `XMLText`.
/// Attributes are written in the order given, so the same document always has the same bytes.
struct XMLWriter {
    /// An element's attributes, in order; a nil value leaves the attribute out.
    typealias Attributes = KeyValuePairs<String, String?>

    private(set) var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var open: [String] = []
    /// Levels of indentation before the first element (for a fragment inside another document).
    private var depth = 0

    /// A document, starting with the XML declaration.
    init() {}

    /// Elements without a declaration, indented as if `depth` elements were open around them.
    static func fragment(depth: Int) -> XMLWriter {
        var writer = XMLWriter()
        writer.text = ""
        writer.depth = depth
        return writer
    }

    /// Opens `name`; what follows is inside it until `close()`.
    mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        text += indentation + "<" + name + Self.attributes(attributes) + ">\n"
        open.append(name)
    }

    /// Closes the element opened last.
    mutating func close() {
        guard let name = open.popLast() else { return }
        text += indentation + "</" + name + ">\n"
    }

    /// An element without content: `<name a="…"/>`.
    mutating func empty(_ name: String, _ attributes: Attributes = [:]) {
        text += indentation + "<" + name + Self.attributes(attributes) + "/>\n"
    }

    /// An element holding text: `<name>text</name>`.
    mutating func element(_ name: String, _ attributes: Attributes = [:], text content: String) {
        text += indentation + "<" + name + Self.attributes(attributes) + ">" + XMLText.content(content) + "</" + name + ">\n"
    }

    /// The text written so far, handed over and forgotten; elements still open stay open, so
    /// that a document can be written in parts with other text between them.
    mutating func take() -> String {
        defer { text = "" }
        return text
    }

    /// The document, every element closed.
    mutating func finish() -> String {
        while !open.isEmpty { close() }
        return text
    }

    private var indentation: String { String(repeating: "  ", count: depth + open.count) }

    private static func attributes(_ attributes: Attributes) -> String {
        var result = ""
        for (name, value) in attributes {
            guard let value else { continue }
            result += " " + name + "=\"" + XMLText.attribute(value) + "\""
        }
        return result
    }
}
