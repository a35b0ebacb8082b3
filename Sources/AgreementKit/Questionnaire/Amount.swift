/// An amount of money: minor units (öre, cents) and an ISO 4217 currency code.
public struct Amount: Sendable, Equatable, Hashable, Comparable {
    /// The amount in hundredths of the currency unit.
    public var minorUnits: Int64
    /// The currency code, such as "SEK", "DKK" or "EUR".
    public var currency: String

    /// Creates an amount.
    public init(minorUnits: Int64, currency: String) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Whether the first value comes before the second.
    public static func < (a: Amount, b: Amount) -> Bool { a.minorUnits < b.minorUnits }
}
