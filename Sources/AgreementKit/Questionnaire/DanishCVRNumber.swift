/// Danish CVR numbers: eight digits, the first not 0, whose digits weighted 2, 7, 6, 5, 4, 3, 2, 1 add up to a
/// multiple of 11. A `DK` prefix and spaces between digit groups are accepted and dropped.
enum DanishCVRNumber {
    /// The weights of the modulus-11 check.
    static let weights = [2, 7, 6, 5, 4, 3, 2, 1]

    /// The eight digits, or the reason the text is not a valid CVR number.
    static func normalize(_ text: String) -> Result<String, SwedishOrganisationNumber.Problem> {
        var digits = text.filter { $0 != " " }
        if digits.uppercased().hasPrefix("DK") { digits.removeFirst(2) }
        guard digits.count == 8, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.first != "0" else {
            return .failure(.format)
        }
        let sum = zip(digits.compactMap(\.wholeNumberValue), weights).reduce(0) { $0 + $1.0 * $1.1 }
        return sum % 11 == 0 ? .success(digits) : .failure(.checkDigit)
    }
}
