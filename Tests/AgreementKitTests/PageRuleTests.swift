import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The page rules of an agreement, in the laid-out tree and in the XML of both formats: headings kept with the
/// next paragraph, table rows never split and header rows repeated, a first page without the running title, no
/// file name in the document properties, column widths from the content, and in the ODT only clause headings as
/// headings.
@Suite("Page rules")
struct PageRuleTests {
    static func render(_ agreement: Agreement, _ format: OutputFormat) throws -> PackageContents {
        try PackageContents(try DocumentRenderer(options: Samples.options).render(agreement, as: format))
    }

    static func healthCare(final: Bool = false) throws -> Agreement {
        try Examples.agreement("health-care", .sv, final: final)
    }

    /// Every heading style keeps with the next paragraph, and both formats write it.
    @Test func headingsKeepWithNext() throws {
        let sheet = StyleSheet.standard(languageTag: "sv-SE", annexWord: "Bilaga")
        let headings: [ParagraphStyleID] =
            (1...StyleSheet.listLevels).map { .clauseHeading($0) } + [.annexHeading, .title, .subtitle, .tableHeading]
        for id in headings {
            #expect(sheet.paragraphStyle(id)?.keepWithNext == true, "\(id.displayName)")
        }
        let agreement = try Self.healthCare()
        let styles = try #require(try Self.render(agreement, .docx).text("word/styles.xml"))
        let odfStyles = try #require(try Self.render(agreement, .odt).text("styles.xml"))
        for id in headings {
            let docx = try #require(Self.element(in: styles, containing: "w:styleId=\"\(DOCXStyleID.id(id))\""))
            #expect(docx.contains("<w:keepNext/>"), "DOCX \(id.displayName)")
            let name = ODFStyleName(id).name
            let odf = try #require(Self.element(in: odfStyles, containing: "style:name=\"\(name)\""))
            #expect(odf.contains("fo:keep-with-next=\"always\""), "ODT \(id.displayName)")
        }
    }

    /// The `<w:style …>…</w:style>` or `<style:style …>…</style:style>` element whose start tag contains `marker`.
    static func element(in xml: String, containing marker: String) -> String? {
        guard let hit = xml.range(of: marker) else { return nil }
        let isWord = xml[..<hit.lowerBound].range(of: "<w:style ", options: .backwards) != nil
        let open = isWord ? "<w:style " : "<style:style "
        let close = isWord ? "</w:style>" : "</style:style>"
        guard let start = xml[..<hit.lowerBound].range(of: open, options: .backwards),
            let end = xml.range(of: close, range: hit.upperBound..<xml.endIndex)
        else { return nil }
        return String(xml[start.lowerBound..<end.upperBound])
    }

