import AgreementKit
import Foundation

/// The redline case of issue 13: two versions of the health-care example. The new one has another results model
/// (the supplier owns instead of each party), a third supplier and a higher liability cap.
public enum RedlineCase {
    /// A third supplier, as the answers file writes it.
    static let addedSupplier = """
          - name: Vital Sensor AB
            organisation_number: 559201-3345
            address: "Sensorvägen 3\\n582 22 Linköping"
            short_name: Vital
            contact_name: Eva Lind
            contact_email: eva.lind@vitalsensor.se
            responsibilities: Levererar andningssensorer för testet.
            signatory_name: Eva Lind
            signatory_title: Verkställande direktör
            signing_place: Linköping

        """

    /// The old version's answers file text: the health-care example.
    public static func oldText() throws -> String {
        try String(
            contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml"),
            encoding: .utf8)
    }

    /// The new version's answers file text. Throws when the example no longer has the lines it changes.
    public static func newText() throws -> String {
        var text = try oldText()
        for (old, new) in [
            ("results_model: each_owns\n", "results_model: supplier_owns\n"),
            ("liability_cap: 500 000 SEK\n", "liability_cap: 750 000 SEK\n"),
            ("knowledge_institutions:\n", addedSupplier + "knowledge_institutions:\n"),
        ] {
            guard let range = text.range(of: old) else { throw CocoaError(.fileReadCorruptFile) }
            text.replaceSubrange(range, with: new)
        }
        return text
    }

    /// The two answer sets, read against the repository's library.
    public static func answers() throws -> (old: Answers, new: Answers) {
        (try load(try oldText(), "health-care.yaml"), try load(try newText(), "health-care-new.yaml"))
    }

    /// The old version without personal data (`personal_data: nej`): the data processing annex, a clause list of
    /// its own, goes away whole. Throws when the example no longer answers `personal_data: ja`.
    public static func withoutPersonalData() throws -> Answers {
        let old = try oldText()
        guard let range = old.range(of: "\npersonal_data: ja\n") else { throw CocoaError(.fileReadCorruptFile) }
        return try load(old.replacingCharacters(in: range, with: "\npersonal_data: nej\n"), "health-care-no-data.yaml")
    }

    private static func load(_ text: String, _ file: String) throws -> Answers {
        try AnswersLoader.load(
            Data(text.utf8), file: file, questionnaire: try Examples.library.get().questionnaire,
            requireComplete: false)
    }
}
