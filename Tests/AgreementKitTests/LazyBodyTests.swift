import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A library read without parsing its clause bodies (`ClauseLibrary.bundled(parsingBodies: false)`, what `build`
/// uses) gives the same bodies, the same agreements and the same problems as one read with them.
@Suite("Clause bodies parsed when used")
struct LazyBodyTests {
    static let eager = Result { try ClauseLibrary.bundled() }
    static let lazy = Result { try ClauseLibrary.bundled(parsingBodies: false) }

    /// Every body of the bundled library, parsed on demand, is the body parsed with the file.
    @Test func everyBodyParsedWhenUsedIsTheBodyParsedWithTheFile() throws {
        let eager = try Self.eager.get()
        let lazy = try Self.lazy.get()
        #expect(lazy.clauses.map(\.id) == eager.clauses.map(\.id))
        var compared = 0
        for (file, lazyFile) in zip(eager.clauses, lazy.clauses) {
            #expect(lazyFile.bodies.isEmpty, "\(file.id) was parsed")
            #expect(lazyFile.sources == file.sources)
            for language in Language.allCases {
                let body = try lazyFile.body(in: language)
                #expect(body == file.bodies[language], "\(file.id) \(language)")
                if body != nil { compared += 1 }
            }
        }
        #expect(compared == eager.clauses.count * eager.languages.count)
    }

    /// Each example assembles to the same agreement from either library.
    @Test(arguments: ExampleBuildTests.examples)
    func anExampleAssemblesTheSameFromEither(example: String) throws {
        let eager = try Self.eager.get()
        let lazy = try Self.lazy.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/\(example)")
        let answers = try AnswersLoader.load(
            try Data(contentsOf: url), file: url.path, questionnaire: eager.questionnaire, requireComplete: true)
        for language in eager.languages {
            let options = AssemblyOptions(language: language, final: false)
            let expected = try Assembler(library: eager).assemble(answers, options: options)
            let got = try Assembler(library: lazy).assemble(answers, options: options)
            #expect(got.agreement == expected.agreement, "\(example) \(language)")
            #expect(got.missing == expected.missing)
        }
    }

    /// A markup error in a body read without parsing is found when the body is used, at the same place and with the
    /// same message as when the file is read with its bodies; the other language's body still parses.
    @Test func aBrokenBodyIsReportedWhenUsedWhereTheEagerReadReportsIt() throws {
        let text = """
            ---
            id: results
            version: 1.0.0
            category: results-ownership
            title:
              sv: Resultat
              en: Results
            ---
            === sv
            Resultaten ägs av Parterna.
            === en
            The Results are owned by {{if}} the Parties.

            """
        var eagerMessages: [String] = []
        do {
            _ = try ClauseFileLoader.load(text, file: "c.clause")
        } catch {
            eagerMessages = error.diagnostics.map { "\($0.location.map { "\($0)" } ?? ""): \($0.message)" }
        }
        #expect(!eagerMessages.isEmpty)
        #expect(eagerMessages.allSatisfy { $0.hasPrefix("c.clause:12:") }, "\(eagerMessages)")

        let file = try ClauseFileLoader.load(text, file: "c.clause", parsingBodies: false)
        #expect(try file.body(in: .sv)?.isEmpty == false)
        #expect(try file.body(in: .da) == nil)
        var lazyMessages: [String] = []
        do {
            _ = try file.body(in: .en)
        } catch {
            lazyMessages = error.diagnostics.map { "\($0.location.map { "\($0)" } ?? ""): \($0.message)" }
        }
        #expect(lazyMessages == eagerMessages)
    }

    /// An assembly that uses a body that does not parse stops with the body's problem, at its place in the file;
    /// an assembly in the other language, whose body parses, is not affected.
    @Test func anAssemblyStopsAtABrokenBodyItUses() throws {
        let root = MiniLibrary.directory
        let paths = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter {
            LibraryLoader.isLibraryFile($0)
        }
        let files = try paths.map { path in
            var data = try Data(contentsOf: root.appendingPathComponent(path))
            if path == "purpose/mini-purpose.clause" {
                let text = String(decoding: data, as: UTF8.self)
                data = Data(text.replacingOccurrences(of: "omfattar:", with: "omfattar {{if}}:").utf8)
            }
            return LibraryFile(path: path, data: data)
        }
        let library = try LibraryLoader.read(files: files, root: "minilib", parsingBodies: false)
        let answers = try MiniLibrary.answers(MiniLibrary.complete, library: library)
        let english = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .en))
        let json = String(decoding: try JSONEncoder().encode(english.agreement), as: UTF8.self)
        #expect(json.contains("development of a"))
        #expect(english.problems.isEmpty)
        // A draft names the problem, as for a clause with no body in the language; a final agreement stops at it.
        let draft = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .sv))
        let place = "minilib/purpose/mini-purpose.clause:15"
        let first = try #require(draft.problems.first)
        #expect(first.location.map { "\($0.file):\($0.line)" } == place, "\(draft.problems)")
        #expect(first.message == "the condition is empty")
        do {
            _ = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .sv, final: true))
            Issue.record("the final Swedish assembly did not stop")
        } catch {
            let places = error.diagnostics.map { $0.location.map { "\($0.file):\($0.line)" } ?? "" }
            #expect(places.contains(place), "\(error.diagnostics)")
        }
    }
}
