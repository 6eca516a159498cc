import Foundation
import Grid

/// Writes `Sources/Grid/Generated/DefaultGrid+Compiled.swift` from the built-in grid file:
/// `GenerateDefaultGrid <output path>`, run by `scripts/generate-default-grid.sh`. A tool for
/// working on the program, not shipped with it.
@main
enum GenerateDefaultGrid {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count == 1, let path = arguments.first else {
            fail("usage: GenerateDefaultGrid <output path>", status: 64)
        }
        let source: DefaultGridSource
        do {
            source = try DefaultGrid.source()
        } catch {
            fail("the built-in grid does not load: \(error)", status: 65)
        }
        do {
            try GridSwiftSource(source: source).file.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            fail("cannot write \(path): \(error.localizedDescription)", status: 73)
        }
    }

    /// Says what went wrong on stderr and exits with `status`.
    private static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("GenerateDefaultGrid: \(message)\n".utf8))
        exit(status)
    }
}
