/// The values of one flat JSON object, by key: kept inline (no allocation per line read).
struct FlatJSONFields<Key: FlatJSONKey> {
    private var values = InlineArray<16, FlatJSONValue?>(repeating: nil)

    subscript(key: Key) -> FlatJSONValue? {
        get { values[key.slot] }
        set { values[key.slot] = newValue }
    }
}
