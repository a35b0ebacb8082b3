import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A firm's reference document (`--reference-doc`): what the readers take from it, the styles, page and header the
/// documents get, the errors for bad references, and the same bytes every time.
@Suite("Reference documents")
struct ReferenceDocumentTests {
    static func references() throws -> ReferenceDocuments {
        var references = ReferenceDocuments()
        references.docx = try ReferenceDocuments.read(docx: try FirmReference.docx(), file: "firm.docx")
        references.odf = try ReferenceDocuments.read(odt: try FirmReference.odt(), file: "firm.odt")
        return references
    }

    static func render(_ format: OutputFormat, references: ReferenceDocuments) throws -> Data {
        try DocumentRenderer(options: Samples.options, references: references).render(
            try Samples.agreement(), as: format)
    }

    /// The `w:style` or `style:style` element of `name` in a styles part, as text.
    static func styleElement(_ xml: String, _ marker: String, closing: String) throws -> String {
        let start = try #require(xml.range(of: marker))
        let end = try #require(xml.range(of: closing, range: start.upperBound..<xml.endIndex))
        return String(xml[start.lowerBound..<end.upperBound])
    }

    // MARK: Reading

    @Test func theDOCXReaderTakesStylesPageAndHeader() throws {
        let look = try ReferenceDocuments.read(docx: try FirmReference.docx(), file: "firm.docx")
        #expect(look.page.marginLeft.twips == 1701)
        #expect(look.page.marginTop.twips == 1701)
        #expect(look.page.pageWidth.twips == Length.cm(21).twips)
        #expect(look.font == FirmReference.font)
        #expect(look.paragraphStyles[.clauseHeading(1)] != nil)
        #expect(look.characterStyles[.blank] != nil)
        #expect(look.header.count == 1)
        #expect(look.header.first?.text.contains(FirmReference.firmName) == true)
        #expect(look.footer.isEmpty, "the default reference's empty footer paragraph is not content")
        #expect(look.media.map(\.name) == ["word/media/firm-header1.png"])
        #expect(look.media.first.map { Data($0.data) } == FirmReference.png)
        #expect(look.headerRelationships.map(\.target) == ["media/firm-header1.png"])
    }

    @Test func theODTReaderTakesStylesPageAndHeader() throws {
        let look = try ReferenceDocuments.read(odt: try FirmReference.odt(), file: "firm.odt")
        #expect(look.page.marginLeft == .cm(3))
        #expect(look.page.marginRight == .cm(3))
        #expect(look.page.marginTop == .cm(2.5), "header distance + header height + spacing")
        #expect(look.font == FirmReference.font)
        #expect(look.paragraphStyles[.clauseHeading(1)] != nil)
        #expect(look.fontFaces.contains { $0.attribute(ODFNamespaces.uri("style"), "name") == FirmReference.font })
        #expect(look.header.count == 1)
        #expect(look.media.map(\.name) == ["Pictures/firm-header1.png"])
    }

    // MARK: The documents

