import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Which number a party shows when its record gives both an organisation number and a CVR number: a Danish party
/// its CVR number, any other its organisation number.
@Suite("Parties with both numbers")
struct PartyNumberTests {
    @Test func aDanishPartyShowsItsCVRNumberAndASwedishOneItsOrganisationNumber() throws {
        let library = try Examples.library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/danish-municipality.yaml")
        var text = try String(contentsOf: url, encoding: .utf8)
        let danish = "    country: dk\n    cvr_number: \"29181004\"\n"
        let swedish = "    country: se\n    organisation_number: 559412-3811\n"
        #expect(text.contains(danish) && text.contains(swedish))
        text = text.replacingOccurrences(of: danish, with: danish + "    organisation_number: 212000-0142\n")
        text = text.replacingOccurrences(of: swedish, with: swedish + "    cvr_number: \"38211005\"\n")
        let answers = try AnswersLoader.load(
            Data(text.utf8), file: "danish-municipality.yaml", questionnaire: library.questionnaire)
        let result = try Assembler(library: library).assemble(answers, options: AssemblyOptions(language: .da))
        let parties = result.agreement.metadata.parties
        let municipality = try #require(parties.first { $0.name == "Eksempelstrup Kommune" })
        #expect(municipality.organisationNumber == "29181004")
        #expect(municipality.organisationNumberKind == .cvr)
        let sorting = try #require(parties.first { $0.name == "Sorteringsteknik Norden AB" })
        #expect(sorting.organisationNumber == "559412-3811")
        #expect(sorting.organisationNumberKind == nil)
    }
}
