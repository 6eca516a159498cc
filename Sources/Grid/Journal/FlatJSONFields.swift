/// The values of one flat JSON object, by key.
struct FlatJSONFields<Key: FlatJSONKey> {
    private var values: [FlatJSONValue?] = Array(repeating: nil, count: 16)

    subscript(key: Key) -> FlatJSONValue? {
        get { key.slot < values.count ? values[key.slot] : nil }
        set {
            if key.slot >= values.count { values += Array(repeating: nil, count: key.slot + 1 - values.count) }
            values[key.slot] = newValue
        }
    }
}
