import Foundation

/// Writes `word/numbering.xml`: the legal clause list bound to the clause heading styles, the party, annex, bullet
/// and (a)/(i)/(A) lists, and one `w:num` per list instance of the `DOCXNumberingPlan`.
struct DOCXNumberingPart {
    let plan: DOCXNumberingPlan
    let vocabulary: Vocabulary

    /// The levels every abstract list defines (Word's maximum).
    private static let levelCount = 9

    /// One list level.
    private struct Level {
        var format: String
        var text: String
        var style: String?
        var indentLeft: Int
        var hanging: Int
        var suffix: String? = nil
        var font: String? = nil
    }

    /// The XML of the part.
    func data() throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element("w:numbering", ["xmlns:w": DOCXNamespace.wordprocessingML]) {
            try abstract(xml, DOCXNumberingPlan.clauseAbstractID, nsid: "4F504901", type: "multilevel", name: "OPI Clauses",
                         levels: clauseLevels)
            try abstract(xml, DOCXNumberingPlan.partyAbstractID, nsid: "4F504902", type: "singleLevel", name: "OPI Parties",
                         levels: [Level(format: "decimal", text: "(%1)", style: DOCXStyleID.party,
                                        indentLeft: DOCXMetrics.partyIndent, hanging: DOCXMetrics.partyIndent)])
            try abstract(xml, DOCXNumberingPlan.annexAbstractID, nsid: "4F504903", type: "singleLevel", name: "OPI Annexes",
                         levels: [Level(format: "decimal", text: "\(vocabulary.annexWord) %1", style: DOCXStyleID.annex,
                                        indentLeft: DOCXMetrics.annexIndent, hanging: DOCXMetrics.annexIndent)])
            try abstract(xml, DOCXNumberingPlan.bulletAbstractID, nsid: "4F504904", type: "multilevel", name: "OPI Bullets",
                         levels: bulletLevels)
            try abstract(xml, DOCXNumberingPlan.numberedAbstractID, nsid: "4F504905", type: "multilevel",
                         name: "OPI Numbered List", levels: numberedLevels)
            try num(xml, DOCXNumberingPlan.clauseNumID, abstractID: DOCXNumberingPlan.clauseAbstractID, restart: 0)
            try num(xml, DOCXNumberingPlan.partyNumID, abstractID: DOCXNumberingPlan.partyAbstractID, restart: 0)
            try num(xml, DOCXNumberingPlan.annexNumID, abstractID: DOCXNumberingPlan.annexAbstractID, restart: 0)
            try num(xml, DOCXNumberingPlan.bulletNumID, abstractID: DOCXNumberingPlan.bulletAbstractID, restart: 0)
            for instance in plan.instances {
                let levels = instance.abstractID == DOCXNumberingPlan.partyAbstractID ? 1 : DOCXNumberingPart.levelCount
                try num(xml, instance.numID, abstractID: instance.abstractID, restart: levels)
            }
        }
        return try xml.finish()
    }

    /// 1 / 1.1 / 1.1.1 …, each level bound to its Clause Heading style.
    private var clauseLevels: [Level] {
        (1...DOCXNumberingPart.levelCount).map { level in
            Level(format: "decimal", text: (1...level).map { "%\($0)" }.joined(separator: "."),
                  style: DOCXStyleID.clauseHeading(level), indentLeft: DOCXMetrics.clauseTextIndent(level: level),
                  hanging: DOCXMetrics.clauseHanging(level: level))
        }
    }

    /// •, –, ◦, repeated for deeper levels.
    private var bulletLevels: [Level] {
        let symbols = ["\u{2022}", "\u{2013}", "\u{25E6}"]
        return (0..<DOCXNumberingPart.levelCount).map { i in
            Level(format: "bullet", text: symbols[i % symbols.count], indentLeft: DOCXMetrics.listStep * (i + 1),
                  hanging: DOCXMetrics.listStep)
        }
    }

    /// (a), (i), (A), repeated for deeper levels.
    private var numberedLevels: [Level] {
        let formats = ["lowerLetter", "lowerRoman", "upperLetter"]
        return (0..<DOCXNumberingPart.levelCount).map { i in
            Level(format: formats[i % formats.count], text: "(%\(i + 1))", indentLeft: DOCXMetrics.listStep * (i + 1),
                  hanging: DOCXMetrics.listStep)
        }
    }

    /// Writes one `w:abstractNum` (child order of CT_AbstractNum and CT_Lvl).
    private func abstract(
        _ xml: XMLWriter, _ id: Int, nsid: String, type: String, name: String, levels: [Level]
    ) throws {
        try xml.element("w:abstractNum", ["w:abstractNumId": String(id)]) {
            try xml.element("w:nsid", ["w:val": nsid])
            try xml.element("w:multiLevelType", ["w:val": type])
            try xml.element("w:name", ["w:val": name])
            for (index, level) in levels.enumerated() {
                try xml.element("w:lvl", ["w:ilvl": String(index)]) {
                    try xml.element("w:start", ["w:val": "1"])
                    try xml.element("w:numFmt", ["w:val": level.format])
                    if let style = level.style { try xml.element("w:pStyle", ["w:val": style]) }
                    if let suffix = level.suffix { try xml.element("w:suff", ["w:val": suffix]) }
                    try xml.element("w:lvlText", ["w:val": level.text])
                    try xml.element("w:lvlJc", ["w:val": "left"])
                    try DOCXParagraphProperties(indentLeft: level.indentLeft, indentHanging: level.hanging)
                        .write(to: xml)
                    if let font = level.font { try DOCXRunProperties(font: font).write(to: xml) }
                }
            }
        }
    }

    /// Writes one `w:num`; a restarting instance overrides the start of its first `restart` levels.
    private func num(_ xml: XMLWriter, _ id: Int, abstractID: Int, restart: Int) throws {
        try xml.element("w:num", ["w:numId": String(id)]) {
            try xml.element("w:abstractNumId", ["w:val": String(abstractID)])
            if restart > 0 {
                for level in 0..<restart {
                    try xml.element("w:lvlOverride", ["w:ilvl": String(level)]) {
                        try xml.element("w:startOverride", ["w:val": "1"])
                    }
                }
            }
        }
    }
}
