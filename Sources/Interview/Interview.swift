import ArgumentParser
import Grid
import Foundation

@main
struct Interview: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "interview")
    @Argument var path: String?
    func run() throws {
        do {
            let g = try path.map { try GridLoader.load(contentsOf: $0) } ?? DefaultGrid.load()
            print(g.grid.sections.count, g.grid.questions.count, g.sha256)
        } catch {
            if let e = error as? GridLoadError, case .invalid(_, let issues) = e { for i in issues { print(i.description(in: .fr)) } } else { print(error) }
        }
    }
}
