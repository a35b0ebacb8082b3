import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The risky choices `explain` lists: the option chosen and its warning in the explanation's language, or, when the
/// library has no text in that language (a Danish explanation of a library in Swedish and English), in the first
/// language that has one, as a fired check's message is.
@Suite("Explain: risky choices")
struct ExplanationWarningTests {
    static func library() throws -> ClauseLibrary {
        let root = try TestEnvironment.temporaryDirectory("explain-warning")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        let url = copy.appendingPathComponent("questionnaire.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let option = "          - value: shared\n            label: { sv: Delat ägande, en: Shared ownership }\n"
        #expect(text.contains(option))
        try text.replacingOccurrences(
            of: option,
            with: option
                + "            help:\n              sv: \"Varning: delat ägande kan vara statsstöd.\"\n"
                + "              en: \"Warning: shared ownership may be state aid.\"\n"
        ).write(to: url, atomically: true, encoding: .utf8)
        return try LibraryLoader.read(directory: copy.path)
    }

    static func explanation(_ library: ClauseLibrary, _ language: Language) throws -> String {
        let yaml = MiniLibrary.complete.replacingOccurrences(of: "results_model: open", with: "results_model: shared")
        let answers = try MiniLibrary.answers(yaml, library: library)
        let built = library.languages.contains(language) ? language : .sv
        let result = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: built))
        return AgreementExplanation(library: library, answers: answers, result: result, language: language).text
    }

    @Test func aRiskyChoiceIsListedWithItsWarning() throws {
        let library = try Self.library()
        let english = try Self.explanation(library, .en)
        #expect(
            english.contains(
                "\n- Who owns the results? (results_model) = Shared ownership: "
                    + "Warning: shared ownership may be state aid.\n"), "\(english)")
    }

    @Test func aRiskyChoiceWithoutTextsInTheLanguageIsShownInAnother() throws {
        let library = try Self.library()
        let danish = try Self.explanation(library, .da)
        #expect(danish.contains("Advarsler, der gælder:\n"), "\(danish)")
        #expect(
            danish.contains(" = Delat ägande: Varning: delat ägande kan vara statsstöd.\n"), "\(danish)")
    }
}
