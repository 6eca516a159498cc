import Grid

/// The interface language read before the arguments are parsed, for `--help` and argument
/// errors: `--lang` on the command line, else `LC_ALL`, `LC_MESSAGES` or `LANG` (French when
/// it starts with `fr`), else English.
enum InterfaceLanguage {
    static let current: Language = read(arguments: CommandLine.arguments)

    static func read(arguments: [String]) -> Language {
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst("--lang=".count))) {
                return language
            }
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = Environment.value(name), !value.isEmpty { return value.lowercased().hasPrefix("fr") ? .fr : .en }
        }
        return .en
    }
}
