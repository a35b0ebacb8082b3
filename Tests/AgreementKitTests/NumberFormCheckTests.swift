import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// Singular and plural: a term that names the parties of one list (`counts: suppliers`) lists, per language, the
/// forms that say one (`Leverantören`) and more than one (`Suppliers`). `check` fails every agreement that uses such
/// a form where the list does not have that many records, and the combinations it builds come from the library:
/// a form joins the number of records with the conditions it is written under.
@Suite("Combination check: singular and plural forms of terms")
struct NumberFormCheckTests {
    static let supplierTerm = """
        supplier:
          counts: suppliers
          sv: { term: Leverantör, definition: "en part som utvecklar lösningen", one: [Leverantören], many: [Leverantörerna] }
          en: { term: Supplier, definition: "a party that develops the solution", many: [Suppliers, "Suppliers'"] }

        """

    /// The mini library with the supplier term and `edit` applied.
    static func library(_ edit: (URL) throws -> Void) throws -> ClauseLibrary {
        try AgreementCheckerEdgeTests.copy { root in
            let terms = root.appendingPathComponent("terms.yaml")
            let text = try String(contentsOf: terms, encoding: .utf8)
            try (text + supplierTerm).write(to: terms, atomically: true, encoding: .utf8)
            try edit(root)
        }
    }

    static func messages(_ report: CombinationCheck.Report) -> [String] {
        report.failures.flatMap { $0.diagnostics.map(\.message) }
    }

