import ArgumentParser

/// The formats of the codebook.
enum CodebookFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json, markdown, r

    var fileExtension: String {
        switch self {
        case .csv: return "csv"
        case .json: return "json"
        case .markdown: return "md"
        case .r: return "R"
        }
    }
}
