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

    /// The largest amount in whole units that an answer can give (15 digits), and so the largest `min:` or `max:`
    /// of an amount question in either direction: the questionnaire refuses larger bounds, so a bound in minor units
    /// always fits in `Int64`.
    public static let maximumWholeUnits = 999_999_999_999_999

    /// Whether the first value comes before the second.
    public static func < (a: Amount, b: Amount) -> Bool { a.minorUnits < b.minorUnits }
}
