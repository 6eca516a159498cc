/// A path split into its folder and its last name, by the slashes alone: `x` is `.` and `x`,
/// `q/` is `.` and `q`, `/a` is `/` and `a`.
struct PathParts: Equatable {
    let directory: String
    let name: String

    init(_ path: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if let slash = trimmed.lastIndex(of: "/") {
            let folder = trimmed[..<slash]
            directory = folder.isEmpty ? "/" : String(folder)
            name = String(trimmed[trimmed.index(after: slash)...])
        } else {
            directory = "."
            name = String(trimmed)
        }
    }

    /// A sibling of the named entry: `directory/<name>`.
    func sibling(_ name: String) -> String {
        directory == "/" ? "/" + name : directory + "/" + name
    }
}
