/// The keys of every object in a JSON text, each object's in the order they were written: enough
/// of a reader to check key order, which `JSONSerialization` forgets.
enum JSONObjectKeys {
    /// What an open container holds so far: an object's keys, or nothing for an array.
    private enum Frame {
        case object([[UInt8]])
        case array
    }

    /// Every object's keys (raw bytes between the quotes), innermost objects first.
    static func of(_ bytes: [UInt8]) -> [[[UInt8]]] {
        var objects: [[[UInt8]]] = []
        var open: [Frame] = []
        var expectingKey = false
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                open.append(.object([]))
                expectingKey = true
            case UInt8(ascii: "["):
                open.append(.array)
                expectingKey = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if case .object(let keys) = open.popLast() { objects.append(keys) }
                expectingKey = false
            case UInt8(ascii: ","):
                if case .object = open.last { expectingKey = true }
            case UInt8(ascii: "\""):
                var end = index + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                    end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
                }
                if expectingKey, case .object(let keys) = open.last {
                    open[open.count - 1] = .object(keys + [Array(bytes[(index + 1)..<min(end, bytes.count)])])
                }
                expectingKey = false
                index = end
            default:
                break
            }
            index += 1
        }
        return objects
    }
}
