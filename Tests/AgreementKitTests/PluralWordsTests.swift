import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Counts of one are said in the singular: "at least one entry", not "at least 1 entries", in every language, in
/// the interview and in the answers file's problems; other counts keep their number and plural.
@Suite("Singular and plural in counted words")
struct PluralWordsTests {
    @Test func theInterviewSaysOneInTheSingular() {
        let en = InterviewText(language: .en)
        #expect(en.resuming(1) == "Going on with 1 answer already given; only what is missing is asked.")
        #expect(en.resuming(3) == "Going on with 3 answers already given; only what is missing is asked.")
        #expect(
            en.listAtMinimum("Suppliers", minimum: 1)
                == "Suppliers needs at least one entry; add one before deleting one.")
        #expect(
            en.listAtMinimum("Suppliers", minimum: 2)
                == "Suppliers needs at least 2 entries; add one before deleting one.")
        #expect(en.listFull("Suppliers", maximum: 1) == "Suppliers can have only one entry; delete it first.")
        #expect(en.listFull("Suppliers", maximum: 4) == "Suppliers can have at most 4 entries; delete one first.")
        let sv = InterviewText(language: .sv)
        #expect(sv.listAtMinimum("Leverantörer", minimum: 1).hasPrefix("Leverantörer måste ha minst en post;"))
        #expect(sv.listFull("Leverantörer", maximum: 1) == "Leverantörer kan bara ha en post; ta bort den först.")
        let da = InterviewText(language: .da)
        #expect(da.listAtMinimum("Leverandører", minimum: 1).hasPrefix("Leverandører skal have mindst én post;"))
        #expect(da.listFull("Leverandører", maximum: 2) == "Leverandører kan højst have 2 poster; slet en først.")
    }

    @Test func aMultipleChoiceBoundOfOneIsSingular() {
        func question(minimum: Int? = nil, maximum: Int? = nil) -> Question {
            Question(
                id: "topics", type: .multipleChoice, label: Localized([.sv: "Ämnen", .en: "Topics"]),
                options: ["a", "b", "c"].map { ChoiceOption(value: $0, label: Localized([.sv: $0, .en: $0])) },
                minimum: minimum, maximum: maximum, location: SourceLocation(file: "q", line: 1, column: 1))
        }
        func problem(_ text: String, _ question: Question, _ language: Language) -> String? {
            guard case .failure(let problem) = InterviewInput(language: language).parse(text, for: question) else {
                return nil
            }
            return problem.message
        }
        #expect(problem("a, b", question(maximum: 1), .en) == "Choose at most one option.")
        #expect(problem("a, b, c", question(maximum: 2), .en) == "Choose at most 2 options.")
        #expect(problem("-", question(minimum: 1), .sv) == "Välj minst ett alternativ.")
        #expect(problem("a", question(minimum: 2), .da) == "Vælg mindst 2 af mulighederne.")
        #expect(problem("-", question(minimum: 1), .da) == "Vælg mindst én af mulighederne.")
    }
}
