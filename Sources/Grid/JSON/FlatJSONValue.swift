/// A value as `FlatJSONParser` reads it: numbers keep their text (its byte range) until the
/// use says whether they are integers or doubles.
enum FlatJSONValue {
    case string(String)
    case number(Int, Int)
    case bool(Bool)
    case null
    case strings([String])
}
