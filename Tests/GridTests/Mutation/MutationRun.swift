import Foundation
import Grid

/// The seeds and sizes of a run, from the environment.
enum MutationRun {
    /// The default base seed: fixed, so that a plain `swift test` always checks the same inputs.
    static let defaultSeed: UInt64 = 0x1D7E_2026_0B5E_ED01

    static let environment = ProcessInfo.processInfo.environment

    /// `MUTATION_SEED`, else the default.
    static let seed: UInt64 = environment["MUTATION_SEED"].flatMap(parse) ?? defaultSeed

    /// `MUTATION_CASE`: run only this case.
    static let onlyCase: Int? = environment["MUTATION_CASE"].flatMap { Int($0) }

    /// `MUTATION_VERBOSE=1`: print every case before checking it.
    static let verbose = environment["MUTATION_VERBOSE"] == "1"

    /// `MUTATION_COUNT`, else `count`.
    static func count(_ count: Int) -> Int {
        environment["MUTATION_COUNT"].flatMap { Int($0) }.map { max(1, $0) } ?? count
    }

    /// The indices of the cases to run.
    static func cases(_ count: Int) -> [Int] {
        if let onlyCase { return [onlyCase] }
        return Array(0..<self.count(count))
    }

    /// The generator of case `index` of the test named `test`: independent of the other cases.
    static func random(_ test: String, _ index: Int) -> SplitMix64 {
        var salt: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a of the test's name
        for byte in test.utf8 { salt = (salt ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        var mixer = SplitMix64(seed: seed ^ salt)
        for _ in 0...(index % 7) { _ = mixer.next() }
        return SplitMix64(seed: mixer.next() &+ UInt64(index) &* 0xD1B5_4A32_D192_ED03)
    }

    /// How a failing case names itself.
    static func label(_ test: String, _ index: Int, _ base: String, _ damage: [String]) -> String {
        "\(test) case \(index) (MUTATION_SEED=0x\(String(seed, radix: 16)) MUTATION_CASE=\(index)), from \(base), damage: \(damage.joined(separator: ", "))"
    }

    /// The folder holding the input being checked.
    static let folder: String = {
        let path = NSTemporaryDirectory() + "/interview-mutation"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// The file the input of a case is kept in while it is checked.
    static func file(_ test: String, _ index: Int, extension ext: String) -> String {
        "\(folder)/\(test)-seed\(String(seed, radix: 16))-case\(index).\(ext)"
    }

    private static func parse(_ text: String) -> UInt64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed.hasPrefix("0x") { return UInt64(trimmed.dropFirst(2), radix: 16) }
        return UInt64(trimmed)
    }
}
