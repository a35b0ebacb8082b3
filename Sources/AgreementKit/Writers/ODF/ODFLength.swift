/// A length in thousandths of a centimetre, so geometry is integer arithmetic and writes the same bytes everywhere.
struct ODFLength: Sendable, Equatable, Hashable, Comparable {
    /// The length in 1/1000 cm (10 µm).
    let thousandths: Int

    /// A length of `value` thousandths of a centimetre.
    init(thousandths value: Int) { thousandths = value }

    /// A length of `value` hundredths of a centimetre (`cm(250)` is 2.5 cm).
    static func cm(hundredths value: Int) -> ODFLength { ODFLength(thousandths: value * 10) }

    /// The value as an ODF length such as `2.5cm` or `-1.25cm`.
    var text: String {
        let negative = thousandths < 0
        let magnitude = negative ? -thousandths : thousandths
        var result = negative ? "-" : ""
        result += String(magnitude / 1000)
        var fraction = magnitude % 1000
        if fraction != 0 {
            var digits = 3
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let s = String(fraction)
            result += "." + String(repeating: "0", count: digits - s.count) + s
        }
        return result + "cm"
    }

    static func + (a: ODFLength, b: ODFLength) -> ODFLength { ODFLength(thousandths: a.thousandths + b.thousandths) }
    static func - (a: ODFLength, b: ODFLength) -> ODFLength { ODFLength(thousandths: a.thousandths - b.thousandths) }
    static prefix func - (a: ODFLength) -> ODFLength { ODFLength(thousandths: -a.thousandths) }
    static func < (a: ODFLength, b: ODFLength) -> Bool { a.thousandths < b.thousandths }
}
