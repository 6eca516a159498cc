/// The program's name and version, written in journal headers and `--version`.
enum ProgramVersion {
    static let number = "0.1.0"
    static let full = "interview \(number)"
}
