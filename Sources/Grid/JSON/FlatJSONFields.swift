/// The values of one flat JSON object, by key: kept in the struct itself (no allocation per line
/// read), one stored property per slot.
struct FlatJSONFields<Key: FlatJSONKey> {
    private var v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15, v16, v17, v18, v19: FlatJSONValue?

    subscript(key: Key) -> FlatJSONValue? {
        get {
            switch key.slot {
            case 0: v0
            case 1: v1
            case 2: v2
            case 3: v3
            case 4: v4
            case 5: v5
            case 6: v6
            case 7: v7
            case 8: v8
            case 9: v9
            case 10: v10
            case 11: v11
            case 12: v12
            case 13: v13
            case 14: v14
            case 15: v15
            case 16: v16
            case 17: v17
            case 18: v18
            case 19: v19
            default: nil
            }
        }
        set {
            switch key.slot {
            case 0: v0 = newValue
            case 1: v1 = newValue
            case 2: v2 = newValue
            case 3: v3 = newValue
            case 4: v4 = newValue
            case 5: v5 = newValue
            case 6: v6 = newValue
            case 7: v7 = newValue
            case 8: v8 = newValue
            case 9: v9 = newValue
            case 10: v10 = newValue
            case 11: v11 = newValue
            case 12: v12 = newValue
            case 13: v13 = newValue
            case 14: v14 = newValue
            case 15: v15 = newValue
            case 16: v16 = newValue
            case 17: v17 = newValue
            case 18: v18 = newValue
            case 19: v19 = newValue
            default: break
            }
        }
    }
}
