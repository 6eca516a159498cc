import ArgumentParser
import Foundation
import Grid
@testable import Interview
import Testing

/// Foundation's errors are said in our words, naming the file and the system's reason, never as
/// "The operation could not be completed. (NSCocoaErrorDomain error 256.)" or "Error Domain=…".
@Suite("Foundation errors in our words")
struct SystemErrorTests {
    /// Words of Foundation's that must never reach the user.
    static let foundationWords = ["NSCocoaErrorDomain", "Error Domain=", "NSPOSIXErrorDomain", "The operation could not be completed",
                                  "UserInfo", "NSUnderlyingError", "couldn’t be", "couldn't be"]

    private func sentences(_ error: any Error) throws -> [String] {
        let said = try #require(SystemError(error), "\(error) is said in our words")
        let lines = Language.allCases.flatMap { said.messageLines(in: $0) }
        for line in lines {
            for words in Self.foundationWords { #expect(!line.contains(words), "\(line)") }
        }
        #expect(said.exitCode == .ioError)
        return lines
    }

    @Test("A real error of Foundation's reading a missing file names the file and the system's reason")
    func realMissingFile() throws {
        let path = "/nonexistent-\(UUID().uuidString)/grille « ébauche ».yaml"
        do {
            _ = try String(contentsOfFile: path, encoding: .utf8)
            Issue.record("the file should not exist")
        } catch {
            let lines = try sentences(error)
            #expect(lines == ["Échec de lecture ou d'écriture de \(path) : \(String(cString: strerror(ENOENT))).",
                              "Reading or writing \(path) failed: \(String(cString: strerror(ENOENT)))."])
        }
    }

    @Test("NSCocoaErrorDomain error 256 with a path and a POSIX error under it says the path and that error")
    func error256() throws {
        let error = NSError(domain: NSCocoaErrorDomain, code: 256,
                            userInfo: [NSFilePathErrorKey: "/tmp/sortie.csv", NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))])
        #expect(try sentences(error).last == "Reading or writing /tmp/sortie.csv failed: \(String(cString: strerror(EACCES))).")
    }

    @Test("A Cocoa file error with a URL and no POSIX error says the reason its code means")
    func cocoaCodeWithURL() throws {
        let error = CocoaError(.fileWriteOutOfSpace, userInfo: [NSURLErrorKey: URL(fileURLWithPath: "/tmp/plein.json")])
        #expect(try sentences(error).last == "Reading or writing /tmp/plein.json failed: \(String(cString: strerror(ENOSPC))).")
    }

    @Test("A POSIX error without a file, and an error of no known kind, get a sentence of ours")
    func withoutFile() throws {
        #expect(try sentences(POSIXError(.EIO)).last == "A file operation failed: \(String(cString: strerror(EIO))).")
        let decoding = DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "Unexpected character"))
        let other = try sentences(decoding)
        #expect(other.last?.hasPrefix("Unexpected error (Swift.DecodingError)") == true, "\(other)")
    }

    @Test("Our own errors and swift-argument-parser's are left to say themselves")
    func oursAndTheParsers() {
        #expect(SystemError(CommandError.deletionNotConfirmed) == nil)
        #expect(SystemError(ExitCode(65)) == nil)
        #expect(SystemError(ValidationError("x")) == nil)
        #expect(SystemError(CleanExit.helpRequest()) == nil)
    }
}
