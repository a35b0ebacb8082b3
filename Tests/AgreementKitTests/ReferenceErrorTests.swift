import Foundation
import Testing

@testable import AgreementKit

/// Why a firm's reference document cannot be used, in the user's words, at the file; and how the reader names the
/// parts it copies (resolved paths, image types by extension).
@Suite("Reference documents: problems in words, part names")
struct ReferenceErrorTests {
    @Test(arguments: [
        (ReferenceError.Problem.unknownKind, "'firm.docx' is not a reference document: give a .docx or an .odt file"),
        (
            .twice(other: "old.docx"),
            "two DOCX reference documents were given (old.docx and firm.docx); give at most one .docx and one .odt"
        ),
        (
            .notPackage(reason: "no central directory"),
            "not a DOCX document: the file is not a ZIP package (no central directory)"
        ),
        (.missingPart("word/styles.xml"), "not a DOCX document: the package has no word/styles.xml"),
        (
            .malformed(part: "word/styles.xml", reason: "line 1: unclosed tag"),
            "word/styles.xml is not well-formed XML: line 1: unclosed tag"
        ),
        (
            .notParagraphStyle("Clause Heading 1"),
            "the style 'Clause Heading 1' is not a paragraph style, but the agreement uses it for paragraphs; "
                + "make it a paragraph style or delete it"
        ),
        (
            .notCharacterStyle("Defined Term"),
            "the style 'Defined Term' is not a character style, but the agreement uses it for words in a paragraph; "
                + "make it a character style or delete it"
        ),
        (
            .unsupportedLink(part: "word/header1.xml", target: "embeddings/oleObject1.bin"),
            "word/header1.xml refers to 'embeddings/oleObject1.bin', which cannot be copied into the agreement: "
                + "a header or footer may hold text, fields, images and links"
        ),
    ])
    func eachProblemIsOneErrorAtTheFile(problem: ReferenceError.Problem, text: String) {
        let diagnostics = ReferenceError(file: "firm.docx", kind: "DOCX", problem: problem).diagnostic.diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.description == "firm.docx: error: \(text)")
    }

    @Test(arguments: [
        ("media/logo.png", "image/png"), ("media/LOGO.JPG", "image/jpeg"), ("a.jpeg", "image/jpeg"),
        ("a.svg", "image/svg+xml"), ("a.emf", "image/x-emf"), ("a.tiff", "image/tiff"),
        ("a.webp", "application/octet-stream"), ("media/noextension", "application/octet-stream"),
    ])
    func anImagesTypeComesFromItsExtension(name: String, type: String) {
        #expect(ReferencePackage.imageMediaType(name) == type)
    }

    @Test(arguments: [
        ("media/a.PNG", "png"), ("a.b.gif", "gif"), ("media.d/image", "bin"), ("a.", "bin"), ("a.p-g", "bin"),
        ("noextension", "bin"),
    ])
    func anExtensionIsLowerCaseLettersAndDigits(name: String, ext: String) {
        #expect(ReferencePackage.fileExtension(name) == ext)
    }

    @Test(arguments: [
        ("media/a.png", "word", "word/media/a.png"), ("../media/a.png", "word", "media/a.png"),
        ("./a.png", "word/media", "word/media/a.png"), ("/word/x.xml", "word", "word/x.xml"),
        ("../../../a.png", "word", "a.png"),
    ])
    func aTargetIsResolvedAgainstItsPartsFolder(path: String, base: String, resolved: String) {
        #expect(ReferencePackage.resolve(path, against: base) == resolved)
    }
}
