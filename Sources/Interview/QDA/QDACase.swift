import Grid

/// One case of a QDPX project: its `Case` (variable values and the reference to its source), its
/// `TextSource` with a `PlainTextSelection` per coded segment, and the source's text.
struct QDACase {
    /// The file in the archive: `sources/<guid>.txt`.
    let sourceName: String
    let sourceText: String
    /// The `Case` element's XML, indented to sit in `Cases`.
    let caseXML: String
    /// The `TextSource` element's XML, indented to sit in `Sources`.
    let sourceXML: String
    /// The coders and interviewer this case names, for `Users`.
    let people: [String]
    /// The codebook ids its codings name.
    let codes: Set<String>

    init(record: CaseRecord, title: String, variables: [QDAVariable]) {
        let uuid = record.uuid
        let sourceGUID = QDAGUID.make(case: uuid, "source")
        let source = QDASourceText(record: record, title: title)
        sourceName = "\(sourceGUID).txt"
        sourceText = source.text
        var people = record.interview.interviewer.map { [$0] } ?? []
        var codes: Set<String> = []

        var caseElement = XMLWriter.fragment(depth: 2)
        caseElement.open("Case", ["guid": QDAGUID.make(case: uuid, "case"), "name": record.caseID])
        for variable in variables {
            guard let value = record.question(variable.id)?.value.flatMap(variable.value) else { continue }
            caseElement.open("VariableValue")
            caseElement.empty("VariableRef", ["targetGUID": variable.guid])
            caseElement.element(variable.kind.valueElement, text: value)
            caseElement.close()
        }
        caseElement.empty("SourceRef", ["targetGUID": sourceGUID])
        caseXML = caseElement.finish()

        var sourceElement = XMLWriter.fragment(depth: 2)
        sourceElement.open("TextSource", ["guid": sourceGUID, "name": record.caseID, "plainTextPath": "internal://\(sourceName)"])
        for coding in record.codings {
            guard let span = source.span(of: coding) else { continue }
            let path = "selection/\(coding.question ?? "")/\(coding.part.rawValue)/\(coding.index ?? 0)/\(coding.start)-\(coding.end)/\(coding.coder ?? "")"
            let coder = coding.coder.map(QDAProject.userGUID)
            if let name = coding.coder, !people.contains(name) { people.append(name) }
            sourceElement.open("PlainTextSelection", ["guid": QDAGUID.make(case: uuid, path), "name": coding.text,
                                                      "startPosition": String(span.start), "endPosition": String(span.end),
                                                      "creatingUser": coder])
            for code in coding.codes {
                codes.insert(code)
                sourceElement.open("Coding", ["guid": QDAGUID.make(case: uuid, path + "/coding/" + code), "creatingUser": coder])
                sourceElement.empty("CodeRef", ["targetGUID": QDACodebook.guid(of: code)])
                sourceElement.close()
            }
            sourceElement.close()
        }
        sourceElement.close()
        sourceXML = sourceElement.finish()
        self.people = people
        self.codes = codes
    }
}
