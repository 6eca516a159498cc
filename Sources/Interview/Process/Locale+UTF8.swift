#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes sure readline and the C library handle UTF-8, whatever the environment's locale.
enum UTF8Locale {
    /// Takes the environment's character set; when it is not UTF-8 (e.g. `LC_ALL=C`), uses
    /// `C.UTF-8` so that accents typed at the prompt are not lost. Only `LC_CTYPE` is set: it is
    /// all readline and the terminal need, and loading every category costs a dozen files.
    static func activate() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset.uppercased().filter({ $0 != "-" }) != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