    @Test func theDOCXStylesAreTheFirmsWithTheToolsNumbering() throws {
        let package = try PackageContents(try Self.render(.docx, references: try Self.references()))
        let styles = try #require(package.text("word/styles.xml"))
        #expect(styles.contains("<w:rFonts w:ascii=\"\(FirmReference.font)\""))
        #expect(styles.contains("<w:lang w:val=\"sv-SE\"/>"))
        let heading = try Self.styleElement(styles, "w:styleId=\"ClauseHeading1\"", closing: "</w:style>")
        #expect(heading.contains("<w:color w:val=\"\(FirmReference.headingColour)\"/>"))
        #expect(heading.contains("<w:sz w:val=\"28\"/>"))
        #expect(heading.contains("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"))
        #expect(heading.contains("<w:outlineLvl w:val=\"0\"/>"))
        let document = try #require(package.text("word/document.xml"))
        #expect(document.contains("w:left=\"1701\""))
        let header = try #require(package.text("word/header1.xml"))
        let logo = try #require(header.range(of: FirmReference.firmName))
        let title = try #require(header.range(of: try Samples.agreement().metadata.title))
        #expect(logo.lowerBound < title.lowerBound, "the firm's header content comes before the tool's line")
        #expect(header.contains("r:embed=\"rId1\""))
        #expect(package.text("word/_rels/header1.xml.rels")?.contains("Target=\"media/firm-header1.png\"") == true)
        #expect(package["word/media/firm-header1.png"] == FirmReference.png)
        #expect(package.text("[Content_Types].xml")?.contains("/word/media/firm-header1.png") == true)
        #expect(
            package.text("word/numbering.xml")
                == (try PackageContents(try Samples.render(.docx))).text("word/numbering.xml"))
    }

    @Test func theODFStylesAreTheFirmsWithTheToolsNumbering() throws {
        let package = try PackageContents(try Self.render(.odt, references: try Self.references()))
        let styles = try #require(package.text("styles.xml"))
        #expect(styles.contains("style:font-name=\"\(FirmReference.font)\""))
        #expect(styles.contains("<style:font-face style:name=\"\(FirmReference.font)\""))
        let heading = try Self.styleElement(
            styles, "<style:style style:name=\"Clause_20_Heading_20_1\"", closing: "</style:style>")
        #expect(heading.contains("fo:color=\"#1f4e79\""))
        #expect(heading.contains("style:list-style-name=\"Clause_20_Numbering\""))
        #expect(heading.contains("style:default-outline-level=\"1\""))
        #expect(styles.contains("fo:margin-left=\"3cm\""))
        #expect(styles.contains("xlink:href=\"Pictures/firm-header1.png\""))
        #expect(package["Pictures/firm-header1.png"] == FirmReference.png)
        #expect(
            package.text("META-INF/manifest.xml")?.contains("manifest:full-path=\"Pictures/firm-header1.png\"") == true)
        let flat = String(decoding: try Self.render(.fodt, references: try Self.references()), as: UTF8.self)
        #expect(flat.contains("<office:binary-data>" + FirmReference.png.base64EncodedString()))
    }

    @Test func aDOCXReferenceLeavesTheODFDocumentsAlone() throws {
        var references = try Self.references()
        references.odf = nil
        #expect(try Self.render(.odt, references: references) == (try Samples.render(.odt)))
        #expect(references.notes(for: [.docx, .odt]).map(\.key) == [.referenceDefaultLook])
        #expect(references.notes(for: [.docx]).isEmpty)
        #expect(ReferenceDocuments().notes(for: [.docx, .odt]).isEmpty)
    }

    @Test func theSameReferenceGivesTheSameBytes() throws {
        for format in OutputFormat.allCases {
            #expect(
                try Self.render(format, references: try Self.references())
                    == (try Self.render(format, references: try Self.references())), "\(format)")
        }
    }

    @Test(.enabled(if: TestEnvironment.runSchemaTests, "schemas missing"))
    func documentsWithAReferenceAreValid() throws {
        let dir = try TestEnvironment.temporaryDirectory("reference-valid")
        defer { try? FileManager.default.removeItem(at: dir) }
        var paths: [String] = []
        for format in [OutputFormat.docx, .odt, .fodt] {
            let url = dir.appendingPathComponent("firm.\(format.fileExtension)")
            try Self.render(format, references: try Self.references()).write(to: url)
            paths.append(url.path)
        }
        let validator = TestEnvironment.schemasDirectory.appendingPathComponent("validate-package").path
        let result = try ProcessRunner.run("python3", [validator] + paths)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func theDefaultReferenceNamesEveryStyleItUses() throws {
        let package = try PackageContents(try DocumentRenderer.defaultReference(.docx, language: .en))
        let document = try #require(package.text("word/document.xml"))
        for style in ["Clause Heading 1", "Clause Text 9", "Clause Body 4", "Party", "Definition", "Blank", "Title"] {
            #expect(document.contains(">\(style)<"), "\(style)")
        }
        #expect(
            try DocumentRenderer.defaultReference(.odt, language: .da)
                == (try DocumentRenderer.defaultReference(.odt, language: .da)))
    }

    /// Word's own templates name theme fonts (`w:asciiTheme="minorHAnsi"`); the documents have no theme, so the
    /// reader writes the theme's font names instead.
    @Test func themeFontsBecomeTheThemesFontNames() throws {
        let package = try PackageContents(try FirmReference.docx())
        let theme =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "name=\"Firm\"><a:themeElements><a:fontScheme name=\"Firm\"><a:majorFont><a:latin typeface=\"DejaVu Sans\"/>"
            + "<a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:majorFont><a:minorFont><a:latin typeface=\"DejaVu Serif\"/>"
            + "<a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"
        var entries: [(String, Data)] = []
        for entry in package.entries {
            var text = String(decoding: entry.data, as: UTF8.self)
            if entry.name == "word/styles.xml" {
                text = text.replacingOccurrences(
                    of: "<w:rFonts w:ascii=\"\(FirmReference.font)\" w:hAnsi=\"\(FirmReference.font)\"",
                    with: "<w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\"")
            }
            if entry.name == "word/_rels/document.xml.rels" {
                text = text.replacingOccurrences(
                    of: "</Relationships>",
                    with: "<Relationship Id=\"rIdTheme\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/theme\" Target=\"theme/theme1.xml\"/></Relationships>")
            }
            entries.append((entry.name, Data(text.utf8)))
        }
        entries.append(("word/theme/theme1.xml", Data(theme.utf8)))
        var references = ReferenceDocuments()
        references.docx = try ReferenceDocuments.read(docx: try FirmReference.zip(entries), file: "word.docx")
        let styles = try #require(
            try PackageContents(try Self.render(.docx, references: references)).text("word/styles.xml"))
        #expect(!styles.contains("Theme=\""))
        #expect(styles.contains("w:ascii=\"DejaVu Serif\" w:hAnsi=\"DejaVu Serif\""), "\(styles.prefix(600))")
    }

    // MARK: Bad references

    static func problem(_ body: () throws -> Void) -> ReferenceError.Problem? {
        do {
            try body()
            return nil
        } catch let error as ReferenceError {
            return error.problem
        } catch {
            return nil
        }
    }

    /// The firm's DOCX with one part replaced (nil: left out).
    static func docx(replacing name: String, with text: String?) throws -> Data {
        let package = try PackageContents(try FirmReference.docx())
        return try FirmReference.zip(
            package.entries.compactMap { entry in
                entry.name == name ? text.map { (name, Data($0.utf8)) } : (entry.name, entry.data)
            })
    }

    static func odt(replacing name: String, with text: String?) throws -> Data {
        let package = try PackageContents(try FirmReference.odt())
        return try FirmReference.zip(
            package.entries.compactMap { entry in
                entry.name == name ? text.map { (name, Data($0.utf8)) } : (entry.name, entry.data)
            })
    }

    @Test func aFileThatIsNotAPackageIsRefused() {
        let problem = Self.problem { _ = try ReferenceDocuments.read(docx: Data("not a zip".utf8), file: "x.docx") }
        guard case .notPackage = problem else {
            Issue.record("\(String(describing: problem))")
            return
        }
    }

    @Test func missingPartsAreRefused() throws {
        let docx = try Self.docx(replacing: "word/styles.xml", with: nil)
        #expect(
            Self.problem { _ = try ReferenceDocuments.read(docx: docx, file: "x.docx") }
                == .missingPart("word/styles.xml"))
        let odt = try Self.odt(replacing: "styles.xml", with: nil)
        #expect(Self.problem { _ = try ReferenceDocuments.read(odt: odt, file: "x.odt") } == .missingPart("styles.xml"))
    }

    @Test func malformedXMLIsRefusedWithItsPart() throws {
        let docx = try Self.docx(replacing: "word/styles.xml", with: "<w:styles><w:style>")
        let problem = Self.problem { _ = try ReferenceDocuments.read(docx: docx, file: "x.docx") }
        guard case .malformed(let part, let reason) = problem else {
            Issue.record("\(String(describing: problem))")
            return
        }
        #expect(part == "word/styles.xml")
        #expect(!reason.isEmpty)
    }

    @Test func aStyleOfTheWrongTypeIsRefused() throws {
        let styles = try #require(try PackageContents(try FirmReference.docx()).text("word/styles.xml"))
        let wrong = styles.replacingOccurrences(
            of: "<w:style w:type=\"paragraph\" w:styleId=\"ClauseHeading1\">",
            with: "<w:style w:type=\"character\" w:styleId=\"ClauseHeading1\">")
        let docx = try Self.docx(replacing: "word/styles.xml", with: wrong)
        #expect(
            Self.problem { _ = try ReferenceDocuments.read(docx: docx, file: "x.docx") }
                == .notParagraphStyle("Clause Heading 1"))
        let odtStyles = try #require(try PackageContents(try FirmReference.odt()).text("styles.xml"))
        let wrongODT = odtStyles.replacingOccurrences(
            of: "style:display-name=\"Defined Term\" style:family=\"text\"",
            with: "style:display-name=\"Defined Term\" style:family=\"paragraph\"")
        let odt = try Self.odt(replacing: "styles.xml", with: wrongODT)
        #expect(
            Self.problem { _ = try ReferenceDocuments.read(odt: odt, file: "x.odt") }
                == .notCharacterStyle("Defined Term"))
    }

    @Test func loadingChecksKindAndCount() throws {
        let dir = try TestEnvironment.temporaryDirectory("reference-load")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = dir.appendingPathComponent("a.docx")
        let second = dir.appendingPathComponent("b.docx")
        try FirmReference.docx().write(to: first)
        try FirmReference.docx().write(to: second)
        #expect(
            Self.problem { _ = try ReferenceDocuments.load([dir.appendingPathComponent("a.pdf").path]) } == .unknownKind
        )
        #expect(
            Self.problem { _ = try ReferenceDocuments.load([first.path, second.path]) } == .twice(other: first.path))
        let loaded = try ReferenceDocuments.load([first.path])
        #expect(loaded.docx != nil && loaded.odf == nil)
        let error = ReferenceError(file: "firm.docx", kind: "DOCX", problem: .notParagraphStyle("Clause Heading 1"))
        #expect(error.diagnostic.diagnostics.first?.file == "firm.docx")
    }

    @Test func aStrangePageStillLeavesRoomForText() throws {
        let document = try #require(try PackageContents(try FirmReference.docx()).text("word/document.xml"))
        let strange = document.replacingOccurrences(
            of: #"w:top="1701" w:right="1701" w:bottom="1701" w:left="1701""#,
            with: #"w:top="99999999999999999999" w:right="9000" w:bottom="-1701" w:left="9000""#)
        let look = try ReferenceDocuments.read(
            docx: try Self.docx(replacing: "word/document.xml", with: strange), file: "x.docx")
        #expect(look.page.marginTop == PageGeometry().marginTop, "an unreadable number is left out")
        #expect(look.page.marginBottom.twips == 1701, "a negative margin (a fixed top in Word) counts as its size")
        #expect(look.page.textWidth > .cm(5), "\(look.page.textWidth)")
    }

    @Test func theXMLReaderReadsNamespacesAndReportsErrors() throws {
        let root = try XMLTree.parse(Data("<a:x xmlns:a=\"urn:a\" b=\"1\"><a:y>t&amp;u</a:y></a:x>".utf8))
        #expect(root.is("urn:a", "x"))
        #expect(root.attribute("", "b") == "1")
        #expect(root.child("urn:a", "y")?.text == "t&u")
        #expect(throws: XMLTreeError.self) { try XMLTree.parse(Data("<a><b></a>".utf8)) }
        #expect(throws: XMLTreeError.self) { try XMLTree.parse(Data()) }
    }
}
