import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Messages and `explain` name an answer by its question's label, with the path in parentheses (`AnswerName`).
@Suite("Names of answers")
struct AnswerNameTests {
    static let yaml = """
        project_title: Sensorer
        suppliers:
          - name: Sensorik Syd AB
            organisation_number: 556036-0793
          - country: dk
        """

    static func naming(_ language: Language) throws -> AnswerName {
        let library = try Examples.library.get()
        let answers = try AnswersLoader.load(
            Data(yaml.utf8), file: "a.yaml", questionnaire: library.questionnaire)
        return AnswerName(questionnaire: library.questionnaire, answers: answers, language: language)
    }

    @Test func aFieldOfARecordIsNamedByTheItemLabelItsNumberAndItsName() throws {
        #expect(
            try Self.naming(.sv).name("suppliers[0].organisation_number")
                == "Leverantör 1 (Sensorik Syd AB), organisationsnummer (suppliers[0].organisation_number)")
        #expect(
            try Self.naming(.en).name("suppliers[0].organisation_number")
                == "Supplier 1 (Sensorik Syd AB), organisation number (suppliers[0].organisation_number)")
        // A record without a name is named by its number; an abbreviation keeps its capitals.
        #expect(
            try Self.naming(.sv).name("suppliers[1].cvr_number") == "Leverantör 2, CVR-nummer (suppliers[1].cvr_number)"
        )
    }

    @Test func aQuestionIsNamedByItsLabel() throws {
        let library = try Examples.library.get()
        let label = try #require(library.questionnaire.question("results_model")?.label[.sv])
        #expect(try Self.naming(.sv).name("results_model") == "\(label) (results_model)")
        #expect(try Self.naming(.sv).name("no_such_question") == "no_such_question")
    }

    /// An answers-file error names the record by the name read before the failing field, in the messages language.
    @Test func answersFileErrorsNameTheRecord() throws {
        let library = try Examples.library.get()
        let bad = "suppliers:\n  - name: Sensorik Syd AB\n    organisation_number: 556036-0795\n"
        let error = try #require(
            throws: DiagnosticError.self,
            performing: { try AnswersLoader.load(Data(bad.utf8), file: "a.yaml", questionnaire: library.questionnaire) }
        )
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.location?.line == 3)
        #expect(
            Language.sv.words.text(diagnostic.content).hasPrefix(
                "Leverantör 1 (Sensorik Syd AB), organisationsnummer (suppliers[0].organisation_number): "),
            "\(diagnostic)")
    }
}