    /// Rows of agreement tables never split; the header row repeats on each page in both formats.
    @Test func tableRowsDoNotSplitAndHeadersRepeat() throws {
        let agreement = try Self.healthCare()
        let document = LayoutBuilder.layOut(agreement)
        #expect(document.styles.tableStyle(.agreement).keepRowsTogether)
        #expect(document.styles.tableStyle(.signatures).keepRowsTogether)
        let xml = try #require(try Self.render(agreement, .docx).text("word/document.xml"))
        let rows = xml.components(separatedBy: "<w:tr>").count - 1
        #expect(rows > 0)
        #expect(xml.components(separatedBy: "<w:trPr><w:cantSplit/>").count - 1 == rows)
        let headerRows = document.body.filter { if case .table(let t) = $0 { t.header != nil } else { false } }.count
        #expect(headerRows > 0)
        #expect(xml.components(separatedBy: "<w:tblHeader/>").count - 1 == headerRows)
        let content = try #require(try Self.render(agreement, .odt).text("content.xml"))
        #expect(content.components(separatedBy: "<table:table-header-rows>").count - 1 == headerRows)
        #expect(
            content.components(separatedBy: "<table:table-row table:style-name=\"UnsplitRow\"").count - 1 == rows)
        #expect(content.contains("style:name=\"UnsplitRow\" style:family=\"table-row\""))
        #expect(content.contains("<style:table-row-properties fo:keep-together=\"always\"/>"))
    }

    /// Page 1 has a header of its own: no running title; the draft mark in a draft, nothing in a final agreement.
    @Test(arguments: [false, true])
    func firstPageHasItsOwnHeader(final: Bool) throws {
        var agreement = try Self.healthCare()
        if final { agreement.metadata.status = .final }
        let document = LayoutBuilder.layOut(agreement)
        let title = agreement.metadata.title
        let firstText = ColumnWidths.text(document.firstPageHeader.content)
        #expect(!firstText.contains(title))
        #expect(firstText.contains("UTKAST") == !final)
        #expect(ColumnWidths.text(document.header.content).contains(title))

        let docx = try Self.render(agreement, .docx)
        let body = try #require(docx.text("word/document.xml"))
        #expect(body.contains("<w:titlePg/>"))
        #expect(body.contains("<w:headerReference w:type=\"first\""))
        #expect(body.contains("<w:footerReference w:type=\"first\""))
        let firstHeader = try #require(docx.text("word/header2.xml"))
        #expect(!firstHeader.contains(title))
        #expect(firstHeader.contains("UTKAST") == !final)
        #expect(try #require(docx.text("word/footer2.xml")).contains("PAGE"))
        #expect(try #require(docx.text("word/header1.xml")).contains(title))

        let odt = try Self.render(agreement, .odt)
        let styles = try #require(odt.text("styles.xml"))
        let master = try #require(
            styles.range(of: "<style:master-page style:name=\"First_20_Page\"").map { String(styles[$0.lowerBound...]) }
        )
        let firstPage = String(master[..<(master.range(of: "</style:master-page>")?.upperBound ?? master.endIndex)])
        #expect(firstPage.contains("style:next-style-name=\"Standard\""))
        #expect(!firstPage.contains(title))
        #expect(firstPage.contains("UTKAST") == !final)
        #expect(firstPage.contains("text:page-count"))
        let content = try #require(odt.text("content.xml"))
        #expect(content.contains("style:name=\"FirstPage\""))
        #expect(content.contains("style:master-page-name=\"First_20_Page\""))
        let firstParagraph = try #require(content.range(of: "<office:text>").map { content[$0.upperBound...] })
        #expect(firstParagraph.hasPrefix("<text:p text:style-name=\"FirstPage\""))
    }

    /// The document properties name no file: the answers came from `examples/health-care.yaml`.
    @Test func documentPropertiesNameNoFile() throws {
        let agreement = try Self.healthCare()
        #expect(!agreement.metadata.provenance.contains { $0.value.contains("health-care") })
        let custom = try #require(try Self.render(agreement, .docx).text("docProps/custom.xml"))
        let core = try #require(try Self.render(agreement, .docx).text("docProps/core.xml"))
        let meta = try #require(try Self.render(agreement, .odt).text("meta.xml"))
        for text in [custom, core, meta] {
            #expect(!text.contains("health-care"))
            #expect(!text.contains(".yaml"))
        }
        #expect(custom.contains("opi.answers-sha256"))
    }

    /// A narrow column is at least as wide as its longest word; the widths add up to the width available.
    @Test func narrowColumnFitsItsLongestWord() {
        let widths = ColumnWidths(fontSize: .pt(11), cellPadding: .pt(10.8))
        let word = "Kvalitetssäkringsansvarig"
        let cells: [[(text: String, bold: Bool)]] = [
            [("Roll", true), (word, false)],
            [("Beskrivning", true), (String(repeating: "Lång text om vad rollen gör i projektet. ", count: 8), false)],
        ]
        let total = Length.cm(14.5)
        for hints in [nil, [1, 9]] as [[Int]?] {
            let columns = widths.columns(total: total, cells: cells, hints: hints)
            #expect(columns.count == 2)
            #expect(columns.reduce(.zero, +) == total)
            let needed = widths.width(of: word, bold: false) + .pt(10.8)
            #expect(columns[0] >= needed, "hints \(String(describing: hints))")
            #expect(columns[1] > columns[0])
        }
        // Unequal hints are kept where the words fit.
        let roomy = widths.columns(total: total, cells: [[("a", false)], [("b", false)]], hints: [1, 3])
        #expect(roomy == Length.split(total, weights: [1, 3]))
        // Short columns that all fit on one line get their one-line widths in proportion.
        let short = widths.columns(
            total: total, cells: [[("Fas", false)], [("Klar senast i juni", false)]], hints: nil)
        #expect(short[1] > short[0])
        // No columns have no widths; a column without cells (a table of no rows) is as narrow as it can be.
        #expect(widths.columns(total: total, cells: [], hints: nil) == [])
        let empty = widths.columns(total: total, cells: [[], [("Klar senast i juni", false)]], hints: nil)
        #expect(empty.reduce(.zero, +) == total)
        #expect(empty[0] < empty[1])
        #expect(ColumnWidths.words("hälso- och sjukvård") == ["hälso-", "och", "sjukvård"])
    }

    /// Every table of every example has columns at least as wide as its longest word.
    @Test(arguments: Examples.names)
    func exampleTablesFitTheirWords(example: String) throws {
        let document = LayoutBuilder.layOut(try Examples.agreement(example, .sv))
        let padding = document.styles.tableStyle(.agreement).cellPadding
        let widths = ColumnWidths(fontSize: .pt(11), cellPadding: padding.start + padding.end)
        for case .table(let table) in document.body where table.kind == .agreement {
            for row in (table.header.map { [$0] } ?? []) + table.rows {
                for (column, cell) in row.cells.enumerated() {
                    let text = cell.map { ColumnWidths.text($0.content) }.joined(separator: " ")
                    let bold = cell.first?.style == .tableHeading
                    let least = widths.measure(text, bold: bold).minimum + padding.start + padding.end
                    #expect(table.columns[column] >= least, "\(table.origin) column \(column + 1): '\(text)'")
                }
            }
        }
    }

    /// In the ODT only clause headings are `text:h`; numbered clause paragraphs without a heading are list items of
    /// the one clause list. In the DOCX only heading styles have an outline level.
    @Test func onlyClauseHeadingsAreHeadings() throws {
        let agreement = try Self.healthCare()
        let document = LayoutBuilder.layOut(agreement)
        var headings = 0
        var clauseTexts = 0
        var annexTexts = 0
        for case .paragraph(let p) in document.body {
            if case .clauseHeading = p.role { headings += 1 }
            if case .clauseText = p.role { clauseTexts += 1 }
            if p.numbering?.restarts == true { annexTexts += 1 }
        }
        #expect(clauseTexts > 0)
        let content = try #require(try Self.render(agreement, .odt).text("content.xml"))
        #expect(content.components(separatedBy: "<text:h ").count - 1 == headings)
        #expect(!content.contains("<text:h text:style-name=\"Clause_20_Text"))
        #expect(
            content.components(separatedBy: "<text:p text:style-name=\"Clause_20_Text_20_").count - 1 == clauseTexts)
        // One clause list for the agreement and one for each annex text, each started once and continued by its
        // later clause paragraphs.
        let started = content.components(separatedBy: "<text:list xml:id=\"clauses").count - 1
        #expect(started == 1 + annexTexts)
        #expect(
            content.components(separatedBy: "text:continue-list=\"clauses").count - 1
                == headings + clauseTexts - started)
        let styles = try #require(try Self.render(agreement, .docx).text("word/styles.xml"))
        for level in 1...StyleSheet.listLevels {
            let text = try #require(Self.element(in: styles, containing: "w:styleId=\"ClauseText\(level)\""))
            #expect(!text.contains("w:outlineLvl"))
            let heading = try #require(Self.element(in: styles, containing: "w:styleId=\"ClauseHeading\(level)\""))
            #expect(heading.contains("<w:outlineLvl w:val=\"\(level - 1)\"/>"))
        }
    }
}
