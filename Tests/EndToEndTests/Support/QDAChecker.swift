import Foundation
import ZIPFoundation

/// Reads what `export --format qdpx` and `--format qdc` write as a QDA tool would: the archive
/// unzipped with ZIPFoundation, the XML validated against the REFI-QDA schema by Python's lxml.
///
/// Tests that need lxml are skipped, saying why, when no `python3` imports it:
/// `./scripts/ensure-deps.sh --test` installs it (`python3-lxml`).
enum QDAChecker {
    static let lxmlMissing = "lxml is not importable by python3 on PATH nor /usr/bin/python3: run ./scripts/ensure-deps.sh --test (it installs python3-lxml)"

    /// The REFI-QDA project schema, in the shared reference folder beside the repository.
    static let projectSchema: String = {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [repository.deletingLastPathComponent().appendingPathComponent("shared/reference/refi-qda/Project.xsd").path,
                          "/work/shared/reference/refi-qda/Project.xsd"]
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }()

    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    /// The first `python3` (PATH, then /usr/bin) that imports lxml.
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for candidate in path.split(separator: ":").map({ "\($0)/python3" }) + ["/usr/bin/python3"]
        where FileManager.default.isExecutableFile(atPath: candidate) {
            let result = try? ProcessRun.run(executable: candidate, arguments: ["-c", "import lxml.etree"],
                                             environment: AnalystTools.environment, timeout: 60)
            if result?.status == 0 { return candidate }
        }
        return nil
    }()

    /// Runs a Python script with lxml; its stdout is JSON.
    static func json(_ script: String, _ arguments: [String]) throws -> Any {
        let result = try ProcessRun.run(executable: python ?? "python3", arguments: ["-c", script] + arguments,
                                        environment: AnalystTools.environment, timeout: 120)
        guard result.status == 0 else { throw CheckError.python(result.stderr) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// The schema's problems with the document at `path`, one line each (empty when valid).
    /// `codebook`: the document is a `.qdc`, checked against the project schema's `CodeBookType`
    /// moved into the codebook namespace, with `CodeBook` as a root element.
    static func problems(_ path: String, codebook: Bool = false) throws -> [String] {
        let script = """
            import json, sys
            from lxml import etree
            schema = etree.parse(sys.argv[1])
            if sys.argv[3] == "codebook":
                text = etree.tostring(schema).decode("utf-8").replace("urn:QDA-XML:project:1.0", "urn:QDA-XML:codebook:1.0")
                schema = etree.fromstring(text.encode("utf-8"))
                xsd = "{http://www.w3.org/2001/XMLSchema}"
                root = etree.SubElement(schema, xsd + "element")
                root.set("name", "CodeBook"); root.set("type", "CodeBookType")
            validator = etree.XMLSchema(schema)
            document = etree.parse(sys.argv[2])
            validator.validate(document)
            print(json.dumps([str(error) for error in validator.error_log]))
            """
        return try json(script, [projectSchema, path, codebook ? "codebook" : "project"]) as? [String] ?? ["not a list"]
    }

    /// Unzips a `.qdpx` with ZIPFoundation into a new folder; returns the folder.
    static func unzip(_ path: String) throws -> String {
        let folder = path + ".unzipped"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.unzipItem(at: URL(fileURLWithPath: path), to: URL(fileURLWithPath: folder))
        return folder
    }

    /// The names of a `.qdpx`'s entries, in order.
    static func entries(_ path: String) throws -> [String] {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        return archive.map(\.path)
    }

    /// The project's elements tests look at, read by lxml from `project.qde` in `folder`.
    static func project(in folder: String) throws -> [String: Any] {
        let script = """
            import json, sys
            from lxml import etree
            q = {"q": "urn:QDA-XML:project:1.0"}
            root = etree.parse(sys.argv[1] + "/project.qde").getroot()
            users = {u.get("guid"): u.get("name") for u in root.findall("q:Users/q:User", q)}
            codes = {c.get("guid"): c.findtext("q:Description", namespaces=q) for c in root.iter("{urn:QDA-XML:project:1.0}Code")}
            variables = {v.get("guid"): v.get("name") for v in root.findall("q:Variables/q:Variable", q)}
            cases = []
            for case in root.findall("q:Cases/q:Case", q):
                values = {}
                for value in case.findall("q:VariableValue", q):
                    ref = value.find("q:VariableRef", q).get("targetGUID")
                    values[variables[ref]] = value[1].text
                cases.append({"name": case.get("name"), "values": values,
                              "sources": [s.get("targetGUID") for s in case.findall("q:SourceRef", q)]})
            sources = []
            for source in root.findall("q:Sources/q:TextSource", q):
                selections = []
                for s in source.findall("q:PlainTextSelection", q):
                    selections.append({"start": int(s.get("startPosition")), "end": int(s.get("endPosition")),
                                       "user": users.get(s.get("creatingUser")),
                                       "codes": [codes[c.find("q:CodeRef", q).get("targetGUID")] for c in s.findall("q:Coding", q)]})
                sources.append({"guid": source.get("guid"), "name": source.get("name"), "path": source.get("plainTextPath"),
                                "selections": selections})
            print(json.dumps({"users": sorted(users.values()), "codes": sorted(codes.values()),
                              "variables": sorted(variables.values()), "cases": cases, "sources": sources}))
            """
        return try json(script, [folder]) as? [String: Any] ?? [:]
    }

    /// The top-level codes of a `.qdc` and each one's nested codes, by description (the codebook id).
    static func codebook(_ path: String) throws -> [String: [String]] {
        let script = """
            import json, sys
            from lxml import etree
            q = {"q": "urn:QDA-XML:codebook:1.0"}
            root = etree.parse(sys.argv[1]).getroot()
            print(json.dumps({c.findtext("q:Description", namespaces=q): [n.findtext("q:Description", namespaces=q) for n in c.findall("q:Code", q)]
                              for c in root.findall("q:Codes/q:Code", q)}))
            """
        return try json(script, [path]) as? [String: [String]] ?? [:]
    }

    enum CheckError: Error, CustomStringConvertible {
        case python(String)
        var description: String {
            switch self {
            case .python(let text): return "Python failed: \(text)"
            }
        }
    }
}
