/// Swedish organisation numbers (organisationsnummer): ten digits written `NNNNNN-NNNN`, the last a Luhn check
/// digit over the first nine. The twelve-digit form with the century prefix `16` is accepted too.
enum SwedishOrganisationNumber {
    /// The number in its usual form `NNNNNN-NNNN`, or nil with the reason it is not a valid number.
    static func normalize(_ text: String) -> Result<String, Problem> {
        var digits = text
        if digits.count == 13 || digits.count == 12, digits.hasPrefix("16") { digits.removeFirst(2) }
        if digits.count == 11, digits.dropFirst(6).first == "-" {
            digits.remove(at: digits.index(digits.startIndex, offsetBy: 6))
        }
        guard digits.count == 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .failure(.format) }
        let values = digits.compactMap(\.wholeNumberValue)
        guard checkDigit(Array(values.prefix(9))) == values[9] else { return .failure(.checkDigit) }
        return .success(String(digits.prefix(6)) + "-" + String(digits.suffix(4)))
    }

    /// The Luhn check digit of nine digits: from the left, digits are multiplied by 2, 1, 2, 1, ...; the digits of
    /// the products are added; the check digit brings the sum up to a multiple of ten.
    static func checkDigit(_ nine: [Int]) -> Int {
        var sum = 0
        for (i, d) in nine.enumerated() {
            let p = i % 2 == 0 ? d * 2 : d
            sum += p / 10 + p % 10
        }
        return (10 - sum % 10) % 10
    }

    /// Why a text is not an organisation number.
    enum Problem: Error, Equatable {
        /// Not of the form NNNNNN-NNNN, NNNNNNNNNN or 16NNNNNN-NNNN.
        case format
        /// The last digit is not the Luhn check digit of the others.
        case checkDigit
    }
}
