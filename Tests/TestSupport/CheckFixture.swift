import Foundation

/// A copy of the mini fixture library with two faults that only some combinations of answers show, for the tests of
/// `opi-agreement check`:
/// - with more than one supplier the purpose clause refers to the publication plan annex, which is in the agreement
///   only when the results are published (fails for `count(suppliers) > 1` and `publish: no`);
/// - with a publication deadline before the start date it refers to an annex that is in the agreement only when the
///   deadline is on or after the start date (fails one day across the date boundary).
///
/// The library's blank to fill in by hand (`{{blank}}` in the publication clause) is replaced by text.
public enum CheckFixture {
    /// Writes the faulty library into `directory` and returns its folder.
    public static func make(in directory: URL) throws -> URL {
        let source = TestEnvironment.repositoryRoot.appendingPathComponent("Tests/AgreementKitTests/Fixtures/minilib")
        let library = directory.appendingPathComponent("faulty-library")
        try FileManager.default.copyItem(at: source, to: library)
        let clause = library.appendingPathComponent("purpose/mini-purpose.clause")
        var text = try String(contentsOf: clause, encoding: .utf8)
        let added: [String: String] = [
            "sv": "Leverantörerna följer {{ref annex-publication}}.\n{{end}}\n\n"
                + "{{if publication_deadline < start_date}}\nSe {{ref annex-late}}.\n",
            "en": "The suppliers follow {{ref annex-publication}}.\n{{end}}\n\n"
                + "{{if publication_deadline < start_date}}\nSee {{ref annex-late}}.\n",
        ]
        guard let en = text.range(of: "=== en") else { throw FixtureError() }
        let sv = String(text[..<en.lowerBound]).trimmingCharacters(in: .newlines)
        let rest = String(text[en.lowerBound...]).trimmingCharacters(in: .newlines)
        func faults(_ language: String) -> String {
            "\n\n{{if count(suppliers) > 1}}\n" + added[language]! + "{{end}}\n"
        }
        text = sv + faults("sv") + "\n" + rest + faults("en")
        try Data(text.utf8).write(to: clause)

        let outline = library.appendingPathComponent("agreements/mini.yaml")
        var yaml = try String(contentsOf: outline, encoding: .utf8)
        guard yaml.hasSuffix("        when: publish\n") else { throw FixtureError() }
        yaml +=
            "      - id: annex-late\n        title: { sv: Sen plan, en: Late plan }\n"
            + "        when: publication_deadline >= start_date\n"
        try Data(yaml.utf8).write(to: outline)

        let contributions = library.appendingPathComponent("publication/mini-publication.clause")
        let body = try String(contentsOf: contributions, encoding: .utf8)
        let cleaned = body.replacingOccurrences(
            of: #"\{\{blank [^}]*\}\}"#, with: "X", options: .regularExpression)
        try Data(cleaned.utf8).write(to: contributions)
        return library
    }

    struct FixtureError: Error {}
}
