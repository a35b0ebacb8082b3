import Foundation
import FoundationXML
import TestSupport
import Testing

@testable import AgreementKit

/// The redline (`Redline`, `opi-agreement compare`): the word diff, the block alignment, deterministic bytes, a
/// renumbering that is no change, and accepting or rejecting every change of the written DOCX and ODT (applied here
/// to `document.xml` and `content.xml` as a reader applies it) giving, paragraph by paragraph, the text of a plain
/// build of the new and of the old version. `RedlineReaderTests` does the same through LibreOffice.
@Suite("Redline")
struct RedlineTests {
    // MARK: Word diff

    static func tokens(_ text: String) -> [RedlineToken] {
        RedlineToken.tokens([.text(text)], comments: [])
    }

    @Test func wordDiffMarksOnlyTheChangedWord() {
        let diff = wordDiff(
            Self.tokens("Ansvaret är begränsat till 500 000 SEK."),
            Self.tokens("Ansvaret är begränsat till 750 000 SEK."))
        let changes = diff.filter { $0.0 != nil }.map { ($0.0!, $0.1.map(\.key).joined()) }
        #expect(changes.count == 2)
        #expect(changes.first?.0 == .deletion && changes.first?.1.hasSuffix("500") == true)
        #expect(changes.last?.0 == .insertion && changes.last?.1.hasSuffix("750") == true)
    }

    @Test func aReplacedPhraseIsOneDeletionAndOneInsertion() {
        let diff = wordDiff(Self.tokens("ska äga alla resultat"), Self.tokens("ska upplåta en licens"))
        #expect(diff.map(\.0) == [nil, .deletion, .insertion])
        #expect(RedlineToken.inlines(diff[1].1) == [.text("äga alla resultat")])
        #expect(RedlineToken.inlines(diff[2].1) == [.text("upplåta en licens")])
    }

    @Test func referencesCompareByTargetNotByTheirNumber() {
        let old = RedlineToken.tokens(
            [.text("enligt punkt "), .reference(LaidOutReference(bookmark: "_opi_x", kind: .clause, result: "9"))],
            comments: [])
        let new = RedlineToken.tokens(
            [.text("enligt punkt "), .reference(LaidOutReference(bookmark: "_opi_x", kind: .clause, result: "10"))],
            comments: [])
        #expect(wordDiff(old, new).allSatisfy { $0.0 == nil })
        let other = RedlineToken.tokens(
            [.text("enligt punkt "), .reference(LaidOutReference(bookmark: "_opi_y", kind: .clause, result: "9"))],
            comments: [])
        #expect(wordDiff(old, other).contains { $0.0 == .deletion })
    }

    @Test func alignmentKeepsOrderAndPutsDeletionsFirst() {
        let old = ["a", "b", "c", "d"]
        let new = ["a", "x", "c", "d", "e"]
        let steps = align(oldCount: old.count, newCount: new.count) { old[$0] == new[$1] ? 1 : 0 }
        #expect(steps == [.both(0, 0), .old(1), .new(1), .both(2, 2), .both(3, 3), .new(4)])
    }

    // MARK: The health-care case

    static func documents(final: Bool = false) throws -> (old: LaidOutDocument, new: LaidOutDocument) {
        let library = try Examples.library.get()
        let (old, new) = try RedlineCase.answers()
        let options = AssemblyOptions(language: .sv, final: final)
        let assembler = Assembler(library: library)
        return (
            LayoutBuilder.layOut(try assembler.assemble(old, options: options).agreement),
            LayoutBuilder.layOut(try assembler.assemble(new, options: options).agreement)
        )
    }

    /// The paragraphs of a redline with a change, by origin.
    static func changed(_ document: LaidOutDocument) -> [LaidOutParagraph] {
        var out: [LaidOutParagraph] = []
        Redline.forEachParagraph(document.body) { paragraph in
            if paragraph.change != nil
                || paragraph.content.contains(where: {
                    if case .change = $0 { return true } else { return false }
                })
            {
                out.append(paragraph)
            }
        }
        return out
    }

