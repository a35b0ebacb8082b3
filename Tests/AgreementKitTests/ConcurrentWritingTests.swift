import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// One agreement is made on every core at once where its pieces do not depend on each other: the library's files,
/// the built-in words files, the two languages of a parallel document and the forms. Each gives exactly what one
/// piece after the other gives: the same bytes in the same order, the same diagnostics in the same order, and, when
/// several forms fail, the error of the first in the order asked for.
@Suite("Concurrency: one agreement on every core, the same result")
struct ConcurrentWritingTests {
    static let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
    static let allForms: [OutputFormat] = [.fodt, .docx, .odt, .flatDocx]

    /// The pipeline, one language and two, every form and the models: concurrent and one at a time give the same
    /// files, in the same order.
    @Test(arguments: ["sv", "sv+en"])
    func thePipelineGivesTheSameFilesEitherWay(languages: String) throws {
        let (library, answers) = try AgreementPipelineTests.healthCare()
        let options = AssemblyOptions(languages: try AgreementLanguages(parsing: languages))
        var pipeline = AgreementPipeline(library: library, environment: Self.environment)
        #expect(pipeline.concurrent)
        let together = try pipeline.files(
            for: answers, options: options, formats: Self.allForms, model: true, base: "hc")
        pipeline.concurrent = false
        let inTurn = try pipeline.files(for: answers, options: options, formats: Self.allForms, model: true, base: "hc")
        #expect(together.files.map(\.name) == inTurn.files.map(\.name))
        #expect(together.files.map(\.data) == inTurn.files.map(\.data))
        #expect(together.files.map(\.name).filter { $0.hasSuffix(".json") }.count == (languages == "sv" ? 1 : 2))
        #expect(together.summary == inTurn.summary)
    }

    /// The renderer keeps the order of the forms asked for, whatever order they finish in, and writes Word's two
    /// forms from the same parts (the Flat OPC holds exactly the package's parts).
    @Test func theRendererKeepsTheOrderAskedFor() throws {
        let agreement = try Samples.agreement()
        var renderer = DocumentRenderer(options: Samples.options)
        let forms: [OutputFormat] = [.flatDocx, .odt, .fodt, .docx, .odt]
        let together = try renderer.render(agreement, as: forms)
        renderer.concurrent = false
        let inTurn = try renderer.render(agreement, as: forms)
        #expect(together.map(\.format) == forms)
        #expect(together.map(\.data) == inTurn.map(\.data))
        for format in Set(forms) {
            #expect(together.first { $0.format == format }?.data == (try renderer.render(agreement, as: format)))
        }
        let package = try PackageContents(together[3].data)
        let flat = Samples.flatOPCParts(together[0].data)
        #expect(flat.map(\.name).sorted() == package.names.filter { $0 != "[Content_Types].xml" }.sorted())
    }

    /// When the forms cannot be written (a character XML forbids, past the model's checks), the error is the first
    /// failing form's in the order asked for, concurrent or not. A DOCX reference gives Word's forms a look of
    /// their own, so each look's layout gets another forbidden character (U+0001 for Word, U+0002 for ODF) and the
    /// two errors can be told apart.
    @Test(arguments: [
        ([OutputFormat.odt, .docx], "U+0002"), ([.docx, .odt], "U+0001"), ([.fodt, .flatDocx, .odt], "U+0002"),
        ([.flatDocx, .fodt], "U+0001"),
    ])
    func theFirstFailingFormsErrorIsThrown(forms: [OutputFormat], character: String) throws {
        var references = ReferenceDocuments()
        references.docx = try DOCXReferenceReaderEdgeTests.read([
            "word/document.xml": DOCXReferenceReaderEdgeTests.document(""),
            "word/styles.xml": DOCXReferenceReaderEdgeTests.styles(""),
        ])
        func failure(concurrent: Bool) -> String {
            var renderer = DocumentRenderer(options: Samples.options, references: references)
            renderer.concurrent = concurrent
            do {
                _ = try renderer.write(metadata: Samples.small().metadata, as: forms) { look in
                    LayoutBuilder.layOut(Samples.small(text: look == nil ? "a\u{2}b" : "a\u{1}b"), firm: look)
                }
                return "written"
            } catch {
                return "\(error)"
            }
        }
        let alone = failure(concurrent: false)
        #expect(
            alone == "clause 'a' block 1: text holds the character \(character), which XML documents cannot contain")
        #expect(failure(concurrent: true) == alone)
    }

    /// A redline's layouts are made on the calling thread, so the changes it records are kept.
    @Test func aRedlineStillRecordsItsChanges() throws {
        let old = Samples.small(text: "Gammal text")
        let new = Samples.small(text: "Ny text")
        let renderer = DocumentRenderer(options: Samples.options)
        let (files, changes) = try renderer.renderRedline(from: old, to: new, author: "A", as: [.docx, .odt])
        #expect(files.map(\.format) == [.docx, .odt])
        #expect(!changes.isEmpty)
    }

    /// A library read file by file on every core reports each file's problems in path order, and a file that is
    /// there but broken is not also reported missing.
    @Test func aLibrarysProblemsKeepThePathOrder() throws {
        let folder = try LibraryLoaderEdgeTests.copy { root in
            for path in [
                "agreements/mini.yaml", "library.yaml", "questionnaire.yaml", "results/mini-results-open.clause",
                "terms.yaml",
            ] {
                try "id: [\n".write(to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
            }
        }
        let found = LibraryLoaderEdgeTests.problems(folder)
        let files = found.map { String($0.prefix { $0 != ":" }.dropFirst(folder.path.count + 1)) }
        #expect(
            files == [
                "agreements/mini.yaml", "library.yaml", "questionnaire.yaml", "results/mini-results-open.clause",
                "terms.yaml",
            ], "\(found)")
        #expect(!found.contains { $0.contains("has no") }, "\(found)")
    }

    /// The built-in words files read at once, each on its own, are what reading them in one call gives.
    @Test func theBuiltInWordsAreTheFilesReadTogether() throws {
        let sources = try EmbeddedWordsFiles.files.filter { $0.path.hasSuffix(".yaml") }.map { file in
            (
                file: "Resources/" + file.path,
                text: String(decoding: try #require(Data(base64Encoded: file.base64)), as: UTF8.self)
            )
        }
        let together = try WordsCheck.load(sources, checking: false).get()
        #expect(Set(together.keys) == Set(Words.builtIn.keys))
        #expect(Set(Words.builtIn.keys) == ["sv", "en", "da"])
        for (code, words) in together.sorted(by: { $0.key < $1.key }) {
            let builtIn = try #require(Words.builtIn[code])
            #expect(words.keys == builtIn.keys)
            for key in words.keys.sorted() { #expect(words[key] == builtIn[key], "\(code) \(key)") }
        }
    }
}