    @Test func aPluralWhereThereIsOneAndASingularWhereThereAreSeveralFail() throws {
        let library = try Self.library { root in
            // The one-supplier branch says "Suppliers"; the several-suppliers branch says "Leverantören".
            try AgreementCheckerEdgeTests.replace(
                "publication/mini-publication.clause", "The supplier may publish its results.",
                "The [[supplier|Suppliers]] may publish their results.", in: root)
            try AgreementCheckerEdgeTests.replace(
                "publication/mini-publication.clause", "Leverantörerna {{suppliers | names | join_or}} får",
                "[[supplier|Leverantören]] {{suppliers | names | join_or}} får", in: root)
        }
        let report = try CombinationCheck(library: library, jobs: 1).run()
        let messages = Self.messages(report)
        #expect(
            messages.contains("'Suppliers' (supplier) says more than one, but the agreement has 1 in suppliers"),
            "\(messages)")
        #expect(
            messages.contains("'Leverantören' (supplier) says exactly one, but the agreement has 2 in suppliers"),
            "\(messages)")
        #expect(messages.count == 2, "\(messages)")
        let plural = try #require(report.failures.first { $0.language == .en })
        #expect(plural.differences.contains("results_model=shared"), "\(plural.differences)")
        // The answers file it prints reproduces the failure on its own.
        let rerun = AgreementChecker(library: library, validator: nil).check(
            yaml: plural.answers, language: .en, outline: "mini")
        #expect(AgreementCheckerEdgeTests.failures(rerun).count == 1)
    }

    @Test func formsInTheBranchesTheirNumberSelectsPass() throws {
        let library = try Self.library { root in
            try AgreementCheckerEdgeTests.replace(
                "publication/mini-publication.clause", "The suppliers {{suppliers | names | join_or}} may",
                "The [[supplier|Suppliers]] {{suppliers | names | join_or}} may", in: root)
            try AgreementCheckerEdgeTests.replace(
                "publication/mini-publication.clause", "Leverantören får offentliggöra",
                "[[supplier|Leverantören]] får offentliggöra", in: root)
        }
        let report = try CombinationCheck(library: library, jobs: 1).run()
        #expect(report.failures.isEmpty, "\(Self.messages(report))")
        // A form that says no number ("the Supplier's", the bare word) is never compared.
        #expect(library.terms["supplier"]?.number(of: "Supplier", in: .en) == nil)
        #expect(library.terms["supplier"]?.number(of: "Leverantören", in: .sv) == .one)
        #expect(library.terms["supplier"]?.number(of: "Leverantören", in: .en) == nil)
        #expect(library.terms["supplier"]?.number(of: "Leverantören", in: .da) == nil, "no Danish forms")
    }

    /// A definition is in the agreement where its term is used: a plural in the definition of `background`, which
    /// only the open-results clause uses, joins the number of suppliers with `results_model`.
    @Test func aFormInADefinitionIsCheckedUnderTheConditionsOfTheTermsUses() throws {
        let library = try Self.library { root in
            try AgreementCheckerEdgeTests.replace(
                "terms.yaml", "knowledge and rights that a [[party]] holds",
                "knowledge and rights that the [[supplier|Suppliers]] hold", in: root)
            // The term is used in the text too, in a form that says no number.
            try AgreementCheckerEdgeTests.replace(
                "purpose/mini-purpose.clause", "on the project {{project_title}}.",
                "on the project {{project_title}}, which each [[supplier]] carries out.", in: root)
            try AgreementCheckerEdgeTests.replace(
                "purpose/mini-purpose.clause", "om projektet {{project_title}}.",
                "om projektet {{project_title}}, som varje [[supplier|Leverantör]] genomför.", in: root)
        }
        let graph = CheckGraph(library: library)
        #expect(
            graph.groups.contains { $0.contains(.count("suppliers")) && $0.contains(.answer("results_model")) },
            "\(graph.groups)")
        let report = try CombinationCheck(library: library, jobs: 1).run()
        let messages = Self.messages(report)
        #expect(
            messages == ["'Suppliers' (supplier) says more than one, but the agreement has 1 in suppliers"],
            "\(messages)")
    }

    @Test func theTermsFileGivesTheListAndTheForms() throws {
        let terms = try TermsLoader.load(Data(Self.supplierTerm.utf8), file: "terms.yaml")
        let supplier = try #require(terms["supplier"])
        #expect(supplier.counts?.list == "suppliers")
        #expect(supplier.counts?.location.description == "terms.yaml:2:11")
        #expect(supplier.numberForms[.sv] == TermNumberForms(one: ["Leverantören"], many: ["Leverantörerna"]))
        #expect(supplier.numberForms[.en] == TermNumberForms(many: ["Suppliers", "Suppliers'"]))
        #expect(supplier.word[.en] == "Supplier")
    }

    @Test func formsWithoutAListAFormOfBothNumbersAndAnUnknownKeyAreErrors() {
        let problems = LibraryLoaderTests().termProblems(
            """
            supplier:
              sv: { term: Leverantör, definition: "en part", one: [Leverantören], many: [Leverantören, Leverantörer] }
              en: { term: Supplier, definition: "a party", plural: [Suppliers] }
            party:
              counts: [parties]
              sv: { term: Part, definition: "en part" }
            """
        ).map(\.description)
        #expect(
            problems.contains(
                "terms.yaml:2:78: error: 'Leverantören' is given both as one and as more than one for the term 'supplier'"
            ), "\(problems)")
        #expect(
            problems.contains(
                "terms.yaml:2:50: error: the term 'supplier' gives forms for one and more than one but no 'counts:' list"
            ), "\(problems)")
        #expect(
            problems.contains {
                $0.hasPrefix("terms.yaml:3:48: error: unknown key 'plural'")
                    && $0.contains("term, definition, one, many")
            },
            "\(problems)")
        #expect(
            problems.contains { $0.hasPrefix("terms.yaml:5:11: error: expected ") && $0.contains("found a list") },
            "\(problems)")
    }

    /// Forms written as one text instead of a list: an error at the text saying a list is expected, and no form of
    /// that number is read.
    @Test func formsThatAreATextInsteadOfAListAreAnError() {
        let problems = LibraryLoaderTests().termProblems(
            """
            supplier:
              counts: suppliers
              sv: { term: Leverantör, definition: "en part", one: Leverantören, many: [Leverantörerna] }
            """
        ).map(\.description)
        #expect(
            problems == ["terms.yaml:3:55: error: expected a list of forms of the term, found 'Leverantören'"],
            "\(problems)")
    }

    @Test func aCountedListThatIsNoListQuestionIsALintError() throws {
        let root = try TestEnvironment.temporaryDirectory("number-forms")
        let copy = root.appendingPathComponent("lib")
        try FileManager.default.copyItem(at: MiniLibrary.directory, to: copy)
        let terms = copy.appendingPathComponent("terms.yaml")
        let text = try String(contentsOf: terms, encoding: .utf8)
        let wrong = Self.supplierTerm.replacingOccurrences(of: "counts: suppliers", with: "counts: project_title")
        try (text + wrong).write(to: terms, atomically: true, encoding: .utf8)
        try AgreementCheckerEdgeTests.replace(
            "publication/mini-publication.clause", "The supplier may publish", "The [[supplier]] may publish",
            in: copy)
        try AgreementCheckerEdgeTests.replace(
            "publication/mini-publication.clause", "Leverantören får offentliggöra",
            "[[supplier|Leverantören]] får offentliggöra", in: copy)
        let errors = LibraryLoader.check(directory: copy.path).diagnostics.filter { $0.severity == .error }
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count + 1
        #expect(
            errors.map(\.description) == [
                "\(terms.path):\(line):11: error: the term 'supplier' counts 'project_title', which is not a list question"
            ])
    }
}
