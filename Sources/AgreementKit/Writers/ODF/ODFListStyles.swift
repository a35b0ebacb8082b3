/// Writes the outline style that numbers clauses and the named list styles (parties, annexes, bulleted and
/// numbered lists). Every level uses label-alignment with a tab after the label, so text lines up.
struct ODFListStyles {
    /// The vocabulary, for the annex prefix ("Bilaga ").
    let vocabulary: Vocabulary
    /// The bulleted and numbered list styles the body uses.
    let lists: [ODFAutomaticStyles.ListStyleKey]

    /// The highest clause level.
    static let outlineLevels = 9
    /// The label characters of bulleted levels 1–3.
    static let bullets = ["\u{2022}", "\u{2013}", "\u{25AA}"]
    /// The number formats of numbered levels 1–3: (a), (i), (A).
    static let numberFormats = ["a", "i", "A"]
    /// Nesting levels of bulleted and numbered lists.
    static let listLevels = 3

    /// Writes the styles into an open `office:styles`.
    func write(into xml: XMLWriter) throws {
        try writeOutline(into: xml)
        try numberedList(ODFStyleName.partyList, into: xml) {
            try numberLevel(1, format: "1", prefix: "(", suffix: ")", labelAt: .init(thousandths: 0),
                            textAt: ODFGeometry.partyIndent, into: xml)
        }
        try numberedList(ODFStyleName.annexList, into: xml) {
            try numberLevel(1, format: "1", prefix: vocabulary.annexWord + " ", suffix: nil,
                            labelAt: .init(thousandths: 0), textAt: ODFGeometry.annexIndent, into: xml)
        }
        for key in lists {
            let base = ODFGeometry.bodyIndent(clauseLevel: key.clauseLevel)
            let step = ODFGeometry.listStep
            try numberedList(ODFStyleName.list(key.kind, clauseLevel: key.clauseLevel), into: xml) {
                for level in 1...Self.listLevels {
                    let labelAt = base + ODFLength(thousandths: step.thousandths * (level - 1))
                    let textAt = labelAt + step
                    if key.kind == .bulleted {
                        try bulletLevel(level, char: Self.bullets[level - 1], labelAt: labelAt, textAt: textAt, into: xml)
                    } else {
                        try numberLevel(level, format: Self.numberFormats[level - 1], prefix: "(", suffix: ")",
                                        labelAt: labelAt, textAt: textAt, into: xml)
                    }
                }
            }
        }
    }

    /// The outline style: level N reads "7", "7.2", "7.2.1" … without a trailing dot; the number hangs in front
    /// of the text, which starts at the clause body indent.
    private func writeOutline(into xml: XMLWriter) throws {
        try xml.element("text:outline-style", ["style:name": ODFStyleName.outline.name]) {
            for level in 1...Self.outlineLevels {
                try xml.element(
                    "text:outline-level-style",
                    ["text:level": String(level), "style:num-format": "1", "text:display-levels": String(level)]
                ) {
                    try levelProperties(
                        labelAt: ODFGeometry.numberPosition(clauseLevel: level),
                        textAt: ODFGeometry.bodyIndent(clauseLevel: level), into: xml)
                }
            }
        }
    }

    /// Writes a `text:list-style` with its levels.
    private func numberedList(_ name: ODFStyleName, into xml: XMLWriter, levels: () throws -> Void) throws {
        try xml.start("text:list-style")
        try name.writeNameAttributes(xml)
        try levels()
        try xml.end()
    }

    /// Writes a numbered level.
    private func numberLevel(
        _ level: Int, format: String, prefix: String?, suffix: String?, labelAt: ODFLength, textAt: ODFLength,
        into xml: XMLWriter
    ) throws {
        try xml.start("text:list-level-style-number")
        try xml.attribute("text:level", String(level))
        if let prefix { try xml.attribute("style:num-prefix", prefix) }
        if let suffix { try xml.attribute("style:num-suffix", suffix) }
        try xml.attribute("style:num-format", format)
        try levelProperties(labelAt: labelAt, textAt: textAt, into: xml)
        try xml.end()
    }

    /// Writes a bulleted level.
    private func bulletLevel(
        _ level: Int, char: String, labelAt: ODFLength, textAt: ODFLength, into xml: XMLWriter
    ) throws {
        try xml.element("text:list-level-style-bullet", ["text:level": String(level), "text:bullet-char": char]) {
            try levelProperties(labelAt: labelAt, textAt: textAt, into: xml)
        }
    }

    /// Label-alignment properties: the label starts at `labelAt`, a tab follows it, the text starts at `textAt`.
    private func levelProperties(labelAt: ODFLength, textAt: ODFLength, into xml: XMLWriter) throws {
        try xml.element(
            "style:list-level-properties", ["text:list-level-position-and-space-mode": "label-alignment"]
        ) {
            try xml.element(
                "style:list-level-label-alignment",
                [
                    "text:label-followed-by": "listtab", "text:list-tab-stop-position": textAt.text,
                    "fo:text-indent": (labelAt - textAt).text, "fo:margin-left": textAt.text,
                ])
        }
    }
}
