/// A length on the page, stored exactly in English Metric Units (914,400 per inch), in which centimetres (360,000),
/// points (12,700) and twentieths of a point (635) are all whole numbers. Every measure of the layout is a `Length`,
/// so both serialisers start from the same number and only convert it to their own unit.
struct Length: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The length in English Metric Units.
    let emu: Int

    /// A length of `emu` English Metric Units.
    init(emu: Int) { self.emu = emu }

    /// No length.
    static let zero = Length(emu: 0)

    /// A length in centimetres (`cm(1.5)`), rounded to the nearest unit.
    static func cm(_ value: Double) -> Length { Length(emu: Int((value * 360_000).rounded())) }

    /// A length in points (`pt(6)`), rounded to the nearest unit.
    static func pt(_ value: Double) -> Length { Length(emu: Int((value * 12_700).rounded())) }

    /// The length in thousandths of a centimetre, rounded half away from zero.
    var thousandthsOfCentimetre: Int { Length.divideRounded(emu, by: 360) }

    /// The length in twentieths of a point (twips), rounded half away from zero.
    var twentiethsOfPoint: Int { Length.divideRounded(emu, by: 635) }

    /// The length in points, when it is a whole number of points.
    var wholePoints: Int? { emu % 12_700 == 0 ? emu / 12_700 : nil }

    /// "0.5pt": the length in points to one decimal, for line widths.
    var pointsDescription: String {
        let tenths = Length.divideRounded(emu, by: 1270)
        return tenths % 10 == 0 ? "\(tenths / 10)pt" : "\(tenths / 10).\(abs(tenths % 10))pt"
    }

    /// "1.5cm": the length in centimetres to three decimals, without trailing zeros (for dumps and messages).
    var description: String {
        let thousandths = thousandthsOfCentimetre
        let negative = thousandths < 0
        let magnitude = negative ? -thousandths : thousandths
        var result = negative ? "-" : ""
        result += String(magnitude / 1000)
        var fraction = magnitude % 1000
        if fraction != 0 {
            var digits = 3
            while fraction % 10 == 0 {
                fraction /= 10
                digits -= 1
            }
            let s = String(fraction)
            result += "." + String(repeating: "0", count: digits - s.count) + s
        }
        return result + "cm"
    }

    /// `value / divisor`, rounded half away from zero.
    static func divideRounded(_ value: Int, by divisor: Int) -> Int {
        value >= 0 ? (value + divisor / 2) / divisor : -((-value + divisor / 2) / divisor)
    }

    static func + (a: Length, b: Length) -> Length { Length(emu: a.emu + b.emu) }
    static func - (a: Length, b: Length) -> Length { Length(emu: a.emu - b.emu) }
    static func * (a: Length, n: Int) -> Length { Length(emu: a.emu * n) }
    static prefix func - (a: Length) -> Length { Length(emu: -a.emu) }
    static func < (a: Length, b: Length) -> Bool { a.emu < b.emu }

    /// Splits `total` into parts in proportion to `weights` (none negative, not all zero), exactly: the parts add
    /// up to `total`. Each part ends at the rounded-down proportional boundary, so the last part takes what rounding
    /// left over. The arithmetic cannot overflow: weights that are negative or whose sum exceeds `Int.max` count
    /// as equal, and each boundary is computed in double width (it lies between 0 and `total`).
    static func split(_ total: Length, weights: [Int]) -> [Length] {
        let equal = { split(total, weights: Array(repeating: 1, count: weights.count)) }
        var sum = 0
        for weight in weights {
            let (next, overflow) = sum.addingReportingOverflow(weight)
            if overflow || weight < 0 { return equal() }
            sum = next
        }
        guard sum > 0 else { return [] }
        var parts: [Length] = []
        var before = 0
        var cumulative = 0
        for (index, weight) in weights.enumerated() {
            cumulative += weight
            let boundary: Int
            if index == weights.count - 1 {
                boundary = total.emu
            } else {
                let product = total.emu.multipliedFullWidth(by: cumulative)
                boundary = sum.dividingFullWidth(product).quotient
            }
            parts.append(Length(emu: boundary - before))
            before = boundary
        }
        return parts
    }
}
