import Foundation

/// Writes `word/numbering.xml`: one `w:abstractNum` per list of the style sheet, and one `w:num` per list instance
/// of the laid-out document (`w:numId` is the instance's index + 1). An instance that is not shared restarts its
/// counting with `w:lvlOverride/w:startOverride`.
struct DOCXNumberingPart {
    let document: LaidOutDocument

    /// The abstract list id, `w:nsid` and name of each list.
    private static let abstracts: [(list: ListID, nsid: String, name: String)] = [
        (.clauses, "4F504901", "OPI Clauses"), (.parties, "4F504902", "OPI Parties"),
        (.annexes, "4F504903", "OPI Annexes"), (.bullets, "4F504904", "OPI Bullets"),
        (.numbered, "4F504905", "OPI Numbered List"),
    ]

    /// The abstract list of a list; `abstracts` has one for every `ListID`.
    private static func abstractID(_ list: ListID) -> Int { abstracts.firstIndex { $0.list == list }! }

    /// The abstract list id of an instance: a parallel document's right column numbers with abstract lists of its
    /// own (after the five above, in the order of `StyleSheet.columnLists`), so that its counting never mixes
    /// with the left column's.
    private func abstractID(_ instance: ListInstance) -> Int {
        if instance.column == 1,
            let index = document.styles.columnLists.firstIndex(where: { $0.id == instance.list })
        {
            return Self.abstracts.count + index
        }
        return Self.abstractID(instance.list)
    }

    /// The XML of the part.
    func data() throws -> Data {
        let xml = try XMLWriter()
        try xml.declaration()
        try xml.element("w:numbering", ["xmlns:w": DOCXNamespace.wordprocessingML]) {
            for (id, abstract) in Self.abstracts.enumerated() {
                try self.abstract(
                    xml, id, nsid: abstract.nsid, name: abstract.name,
                    definition: document.styles.list(abstract.list))
            }
            for (index, definition) in document.styles.columnLists.enumerated() {
                let abstract = Self.abstracts[Self.abstractID(definition.id)]
                try self.abstract(
                    xml, Self.abstracts.count + index, nsid: String(format: "4F5049%02X", 0x11 + index),
                    name: abstract.name + " 2", definition: definition)
            }
            for (index, instance) in document.listInstances.enumerated() {
                let levels = instance.isShared ? 0 : document.styles.list(instance).levels.count
                try num(xml, index + 1, abstractID: abstractID(instance), restart: levels)
            }
        }
        return try xml.finish()
    }

    /// Writes one `w:abstractNum` (child order of CT_AbstractNum and CT_Lvl).
    private func abstract(_ xml: XMLWriter, _ id: Int, nsid: String, name: String, definition: ListDefinition) throws {
        try xml.element("w:abstractNum", ["w:abstractNumId": String(id)]) {
            try xml.element("w:nsid", ["w:val": nsid])
            try xml.element("w:multiLevelType", ["w:val": definition.levels.count > 1 ? "multilevel" : "singleLevel"])
            try xml.element("w:name", ["w:val": name])
            for (index, level) in definition.levels.enumerated() {
                try xml.element("w:lvl", ["w:ilvl": String(index)]) {
                    try xml.element("w:start", ["w:val": "1"])
                    try xml.element("w:numFmt", ["w:val": level.format.docx])
                    if let style = level.style { try xml.element("w:pStyle", ["w:val": DOCXStyleID.id(style)]) }
                    try xml.element("w:lvlText", ["w:val": level.docxText(index: index)])
                    try xml.element("w:lvlJc", ["w:val": "left"])
                    try DOCXParagraphProperties(
                        indentLeft: level.textAt.twips, indentHanging: level.textAt.twips - level.labelAt.twips
                    ).write(to: xml)
                }
            }
        }
    }

    /// Writes one `w:num`; a restarting instance overrides the start of its first `restart` levels.
    private func num(_ xml: XMLWriter, _ id: Int, abstractID: Int, restart: Int) throws {
        try xml.element("w:num", ["w:numId": String(id)]) {
            try xml.element("w:abstractNumId", ["w:val": String(abstractID)])
            for level in 0..<restart {
                try xml.element("w:lvlOverride", ["w:ilvl": String(level)]) {
                    try xml.element("w:startOverride", ["w:val": "1"])
                }
            }
        }
    }
}
