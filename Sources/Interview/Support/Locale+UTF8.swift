import Glibc

/// Makes sure readline and the C library handle UTF-8, whatever the environment's locale.
enum UTF8Locale {
    /// Takes the environment's locale; when it is not UTF-8 (e.g. `LC_ALL=C`), uses `C.UTF-8`
    /// so that accents typed at the prompt are not lost.
    static func activate() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
    }
}
