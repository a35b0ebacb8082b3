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

    /// When the forms cannot be written (a character XML forbids, past the model's checks), the error is the one
    /// written one after the other gives, whichever form finishes first. (Both writers refuse the same character
    /// with the same message, so this shows that the error is kept, not which form gave it: the results are read
    /// in the order asked for by construction, `write(metadata:as:layOut:)`.)
    @Test(arguments: [[OutputFormat.odt, .docx], [.docx, .odt], [.fodt, .flatDocx, .odt]])
    func aFormsErrorIsKept(forms: [OutputFormat]) throws {
        let broken = Samples.small(text: "a\u{1}b")
        func failure(concurrent: Bool) -> String {
            var renderer = DocumentRenderer(options: Samples.options)
            renderer.concurrent = concurrent
            do {
                _ = try renderer.write(metadata: broken.metadata, as: forms) { LayoutBuilder.layOut(broken, firm: $0) }
                return "written"
            } catch {
                return "\(error)"
            }
        }
        let alone = failure(concurrent: false)
        #expect(alone == "clause 'a' block 1: text holds the character U+0001, which XML documents cannot contain")
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

    /// The built-in words files read together are the same as each read alone.
    @Test func theBuiltInWordsAreEachFileAsReadAlone() throws {
        for file in EmbeddedWordsFiles.files where file.path.hasSuffix(".yaml") {
            let text = String(decoding: try #require(Data(base64Encoded: file.base64)), as: UTF8.self)
            let alone = try WordsCheck.load([(file: "Resources/" + file.path, text: text)], checking: false).get()
            let code = String(file.path.dropLast(5))
            let builtIn = try #require(Words.builtIn[code])
            #expect(alone[code]?.keys == builtIn.keys)
            for key in builtIn.keys.sorted() { #expect(alone[code]?[key] == builtIn[key], "\(code) \(key)") }
        }
        #expect(Set(Words.builtIn.keys) == ["sv", "en", "da"])
    }
}