    @Test func theSameVersionTwiceHasNoChange() throws {
        let (old, _) = try Self.documents()
        let redline = Redline(old: old, new: old, author: "opi-agreement")
        #expect(redline.changes.isEmpty)
        #expect(redline.document.body == old.body)
    }

    @Test func wholeClausesAreInsertedOrDeletedAndTheAmountChangesWordByWord() throws {
        let (old, new) = try Self.documents()
        let redline = Redline(old: old, new: new, author: "opi-agreement")
        var headings: [String: ChangeMark.Kind?] = [:]
        Redline.forEachParagraph(redline.document.body) { paragraph in
            if let bookmark = paragraph.bookmark { headings.updateValue(paragraph.change?.kind, forKey: bookmark) }
        }
        #expect(headings["_opi_results_each_owns"] == .some(.deletion))
        #expect(headings["_opi_results_supplier_owns"] == .some(.insertion))
        #expect(headings["_opi_liability_limit"] == .some(nil))
        // The cap paragraph: 500 deleted, 750 inserted, the rest kept.
        let cap = try #require(Self.changed(redline.document).first { ColumnWidths.text($0.content).contains("750") })
        #expect(cap.change == nil)
        let marks = cap.content.compactMap { inline -> (ChangeMark.Kind, String)? in
            if case .change(let mark, let inner) = inline { return (mark.kind, ColumnWidths.text(inner)) }
            return nil
        }
        #expect(marks.map(\.0) == [.deletion, .insertion])
        #expect(marks.map(\.1) == ["500", "750"])
        // Every change id is unique.
        var ids: [Int] = []
        func collect(_ inlines: [LaidOutInline]) {
            for inline in inlines {
                if case .change(let mark, let inner) = inline {
                    ids.append(mark.id)
                    collect(inner)
                }
            }
        }
        Redline.forEachParagraph(redline.document.body) { paragraph in
            if let mark = paragraph.change { ids.append(mark.id) }
            collect(paragraph.content)
        }
        #expect(Set(ids).count == ids.count)
        // The summary names the clauses: the results clause removed and added, the liability cap changed.
        #expect(redline.changes.contains { $0.title == "Begränsning av ansvar" && $0.kind == .changed })
        #expect(redline.changes.contains { $0.number == "9" && $0.kind == .removed })
        #expect(redline.changes.contains { $0.number == "9" && $0.kind == .added })
    }

