extension Array {
    /// The elements in consecutive batches of `size` (the last one may be shorter), in order.
    func batches(of size: Int) -> [ArraySlice<Element>] {
        let size = Swift.max(1, size)
        return stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
