import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// `explain` on the mini fixture library: answers without a file, a slot no version fills, answers left unanswered,
/// in each language of the explanation.
@Suite("Explain: edge cases")
struct ExplanationEdgeTests {
    static func explanation(
        _ yaml: String, _ language: Language, file: String? = nil, library: ClauseLibrary? = nil
    ) throws -> String {
        let library = try library ?? MiniLibrary.load()
        var answers = try MiniLibrary.answers(yaml, library: library)
        answers.file = file
        // The mini library has Swedish and English texts; a Danish explanation words a Swedish agreement.
        let built = library.languages.contains(language) ? language : .sv
        let result = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: built))
        return AgreementExplanation(library: library, answers: answers, result: result, language: language).text
    }

    /// Answers given in code (no file) are named in the explanation's own language, not in English.
    @Test(arguments: [
        (Language.sv, "Varför avtalet ser ut som det gör (svaren, på svenska)\n"),
        (.da, "Hvorfor aftalen ser ud, som den gør (svarene, på dansk)\n"),
        (.en, "Why the agreement reads as it does (answers, in English)\n"),
    ])
    func answersWithoutAFileAreNamedInTheLanguage(language: Language, header: String) throws {
        let text = try Self.explanation(MiniLibrary.complete, language)
        #expect(text.hasPrefix(header), "\(text)")
    }

    /// Answers read from a file are named by the file.
    @Test func answersFromAFileAreNamedByIt() throws {
        let text = try Self.explanation(MiniLibrary.complete, .sv, file: "mina-svar.yaml")
        #expect(text.hasPrefix("Varför avtalet ser ut som det gör (mina-svar.yaml, på svenska)\n"), "\(text)")
    }
}