    @Test func aRenumberingIsNoChange() throws {
        let (old, _) = try Self.documents()
        // The new version: one clause inserted first, every clause number shown one higher.
        var new = old
        func bump(_ inlines: [LaidOutInline]) -> [LaidOutInline] {
            inlines.map { inline in
                switch inline {
                case .reference(var reference):
                    reference.result += "0"
                    return .reference(reference)
                case .span(let style, let inner): return .span(style, bump(inner))
                default: return inline
                }
            }
        }
        func bump(_ block: LaidOutBlock) -> LaidOutBlock {
            guard case .paragraph(var paragraph) = block else { return block }
            paragraph.content = bump(paragraph.content)
            return .paragraph(paragraph)
        }
        new.body = new.body.map(bump)
        let first = try #require(
            new.body.firstIndex {
                if case .paragraph(let p) = $0 { return p.role == .clauseHeading(level: 1) } else { return false }
            })
        guard case .paragraph(var added) = new.body[first] else { return }
        added.bookmark = "_opi_added"
        added.origin = "clause 'added' heading"
        added.content = [.text("Ny punkt")]
        new.body.insert(.paragraph(added), at: first)
        let redline = Redline(old: old, new: new, author: "opi-agreement")
        let changed = Self.changed(redline.document)
        #expect(changed.count == 1)
        #expect(changed.first?.bookmark == "_opi_added" && changed.first?.change?.kind == .insertion)
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let library = try Examples.library.get()
        let (old, new) = try RedlineCase.answers()
        func render() throws -> [Data] {
            try AgreementPipeline(library: library).comparison(
                from: old, to: new, options: AssemblyOptions(language: .sv), formats: [.docx, .odt, .fodt, .flatDocx],
                base: "redline", author: "opi-agreement"
            ).files.map(\.data)
        }
        #expect(try render() == render())
    }

    /// An annex that goes away whole (no personal data: no data processing annex) is a clause list all of whose
    /// paragraphs are deleted. In the ODT it is still a named list of its own (`xml:id`, then `continue-list`), so
    /// rejecting the deletion numbers its clauses 1, 2, … again. Left to `continue-numbering`, LibreOffice numbered
    /// the clauses after the annex's own (a)–(h) list from 1 again (5 became 1).
    @Test func aWholeAnnexDeletedKeepsItsOwnClauseList() throws {
        let library = try Examples.library.get()
        let (old, _) = try RedlineCase.answers()
        let none = try RedlineCase.withoutPersonalData()
        let content = try #require(
            try PackageContents(
                try AgreementPipeline(library: library).comparison(
                    from: old, to: none, options: AssemblyOptions(language: .sv, final: true),
                    formats: [.odt], base: "redline", author: "opi-agreement"
                ).files[0].data
            ).text("content.xml"))
        let deletions = try #require(content.range(of: "</text:tracked-changes>"))
        let deleted = content[..<deletions.lowerBound]
        #expect(deleted.contains("Underbiträden"), "the annex's clauses are in the deletions")
        // Every clause list, deleted or not, is named or continues a named one; none only continues numbering.
        #expect(!content.contains(#"text:continue-numbering="true" text:style-name="Clause_20_Numbering""#))
        let named = deleted.components(separatedBy: "<text:list xml:id=\"clauses-").count - 1
        let continued = deleted.components(separatedBy: "text:continue-list=\"clauses-").count - 1
        #expect(named >= 1 && continued >= 9, "named \(named), continued \(continued)")
    }

    @Test func aParallelDocumentIsRefused() throws {
        let library = try Examples.library.get()
        let (old, new) = try RedlineCase.answers()
        #expect(throws: DiagnosticError.self) {
            try AgreementPipeline(library: library).comparison(
                from: old, to: new, options: AssemblyOptions(languages: try AgreementLanguages(parsing: "sv+en")),
                formats: [.docx], base: "redline", author: "opi-agreement")
        }
    }

    @Test func theSummaryNamesTheChangedAnswers() throws {
        let library = try Examples.library.get()
        let (old, new) = try RedlineCase.answers()
        let changes = AnswerChange.changes(
            from: old, to: new, questionnaire: library.questionnaire, language: .sv)
        #expect(changes.count == 3)
        let cap = try #require(changes.first { $0.name.contains("(liability_cap)") })
        #expect(cap.old?.hasPrefix("500") == true && cap.new?.hasPrefix("750") == true, "\(cap)")
        #expect(changes.contains { $0.name.contains("(suppliers[2])") && $0.old == nil && $0.new == "Vital Sensor AB" })
        #expect(changes.contains { $0.name.contains("(results_model)") })
    }

    // MARK: Accept all, reject all

    /// What a reader does with the changes.
    enum Resolution { case plain, accept, reject }

    /// The text of each paragraph of a DOCX body with every change accepted or rejected; a field is shown as its
    /// instruction (a reader recomputes its result).
    static func paragraphs(docx data: Data, _ resolution: Resolution) throws -> [String] {
        let document = try XMLDocument(data: data)
        var out: [String] = []
        var current = ""
        var instruction: String?
        var inResult = false
        let removedMark = resolution == .accept ? "del" : resolution == .reject ? "ins" : "-"
        func has(_ element: XMLElement, _ path: [String]) -> Bool {
            var nodes = [element]
            for name in path {
                nodes = nodes.flatMap { $0.children?.compactMap { $0 as? XMLElement } ?? [] }.filter {
                    $0.localName == name
                }
            }
            return !nodes.isEmpty
        }
        func walk(_ node: XMLNode) {
            guard let element = node as? XMLElement else {
                if node.kind == .text, !inResult, instruction == nil { current += node.stringValue ?? "" }
                return
            }
            switch element.localName ?? "" {
            case "pPr", "rPr", "trPr", "tblPr", "tblGrid", "tcPr", "sectPr": return
            case "instrText", "delInstrText":
                if instruction != nil { instruction! += element.stringValue ?? "" }
                return
            case "fldChar":
                switch element.attribute(forName: "w:fldCharType")?.stringValue {
                case "begin": instruction = ""
                case "separate":
                    current += "{" + (instruction ?? "").trimmingCharacters(in: .whitespaces) + "}"
                    instruction = nil
                    inResult = true
                default: inResult = false
                }
                return
            case "tab": current += "\t"
            case "br": current += "\n"
            case "del": if resolution == .accept { return }
            case "ins": if resolution == .reject { return }
            case "tr": if has(element, ["trPr", removedMark]) { return }
            case "p":
                for child in element.children ?? [] { walk(child) }
                // A paragraph whose mark is removed joins the next one.
                if !has(element, ["pPr", "rPr", removedMark]) {
                    out.append(current)
                    current = ""
                }
                return
            default: break
            }
            for child in element.children ?? [] { walk(child) }
        }
        let body = try #require(try document.nodes(forXPath: "//*[local-name()='body']").first)
        walk(body)
        return out
    }

    /// The text of each paragraph of an ODF body with every change accepted or rejected (the deleted content put
    /// back at its `text:change`, the inserted content between `text:change-start` and `text:change-end` taken out);
    /// a cross-reference is shown as its target.
    static func paragraphs(odt data: Data, _ resolution: Resolution) throws -> [String] {
        enum Item: Equatable {
            case text(String)
            case end
            case start(String), stop(String), change(String)
        }
        let document = try XMLDocument(data: data)
        func items(_ node: XMLNode) -> [Item] {
            guard let element = node as? XMLElement else {
                return node.kind == .text ? [.text(node.stringValue ?? "")] : []
            }
            func children() -> [Item] { (element.children ?? []).flatMap(items) }
            let id = element.attribute(forName: "text:change-id")?.stringValue ?? ""
            switch element.localName ?? "" {
            case "tracked-changes", "annotation", "change-info": return []
            case "p", "h": return children() + [.end]
            case "s":
                return [
                    .text(
                        String(
                            repeating: " ", count: Int(element.attribute(forName: "text:c")?.stringValue ?? "1") ?? 1))
                ]
            case "tab": return [.text("\t")]
            case "line-break": return [.text("\n")]
            case "bookmark-ref":
                return [.text("{" + (element.attribute(forName: "text:ref-name")?.stringValue ?? "") + "}")]
            case "change-start": return [.start(id)]
            case "change-end": return [.stop(id)]
            case "change": return [.change(id)]
            default: return children()
            }
        }
        var deletions: [String: [Item]] = [:]
        for region in try document.nodes(forXPath: "//*[local-name()='changed-region']") {
            guard let region = region as? XMLElement, let id = region.attribute(forName: "xml:id")?.stringValue,
                let deletion = region.children?.first(where: { $0.localName == "deletion" }) as? XMLElement
            else { continue }
            // The deleted paragraphs: the first joins the text before the change, the last the text after it.
            var content = (deletion.children ?? []).flatMap(items)
            if content.last == .end { content.removeLast() }
            deletions[id] = content
        }
        let body = try #require(
            try document.nodes(forXPath: "//*[local-name()='text' and local-name(..)='body']").first)
        var stream: [Item] = []
        var skipping: String?
        for item in items(body) {
            if let id = skipping {
                if item == .stop(id) { skipping = nil }
                continue
            }
            switch item {
            case .start(let id): if resolution == .reject { skipping = id }
            case .stop: break
            case .change(let id): if resolution == .reject { stream += deletions[id] ?? [] }
            default: stream.append(item)
            }
        }
        var out: [String] = []
        var current = ""
        for item in stream {
            if case .text(let text) = item {
                current += text
            } else if item == .end {
                out.append(current)
                current = ""
            }
        }
        return out
    }

    /// Draft and final, and the case both ways (the reverse removes the supplier).
    @Test(arguments: [false, true], [false, true])
    func acceptingGivesTheNewVersionAndRejectingTheOld(final: Bool, reverse: Bool) throws {
        let library = try Examples.library.get()
        let answers = try RedlineCase.answers()
        let (old, new) = reverse ? (answers.new, answers.old) : (answers.old, answers.new)
        let options = AssemblyOptions(language: .sv, final: final)
        let pipeline = AgreementPipeline(library: library)
        let redline = try pipeline.comparison(
            from: old, to: new, options: options, formats: [.docx, .odt], base: "redline", author: "opi-agreement")
        let oldFiles = try pipeline.files(
            for: old, options: options, formats: [.docx, .odt], model: false, base: "old")
        let newFiles = try pipeline.files(
            for: new, options: options, formats: [.docx, .odt], model: false, base: "new")
        func part(_ files: [OutputFile], _ name: String, _ part: String) throws -> Data {
            let package = try #require(files.first { $0.name == name }?.data)
            return try #require(try PackageContents(package)[part])
        }
        let docx = try part(redline.files, "redline.docx", "word/document.xml")
        let oldDOCX = try Self.paragraphs(docx: try part(oldFiles.files, "old.docx", "word/document.xml"), .plain)
        let newDOCX = try Self.paragraphs(docx: try part(newFiles.files, "new.docx", "word/document.xml"), .plain)
        #expect(oldDOCX != newDOCX)
        #expect(try Self.paragraphs(docx: docx, .accept) == newDOCX)
        #expect(try Self.paragraphs(docx: docx, .reject) == oldDOCX)
        // ODF has no tracked table rows: a row added or removed leaves its empty cells, so empty paragraphs are left
        // out of the comparison.
        func nonEmpty(_ paragraphs: [String]) -> [String] { paragraphs.filter { !$0.isEmpty } }
        let odt = try part(redline.files, "redline.odt", "content.xml")
        let oldODT = nonEmpty(try Self.paragraphs(odt: try part(oldFiles.files, "old.odt", "content.xml"), .plain))
        let newODT = nonEmpty(try Self.paragraphs(odt: try part(newFiles.files, "new.odt", "content.xml"), .plain))
        #expect(nonEmpty(try Self.paragraphs(odt: odt, .accept)) == newODT)
        #expect(nonEmpty(try Self.paragraphs(odt: odt, .reject)) == oldODT)
    }

    /// A table that gains a column between the versions (the new library's clause has one more): tables with
    /// another number of columns do not pair, so the old table is deleted whole and the new one inserted whole, and
    /// accepting every change gives the new version, rejecting every change the old, in DOCX and ODT. Both ways
    /// (the reverse loses the column).
    @Test(arguments: [false, true])
    func aTableThatGainsOrLosesAColumnIsDeletedAndInsertedWhole(reverse: Bool) throws {
        let dir = try TestEnvironment.temporaryDirectory("redline-table-column")
        defer { try? FileManager.default.removeItem(at: dir) }
        let narrow = dir.appendingPathComponent("narrow")
        let wide = dir.appendingPathComponent("wide")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: narrow)
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: wide)
        let clause = wide.appendingPathComponent("contributions/mini-contributions.clause")
        var text = try String(contentsOf: clause, encoding: .utf8)
        let row = "| {{suppliers.0.name}} | {{suppliers.0.contribution | amount}} \\* |"
        let wideRow =
            "| {{suppliers.0.name}} | {{suppliers.0.organisation_number}} | "
            + "{{suppliers.0.contribution | amount}} \\* |"
        for (header, wideHeader) in [
            ("| Leverantör | Bidrag |", "| Leverantör | Org.nr | Bidrag |"),
            ("| Supplier | Contribution |", "| Supplier | Reg. no. | Contribution |"),
        ] {
            let range = try #require(text.range(of: "\(header)\n|---|---|\n\(row)"), "the fixture's table")
            text.replaceSubrange(range, with: "\(wideHeader)\n|---|---|---|\n\(wideRow)")
        }
        try text.write(to: clause, atomically: true, encoding: .utf8)
        let libraries = try (
            narrow: LibraryLoader.load(directory: narrow.path), wide: LibraryLoader.load(directory: wide.path)
        )
        let (oldLibrary, newLibrary) = reverse ? (libraries.wide, libraries.narrow) : (libraries.narrow, libraries.wide)
        let old = try MiniLibrary.answers(MiniLibrary.complete, library: oldLibrary)
        let new = try MiniLibrary.answers(MiniLibrary.complete, library: newLibrary)
        let options = AssemblyOptions(language: .sv)
        let redline = try AgreementPipeline(library: newLibrary).comparison(
            from: old, to: new, oldLibrary: oldLibrary, options: options, formats: [.docx, .odt], base: "redline",
            author: "opi-agreement")
        #expect(redline.clauses == [RedlineChange(number: "3", title: "Parternas bidrag", kind: .changed)])
        #expect(redline.answers.isEmpty)
        func part(_ files: [OutputFile], _ name: String, _ part: String) throws -> Data {
            let package = try #require(files.first { $0.name == name }?.data)
            return try #require(try PackageContents(package)[part])
        }
        let oldFiles = try AgreementPipeline(library: oldLibrary).files(
            for: old, options: options, formats: [.docx, .odt], model: false, base: "old")
        let newFiles = try AgreementPipeline(library: newLibrary).files(
            for: new, options: options, formats: [.docx, .odt], model: false, base: "new")
        let docx = try part(redline.files, "redline.docx", "word/document.xml")
        let oldDOCX = try Self.paragraphs(docx: try part(oldFiles.files, "old.docx", "word/document.xml"), .plain)
        let newDOCX = try Self.paragraphs(docx: try part(newFiles.files, "new.docx", "word/document.xml"), .plain)
        #expect(oldDOCX.contains("Org.nr") == reverse && newDOCX.contains("Org.nr") == !reverse)
        #expect(try Self.paragraphs(docx: docx, .accept) == newDOCX)
        #expect(try Self.paragraphs(docx: docx, .reject) == oldDOCX)
        // Every row of both tables is marked: the two header rows and the two rows of Alfa AB.
        let xml = String(decoding: docx, as: UTF8.self)
        func rows(_ mark: String) -> Int {
            xml.matches(of: try! Regex("<w:trPr>(<w:cantSplit/>)?(<w:tblHeader/>)?<w:\(mark) w:id=")).count
        }
        #expect(rows("del") == 2 && rows("ins") == 2, "\(xml)")
        func nonEmpty(_ paragraphs: [String]) -> [String] { paragraphs.filter { !$0.isEmpty } }
        let odt = try part(redline.files, "redline.odt", "content.xml")
        let oldODT = nonEmpty(try Self.paragraphs(odt: try part(oldFiles.files, "old.odt", "content.xml"), .plain))
        let newODT = nonEmpty(try Self.paragraphs(odt: try part(newFiles.files, "new.odt", "content.xml"), .plain))
        #expect(nonEmpty(try Self.paragraphs(odt: odt, .accept)) == newODT)
        #expect(nonEmpty(try Self.paragraphs(odt: odt, .reject)) == oldODT)
    }

    @Test func theDOCXMarksChangesWithAuthorDateAndUniqueIDs() throws {
        let library = try Examples.library.get()
        let (old, new) = try RedlineCase.answers()
        let redline = try AgreementPipeline(library: library).comparison(
            from: old, to: new, options: AssemblyOptions(language: .sv), formats: [.docx, .odt], base: "redline",
            author: "Advokatfirman")
        let docx = try PackageContents(try #require(redline.files.first?.data))
        let xml = String(decoding: try #require(docx["word/document.xml"]), as: UTF8.self)
        #expect(xml.contains("<w:del w:id=") && xml.contains("<w:ins w:id=") && xml.contains("<w:delText"))
        #expect(xml.contains("w:author=\"Advokatfirman\" w:date=\"2026-09-15T00:00:00Z\""))
        #expect(xml.contains("<w:rPr><w:del w:id="))
        #expect(xml.contains("<w:tblHeader/>") || xml.contains("<w:trPr>"))
        #expect(xml.contains("<w:trPr><w:cantSplit/><w:ins w:id=") || xml.contains("<w:trPr><w:ins w:id="))
        let odt = try PackageContents(try #require(redline.files.last?.data))
        let content = String(decoding: try #require(odt["content.xml"]), as: UTF8.self)
        #expect(content.contains("<text:tracked-changes><text:changed-region"))
        #expect(content.contains("<dc:creator>Advokatfirman</dc:creator><dc:date>2026-09-15T00:00:00Z</dc:date>"))
        #expect(
            content.contains("<text:change-start text:change-id=") && content.contains("<text:change text:change-id="))
    }
}
