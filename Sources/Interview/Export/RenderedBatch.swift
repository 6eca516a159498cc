import Dispatch
import Grid

/// A batch of cases being rendered on all cores in the background, so that the cases before
/// it are written meanwhile: `wait` gives the results in case order.
final class RenderedBatch<Output: Sendable>: @unchecked Sendable {
    typealias Rendering = Result<(Output, CaseRecord)?, Error>

    private let group = DispatchGroup()
    /// Set once, by the background work, before `group` is left.
    private var results: [Rendering] = []

    private init() {}

    /// Starts rendering `ids` with `render` (its errors kept, case by case).
    static func start(_ ids: [String], _ render: @escaping @Sendable (String) throws -> (Output, CaseRecord)?) -> RenderedBatch {
        let batch = RenderedBatch()
        DispatchQueue.global().async(group: batch.group) {
            batch.results = ParallelMap.run(ids) { id in Result { try render(id) } }
        }
        return batch
    }

    /// The results, once every case of the batch is rendered.
    func wait() -> [Rendering] {
        group.wait()
        return results
    }
}
