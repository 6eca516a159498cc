extension NumberExample: MessageCatalogue {
    /// Two or three answers of this kind as they may be typed, the words people say included.
    public var wording: Wording {
        switch self {
        case .decimal: return (fr: "1 500, 2,5 ou environ 60", en: "1,500, 2.5 or about 60")
        case .whole: return (fr: "1 500, environ 60 ou plus de 200", en: "1,500, about 60 or over 200")
        case .percent: return (fr: "40 %, 12,5 % ou environ 30 %", en: "40%, 12.5% or about 30%")
        case .money(let currency):
            return (fr: "1 500 \(currency), 4,50 \(currency) ou 1,5 million \(currency)",
                    en: "1,500 \(currency), 4.50 \(currency) or 1.5 million \(currency)")
        }
    }
}
