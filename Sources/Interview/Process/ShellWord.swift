import Foundation

/// A word as a POSIX shell reads it back: unchanged when it holds only safe characters, else in
/// single quotes (a `'` inside written `'\''`). Control characters are shown by the caller.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        let safe = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            scalar.value > 0x7F ? scalar.properties.isAlphabetic : "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+=:,@%".unicodeScalars.contains(scalar)
        }
        return safe ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
