/// The width, indent and column widths of one table, computed the same way by the style plan and the body.
struct ODFTableGeometry: Sendable, Equatable {
    /// The left indent (the body indent of the enclosing clause).
    let indent: ODFLength
    /// The table width: the text width less the indent.
    let width: ODFLength
    /// The absolute column widths, summing to `width`.
    let columns: [ODFLength]

    /// The geometry of a table with `count` columns and optional relative `widths`, inside a clause at
    /// `clauseLevel` (0 outside clauses). Widths that do not fit the column count are treated as equal.
    init(count: Int, widths: [Int]?, clauseLevel: Int) {
        indent = ODFGeometry.bodyIndent(clauseLevel: clauseLevel)
        width = ODFGeometry.textWidth - indent
        let columnCount = max(count, 1)
        var relative = Array(repeating: 1.0, count: columnCount)
        if let widths, widths.count == columnCount, widths.allSatisfy({ $0 > 0 }) {
            relative = widths.map(Double.init)
        }
        let sum = relative.reduce(0, +)
        var result: [ODFLength] = []
        result.reserveCapacity(columnCount)
        var used = 0
        for (i, r) in relative.enumerated() {
            if i == columnCount - 1 {
                result.append(ODFLength(thousandths: width.thousandths - used))
            } else {
                let w = Int((Double(width.thousandths) * r / sum).rounded(.down))
                result.append(ODFLength(thousandths: w))
                used += w
            }
        }
        columns = result
    }
}
