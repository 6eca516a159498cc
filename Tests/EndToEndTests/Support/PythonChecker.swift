import Foundation

/// Python 3 with the `jsonschema` module: the outside judge of what `interview export` writes.
///
/// Records are validated against the published JSON Schema by `jsonschema` (Draft 2020-12), and
/// CSV is read back by Python's `csv` module, as a research team's scripts would read it. Python
/// runs in the test process's own environment (not a ``TestEnvironment``'s), so a `python3`
/// found through pyenv or a virtual environment keeps working.
struct PythonChecker: Sendable {
    /// Path of a Python 3 that imports `jsonschema`.
    let executable: String

    /// Why a test cannot run without it, and how to fix that.
    static let missingMessage = """
        Python 3 with the jsonschema module is needed to check exported records against the \
        published schema, and neither `python3` on PATH nor /usr/bin/python3 imports it: run \
        ./scripts/ensure-deps.sh --test (it installs python3-jsonschema), then run the tests again.
        """

    /// The first of `python3` on `PATH` and `/usr/bin/python3` that imports `jsonschema`, if any.
    static let found: PythonChecker? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { "\($0)/python3" } + ["/usr/bin/python3"]
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            let checker = PythonChecker(executable: candidate)
            if let result = try? checker.run("import jsonschema", []), result.status == 0 { return checker }
        }
        return nil
    }()

    /// Runs `script` (`python3 -c`) with `arguments`.
    func run(_ script: String, _ arguments: [String], timeout: Double = 60) throws -> ProcessResult {
        try ProcessRun.run(
            executable: executable,
            arguments: ["-c", script] + arguments,
            environment: ProcessInfo.processInfo.environment,
            timeout: timeout
        )
    }

    /// Checks the schema itself against the 2020-12 meta-schema, then validates each record of
    /// the file (one JSON document — a record, or an array of records —, or JSON Lines when `lines`). Returns one line per problem,
    /// empty when everything is valid, and the number of records checked.
    func validate(recordsAt recordPath: String, schemaAt schemaPath: String, lines: Bool) throws -> (problems: [String], count: Int) {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            text = open(sys.argv[2], encoding="utf-8").read()
            if sys.argv[3] == "lines":
                records = [json.loads(line) for line in text.split("\\n") if line != ""]
            else:
                document = json.loads(text)
                records = document if isinstance(document, list) else [document]
            problems = []
            for number, record in enumerate(records, 1):
                for error in validator.iter_errors(record):
                    problems.append("record %d at %s: %s" % (number, "/".join(str(p) for p in error.absolute_path), error.message))
            print(json.dumps({"problems": problems, "count": len(records)}))
            """
        let result = try run(script, [schemaPath, recordPath, lines ? "lines" : "one"])
        guard result.status == 0,
              let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              let problems = object["problems"] as? [String], let count = object["count"] as? Int
        else {
            return (["python failed (\(result.status)): \(result.stderr)"], 0)
        }
        return (problems, count)
    }

    /// The rows of a CSV file as Python's `csv` module reads them (`utf-8-sig`: a leading byte
    /// order mark is not part of the first cell).
    func csvRows(at path: String) throws -> [[String]] {
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline="", encoding="utf-8-sig") as f:
                print(json.dumps(list(csv.reader(f, strict=True))))
            """
        let result = try run(script, [path])
        guard result.status == 0 else { throw PythonCheckerError.failed(result.stderr) }
        guard let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String]] else {
            throw PythonCheckerError.failed("not a list of rows: \(result.stdout)")
        }
        return rows
    }

    enum PythonCheckerError: Error, CustomStringConvertible {
        case failed(String)
        var description: String {
            switch self {
            case .failed(let text): return "Python failed: \(text)"
            }
        }
    }
}
