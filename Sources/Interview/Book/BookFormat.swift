import ArgumentParser

/// The formats of `interview book`.
enum BookFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, html
}
