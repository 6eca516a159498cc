/// A theme (*enjeu*) of the codebook, with the codes answers can be tagged with.
public struct Theme: Sendable, Equatable {
    /// One code of a theme.
    public struct Code: Sendable, Equatable {
        public var id: String
        public var label: String

        public init(id: String, label: String) {
            self.id = id
            self.label = label
        }
    }

    public var id: String
    public var label: String
    public var codes: [Code]

    public init(id: String, label: String, codes: [Code] = []) {
        self.id = id
        self.label = label
        self.codes = codes
    }
}
