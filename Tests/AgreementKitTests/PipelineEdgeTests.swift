import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The way from answers to files at its edges: a language or type the library lacks, a model the writers refuse,
/// the note on missing answers, the answers' hash, and the variables the combination check reads from conditions.
@Suite("Pipeline: edges")
struct PipelineEdgeTests {
    typealias Location = AgreementKit.SourceLocation

    /// An agreement in a language the library has no text in is refused at the outline, naming the languages.
    @Test func aLanguageTheLibraryLacks() throws {
        let library = try MiniLibrary.load()
        let answers = try MiniLibrary.answers(MiniLibrary.complete, library: library)
        #expect(
            throws: DiagnosticError(
                Message(.buildNoLanguage, ["language": "da", "languages": "sv, en"]),
                file: library.outlines["mini"]!.file)
        ) {
            try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .da))
        }
    }

    /// A library of several agreement types needs one chosen; an unknown one is refused naming those there are.
    @Test func severalTypesAndAnUnknownType() throws {
        var library = try MiniLibrary.load()
        var other = try #require(library.outlines["mini"])
        other.id = "other"
        library.outlines["other"] = other
        let answers = try MiniLibrary.answers(MiniLibrary.complete, library: library)
        #expect(
            throws: DiagnosticError(
                Message(.buildSeveralTypes, ["types": "mini, other"]), file: library.root)
        ) {
            try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .sv))
        }
        #expect(
            throws: DiagnosticError(
                Message(.buildNoType, ["type": "nope", "types": "mini, other"]), file: library.root)
        ) {
            try Assembler(library: library).assemble(answers, options: AssemblyOptions(outline: "nope", language: .sv))
        }
        let chosen = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(outline: "other", language: .sv))
        #expect(chosen.agreement.metadata.provenance.contains { $0.value == "other@1.0.0" })
    }

    /// A model the writers refuse (two clauses with one id) is an error at the answers file, for one agreement and
    /// for a parallel pair.
    @Test func aModelTheWritersRefuse() throws {
        let clause = Block.clause(Clause(id: "a", heading: [.text("A")], body: [.paragraph([.text("x")])]))
        let agreement = Agreement(metadata: AgreementMetadata(title: "T", language: .sv), blocks: [clause, clause])
        do {
            _ = try AgreementPipeline.files(
                for: agreement, formats: [.docx], model: false, base: "a", file: "svar.yaml", environment: [:])
            Issue.record("written")
        } catch {
            #expect(error.diagnostics.count >= 1)
            #expect(
                error.diagnostics.allSatisfy {
                    $0.file == "svar.yaml" && $0.message.hasPrefix("cannot write the documents: ")
                })
        }
        let english = Agreement(metadata: AgreementMetadata(title: "T", language: .en), blocks: [clause, clause])
        let pair = try ParallelAgreement(main: agreement, second: english)
        do {
            _ = try AgreementPipeline.files(
                for: pair, formats: [.odt], model: true, base: "a", file: "svar.yaml", environment: [:])
            Issue.record("written")
        } catch {
            #expect(
                error.diagnostics.allSatisfy {
                    $0.file == "svar.yaml" && $0.message.hasPrefix("cannot write the documents: ")
                })
        }
    }

    /// Answers given in code (no file): the pipeline builds from them, and a refusal reports at "answers".
    @Test func answersWithoutAFileAreReportedAtAnswers() throws {
        let library = try Examples.library.get()
        let (old, new) = try RedlineCase.answers()
        var unnamed = new
        unnamed.file = nil
        let pipeline = AgreementPipeline(library: library)
        let built = try pipeline.files(
            for: unnamed, options: AssemblyOptions(language: .sv), formats: [], model: true, base: "x")
        #expect(built.files.map(\.name) == ["x.json"])
        let error = try #require(
            throws: DiagnosticError.self,
            performing: {
                try pipeline.comparison(
                    from: old, to: unnamed,
                    options: AssemblyOptions(languages: try AgreementLanguages(parsing: "sv+en")),
                    formats: [.docx], base: "r", author: "a")
            })
        #expect(error.diagnostics.map(\.file) == ["answers"], "\(error.diagnostics)")
    }

    /// The note on missing answers: one or several, each by its name (in the language of the words), or its path.
    @Test func theNoteOnMissingAnswers() {
        #expect(AgreementFiles(files: [], missing: []).missingAnswersMessage == nil)
        var named = MissingAnswer(path: AnswerPath("budget"), label: "Budget")
        named.name = .message(Message(.batchLabel, ["number": "2"]))
        let one = AgreementFiles(files: [], missing: [named]).missingAnswersMessage
        #expect(one.map(Language.sv.words.text) == "1 svar saknas och visas som en lucka: avtal 2")
        #expect(one.map(Language.en.words.text) == "1 answer missing, shown as a blank: agreement 2")
        var perLanguage = MissingAnswer(path: AnswerPath("project_title"), label: "Title")
        perLanguage.name = .perLanguage(["en": "Project name (project_title)"])
        let two = AgreementFiles(
            files: [], missing: [perLanguage, MissingAnswer(path: AnswerPath("start_date"), label: "Start")]
        ).missingAnswersMessage
        #expect(
            two.map(Language.en.words.text)
                == "2 answers missing, shown as blanks: Project name (project_title); start_date")
    }

    /// The answers' canonical text: every kind of value, sorted by path, records field by field.
    @Test func theCanonicalTextOfAnswers() {
        let answers = Answers(values: [
            "channels": .choices(["web", "print,paper"]),
            "lead": .record(AnswerRecord(values: ["name": .text("A"), "age": .integer(3)])),
            "title": .texts(LanguageTexts([LanguageTexts.Entry(.sv, "Titel"), LanguageTexts.Entry(.en, "Title")])),
        ])
        let text = CanonicalAnswers.text(answers)
        #expect(text.contains("channels=m:web,print"), "\(text)")
        #expect(text.contains("lead.age=i:3\nlead.name=t:A"), "\(text)")
        #expect(text.contains("title=l:en:Title\ntitle=l:sv:Titel"), "\(text)")
        #expect(CanonicalAnswers.hash(answers) != CanonicalAnswers.hash(Answers()))
    }

    /// The variables a condition reads: a loop variable alone is its list's count, a field of a record of a list
    /// is the field, `count(list.field)` is the list's count, a bare `count(...)` reads "none".
    @Test func theVariablesConditionsRead() throws {
        let library = try MiniLibrary.load()
        let at = Location(file: "c.clause", line: 1, column: 1)
        let looped = ConditionScan(questionnaire: library.questionnaire, bindings: ["s": "suppliers"])
        #expect(looped.variable(AnswerPath("s")) == .count("suppliers"))
        #expect(looped.variable(try #require(AnswerPath(dotted: "s.name"))) == .field("suppliers", "name"))
        var scan = ConditionScan(questionnaire: library.questionnaire)
        #expect(
            scan.variable(try #require(AnswerPath(dotted: "suppliers.0.contribution")))
                == .field("suppliers", "contribution"))
        #expect(scan.variable(AnswerPath("nothing")) == nil)
        let condition = try ConditionParser.parse("count(suppliers.name) > 1 or count(public_parties)", at: at)
        scan.scan(condition.expression)
        #expect(scan.variables == [.count("suppliers"), .count("public_parties")])
        #expect(scan.reads[.count("suppliers")]?.integers == [1])
        #expect(scan.reads[.count("public_parties")]?.integers == [0])
    }
}
