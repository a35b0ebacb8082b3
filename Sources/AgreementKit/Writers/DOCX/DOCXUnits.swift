/// How WordprocessingML writes the layout's lengths, alignments and list formats.
extension Length {
    /// The length in twentieths of a point, as `w:w`, `w:left` and the like take it.
    var twips: Int { twentiethsOfPoint }
    /// Positions are converted, and distances between them are taken between the converted positions, so a
    /// label that hangs in front of its text starts exactly where the layout puts it.
    /// The length in eighths of a point, as `w:sz` takes a border width.
    var eighthsOfPoint: Int { Length.divideRounded(emu * 2, by: 3175) }
    /// The length in half points, as `w:sz` takes a font size.
    var halfPoints: Int { Length.divideRounded(emu, by: 6350) }

    /// The widths of consecutive columns in twips, converted at their boundaries so they add up to the twips of
    /// their total.
    static func twips(of widths: [Length]) -> [Int] {
        var result: [Int] = []
        var position = Length.zero
        var before = 0
        for width in widths {
            position = position + width
            let boundary = position.twips
            result.append(boundary - before)
            before = boundary
        }
        return result
    }
}

extension Alignment {
    /// The `w:jc` value.
    var docx: String {
        switch self {
        case .start: return "left"
        case .centre: return "center"
        case .end: return "right"
        case .justified: return "both"
        }
    }
}

extension NumberFormat {
    /// The `w:numFmt` value.
    var docx: String {
        switch self {
        case .decimal: return "decimal"
        case .lowerLetter: return "lowerLetter"
        case .lowerRoman: return "lowerRoman"
        case .upperLetter: return "upperLetter"
        case .bullet: return "bullet"
        }
    }
}

extension ListLevel {
    /// The `w:lvlText`: the bullet, or the prefix, the shown levels' numbers joined by dots, and the suffix
    /// ("(%1)", "%1.%2", "Bilaga %1"). `index` is the level's index, 0 for the outermost.
    func docxText(index: Int) -> String {
        if case .bullet(let glyph) = format { return glyph }
        let first = index + 1 - displayLevels + 1
        return prefix + (first...(index + 1)).map { "%\($0)" }.joined(separator: ".") + suffix
    }
}
