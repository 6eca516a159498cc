/// The keys a flat JSON object of one kind may have, each with its own slot below 16.
protocol FlatJSONKey {
    /// The key spelled by `count` bytes at `start`, if it is one.
    static func named(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Self?
    /// Where its value is kept in `FlatJSONFields`, and its bit in the set of keys seen.
    var slot: Int { get }
}
