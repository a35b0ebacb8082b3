import Foundation
import FoundationXML
import TestSupport
import Testing

@testable import AgreementKit

/// The DOCX and the ODT of every bundled example say the same thing: the same paragraphs with the same styles,
/// list levels and text as the laid-out tree, and the same indents and list labels (`ReaderTests` checks that
/// LibreOffice reads the same text from both). The laid-out tree of each example is a golden file, so a change to a clause or to the layout shows
/// in review once, for both formats.
@Suite("One layout, two formats")
struct LayoutParityTests {
    static let examples = Examples.names

    /// The draft agreement of an example in a language (a draft keeps the drafting notes as comments).
    static func agreement(_ example: String, _ language: Language) throws -> Agreement {
        try Examples.agreement(example, language)
    }

    @Test(arguments: examples, [Language.sv, .en])
    func laidOutTreeIsGolden(example: String, language: Language) throws {
        let document = LayoutBuilder.layOut(try Self.agreement(example, language))
        try Golden.checkText(document.dump(), as: "layout/\(example)-\(language.rawValue).txt")
    }

    @Test(arguments: examples, [Language.sv, .en])
    func bothFormsWriteTheLaidOutParagraphs(example: String, language: Language) throws {
        let agreement = try Self.agreement(example, language)
        let document = LayoutBuilder.layOut(agreement)
        let expected = Paragraphs.of(document)
        let renderer = DocumentRenderer(options: Samples.options)
        let docx = try PackageContents(try renderer.render(agreement, as: .docx))
        let odt = try PackageContents(try renderer.render(agreement, as: .odt))
        let fromDOCX = try Paragraphs.of(
            docx: try #require(docx["word/document.xml"]), styles: try #require(docx["word/styles.xml"]))
        let fromODT = try Paragraphs.of(odt: try #require(odt["content.xml"]))
        #expect(expected.count == fromDOCX.count && expected.count == fromODT.count)
        for (index, paragraph) in expected.enumerated() {
            guard index < fromDOCX.count, index < fromODT.count else { break }
            #expect(fromDOCX[index] == paragraph, "DOCX paragraph \(index + 1)")
            #expect(fromODT[index] == paragraph, "ODT paragraph \(index + 1)")
        }
    }

    /// The decisions the two writers once made separately, and got different: the indents of clause levels 1–9,
    /// the party and annex indents, every list level, the default tab stop, the bullet glyphs, the comment author.
    @Test(arguments: [Language.sv, .en])
    func indentsLabelsTabStopsAndAuthorsAgree(language: Language) throws {
        var agreement = try Self.agreement("health-care", language)
        // An empty note author is the tool's name in both formats.
        agreement.blocks.append(.paragraph([.text("x"), .note(DraftingNote(text: "n", author: ""))]))
        let renderer = DocumentRenderer(options: Samples.options)
        let docx = try PackageContents(try renderer.render(agreement, as: .docx))
        let odt = try PackageContents(try renderer.render(agreement, as: .odt))
        let numbering = try XMLDocument(data: try #require(docx["word/numbering.xml"]))
        let odtStyles = try XMLDocument(data: try #require(odt["styles.xml"]))
        let sheet = LayoutBuilder.layOut(agreement).styles

        // Every level of every list: the same label, label position and text position (to the twip).
        let abstracts = try numbering.nodes(forXPath: "//*[local-name()='abstractNum']").compactMap {
            $0 as? XMLElement
        }
        let odfLists: [(name: String, element: XMLElement)] = [
            ("Clause_20_Numbering", "list-style"), ("Party_20_List", "list-style"), ("Annex_20_List", "list-style"),
            ("List_20_Bullet", "list-style"), ("List_20_Number", "list-style"),
        ].compactMap { name, kind in
            let found = try? odtStyles.nodes(forXPath: "//*[local-name()='\(kind)'][@*[local-name()='name']='\(name)']")
            return (found?.first as? XMLElement).map { (name, $0) }
        }
        #expect(abstracts.count == 5)
        for (list, abstract) in zip(sheet.lists, abstracts) {
            let wordLevels = try abstract.nodes(forXPath: "*[local-name()='lvl']").compactMap { $0 as? XMLElement }
            #expect(wordLevels.count == list.levels.count, "\(list.id)")
            for (index, level) in wordLevels.enumerated() {
                let ind = try #require(
                    try level.nodes(forXPath: "*[local-name()='pPr']/*[local-name()='ind']").first as? XMLElement)
                let left = Int(ind.attribute(forName: "w:left")?.stringValue ?? "") ?? -1
                let hanging = Int(ind.attribute(forName: "w:hanging")?.stringValue ?? "") ?? -1
                #expect(left == list.levels[index].textAt.twips, "\(list.id) level \(index + 1)")
                #expect(left - hanging == list.levels[index].labelAt.twips, "\(list.id) level \(index + 1)")
                if case .bullet(let glyph) = list.levels[index].format {
                    let text = try level.nodes(forXPath: "*[local-name()='lvlText']").first as? XMLElement
                    #expect(text?.attribute(forName: "w:val")?.stringValue == glyph)
                }
            }
        }
        // The ODF list styles outside clauses: the same positions, in centimetres.
        let odfByName = Dictionary(odfLists.map { ($0.name, $0.element) }, uniquingKeysWith: { a, _ in a })
        for (name, id) in [
            ("Clause_20_Numbering", ListID.clauses), ("Party_20_List", .parties), ("Annex_20_List", .annexes),
        ] {
            let element = try #require(odfByName[name], "no ODF list style \(name)")
            let levels = try element.nodes(forXPath: ".//*[local-name()='list-level-label-alignment']")
                .compactMap { $0 as? XMLElement }
            let definition = sheet.list(id)
            #expect(levels.count == definition.levels.count, "\(name)")
            for (index, level) in levels.enumerated() where index < definition.levels.count {
                let margin = level.attribute(forName: "fo:margin-left")?.stringValue
                #expect(margin == definition.levels[index].textAt.odf, "\(name) level \(index + 1)")
                #expect(
                    Self.twips(ofCentimetres: margin) == definition.levels[index].textAt.twips,
                    "\(name) level \(index + 1): DOCX and ODT differ")
            }
        }
        // Tab stops.
        let settings = try XMLDocument(data: try #require(docx["word/settings.xml"]))
        let tab = try settings.nodes(forXPath: "//*[local-name()='defaultTabStop']").first as? XMLElement
        let odfTab =
            try odtStyles.nodes(forXPath: "//*[local-name()='default-style']/*[local-name()='paragraph-properties']")
            .first as? XMLElement
        #expect(Int(tab?.attribute(forName: "w:val")?.stringValue ?? "") == sheet.page.defaultTabStop.twips)
        #expect(odfTab?.attribute(forName: "style:tab-stop-distance")?.stringValue == sheet.page.defaultTabStop.odf)
        // Comment authors.
        let comments = try XMLDocument(data: try #require(docx["word/comments.xml"]))
        let wordAuthors = try comments.nodes(forXPath: "//*[local-name()='comment']").compactMap {
            ($0 as? XMLElement)?.attribute(forName: "w:author")?.stringValue
        }
        let content = try XMLDocument(data: try #require(odt["content.xml"]))
        let odfAuthors = try content.nodes(forXPath: "//*[local-name()='annotation']/*[local-name()='creator']")
            .map { $0.stringValue ?? "" }
        #expect(wordAuthors == odfAuthors)
        #expect(wordAuthors.last == "opi-agreement")
    }

    /// "1.5cm" in twips.
    static func twips(ofCentimetres text: String?) -> Int? {
        guard let text, text.hasSuffix("cm"), let value = Double(text.dropLast(2)) else { return nil }
        return Length.cm(value).twips
    }
}

/// A paragraph as both formats must write it: its style's display name, its list level (0 outermost) if numbered,
/// and its text (fields as their results, comments left out).
struct WrittenParagraph: Equatable, CustomStringConvertible {
    var style: String
    var level: Int?
    var text: String

    var description: String { "\(style) \(level.map(String.init) ?? "-"): \(text)" }
}

enum Paragraphs {
    /// The body paragraphs of the laid-out tree, in writing order (table cells row by row).
    static func of(_ document: LaidOutDocument) -> [WrittenParagraph] {
        var out: [WrittenParagraph] = []
        func add(_ p: LaidOutParagraph, level: Int?) {
            out.append(WrittenParagraph(style: p.style.displayName, level: level, text: text(p.content)))
        }
        func list(_ l: LaidOutList) {
            for item in l.items {
                add(item.paragraph, level: item.paragraph.numbering?.level)
                if let children = item.children { list(children) }
            }
        }
        for block in document.body {
            switch block {
            case .paragraph(let p): add(p, level: p.numbering?.level)
            case .list(let l): list(l)
            case .table(let t):
                for row in (t.header.map { [$0] } ?? []) + t.rows {
                    for cell in row.cells { for p in cell { add(p, level: nil) } }
                }
            case .columns: Issue.record("a document in one language has no columns")
            case .pageBreak: out.append(WrittenParagraph(style: "page break", level: nil, text: ""))
            }
        }
        return out
    }

    static func text(_ content: [LaidOutInline]) -> String {
        content.map { inline -> String in
            switch inline {
            case .text(let t):
                return t.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            case .span(_, let inner): return text(inner)
            case .reference(let r): return r.result
            case .comment: return ""
            case .lineBreak: return "\n"
            case .pageNumber, .pageCount: return "1"
            case .change(_, let inner): return text(inner)
            }
        }.joined()
    }

    /// The body paragraphs of `word/document.xml`, their style names read from `word/styles.xml`.
    static func of(docx: Data, styles: Data) throws -> [WrittenParagraph] {
        let styleDocument = try XMLDocument(data: styles)
        var names: [String: String] = [:]
        var levels: [String: Int] = [:]
        for case let style as XMLElement in try styleDocument.nodes(forXPath: "//*[local-name()='style']") {
            guard let id = style.attribute(forName: "w:styleId")?.stringValue else { continue }
            names[id] =
                (try? style.nodes(forXPath: "*[local-name()='name']").first as? XMLElement)?
                .attribute(forName: "w:val")?.stringValue
            if let ilvl = try? style.nodes(
                forXPath: "*[local-name()='pPr']/*[local-name()='numPr']/*[local-name()='ilvl']"
            ).first as? XMLElement {
                levels[id] = Int(ilvl.attribute(forName: "w:val")?.stringValue ?? "")
            }
        }
        let display = ["header": "Header", "footer": "Footer", "annotation text": "Annotation Text"]
        let document = try XMLDocument(data: docx)
        var out: [WrittenParagraph] = []
        for case let p as XMLElement in try document.nodes(forXPath: "//*[local-name()='body']//*[local-name()='p']") {
            let styleID =
                (try? p.nodes(forXPath: "*[local-name()='pPr']/*[local-name()='pStyle']").first as? XMLElement)?
                .attribute(forName: "w:val")?.stringValue
            let pageBreak =
                (try? p.nodes(forXPath: ".//*[local-name()='br'][@*[local-name()='type']='page']"))?.isEmpty == false
            if pageBreak {
                out.append(WrittenParagraph(style: "page break", level: nil, text: ""))
                continue
            }
            let name = styleID.flatMap { names[$0] } ?? "?"
            var level = styleID.flatMap { levels[$0] }
            if let ilvl = try? p.nodes(forXPath: "*[local-name()='pPr']/*[local-name()='numPr']/*[local-name()='ilvl']")
                .first as? XMLElement
            {
                level = Int(ilvl.attribute(forName: "w:val")?.stringValue ?? "")
            }
            var text = ""
            var inInstruction = false
            func walk(_ node: XMLNode) {
                guard let element = node as? XMLElement else { return }
                switch element.localName {
                case "t": text += element.stringValue ?? ""
                case "tab": text += "\t"
                case "br": text += "\n"
                case "fldChar":
                    let type = element.attribute(forName: "w:fldCharType")?.stringValue
                    inInstruction = type == "begin"
                case "instrText": break
                case "pPr", "rPr": break
                default:
                    for child in element.children ?? [] { walk(child) }
                }
                _ = inInstruction
            }
            for child in p.children ?? [] { walk(child) }
            out.append(WrittenParagraph(style: display[name] ?? name, level: level, text: text))
        }
        return out
    }

    /// The body paragraphs and headings of `content.xml`.
    static func of(odt: Data) throws -> [WrittenParagraph] {
        let document = try XMLDocument(data: odt)
        guard
            let body = try document.nodes(forXPath: "//*[local-name()='text' and parent::*[local-name()='body']]").first
        else { return [] }
        var out: [WrittenParagraph] = []
        // An automatic paragraph style (the first paragraph's, which starts the first page) stands for its parent.
        var parents: [String: String] = [:]
        for case let style as XMLElement in try document.nodes(
            forXPath: "//*[local-name()='automatic-styles']/*[local-name()='style']")
        {
            if let name = style.attribute(forName: "style:name")?.stringValue,
                let parent = style.attribute(forName: "style:parent-style-name")?.stringValue
            {
                parents[name] = parent
            }
        }
        func decode(_ name: String) -> String {
            let name = parents[name] ?? name
            return name == "Standard" ? "Normal" : name.replacingOccurrences(of: "_20_", with: " ")
        }
        func text(of element: XMLElement) -> String {
            var s = ""
            for node in element.children ?? [] {
                if node.kind == .text {
                    s += node.stringValue ?? ""
                    continue
                }
                guard let child = node as? XMLElement else { continue }
                switch child.localName {
                case "s":
                    s += String(repeating: " ", count: Int(child.attribute(forName: "text:c")?.stringValue ?? "1") ?? 1)
                case "tab": s += "\t"
                case "line-break": s += "\n"
                case "annotation", "bookmark-start", "bookmark-end": break
                default: s += text(of: child)
                }
            }
            return s
        }
        func walk(_ element: XMLElement, listDepth: Int) {
            for case let child as XMLElement in element.children ?? [] {
                switch child.localName {
                case "p", "h":
                    let style = child.attribute(forName: "text:style-name")?.stringValue ?? "?"
                    if style == "PageBreak" {
                        out.append(WrittenParagraph(style: "page break", level: nil, text: ""))
                        continue
                    }
                    var level: Int? = listDepth > 0 ? listDepth - 1 : nil
                    if child.localName == "h" {
                        level = Int(child.attribute(forName: "text:outline-level")?.stringValue ?? "").map { $0 - 1 }
                    }
                    out.append(WrittenParagraph(style: decode(style), level: level, text: text(of: child)))
                case "list":
                    walk(child, listDepth: listDepth + 1)
                case "list-item", "table", "table-header-rows", "table-row", "table-cell":
                    walk(child, listDepth: listDepth)
                default:
                    break
                }
            }
        }
        if let body = body as? XMLElement { walk(body, listDepth: 0) }
        return out
    }
}
