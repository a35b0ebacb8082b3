import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// A batch of 200 agreements from one config, with the bundled clause library: every document is written, is byte
/// for byte what building the agreement alone gives, and (a sample of each form) validates against the schemas.
@Suite("Batch of 200")
struct BatchScaleTests {
    static let library = Result {
        try LibraryLoader.load(directory: TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path)
    }

    /// Ten digits with a valid Luhn check digit, as `NNNNNN-NNNN`.
    static func organisationNumber(_ n: Int) -> String {
        let body = "556" + String(String(n + 100_000).suffix(6))
        var sum = 0
        for (index, character) in body.enumerated() {
            let digit = Int(String(character))! * (index % 2 == 0 ? 2 : 1)
            sum += digit / 10 + digit % 10
        }
        let digits = body + String((10 - sum % 10) % 10)
        return String(digits.prefix(6)) + "-" + String(digits.suffix(4))
    }

    /// The answers shared by every agreement, by question id, as YAML entries.
    static let defaults: [(key: String, yaml: String)] = [
        ("project_title", "project_title: Smart avfallshämtning\n"),
        (
            "project_need",
            "project_need: >-\n  Avfallskärl töms i dag enligt fasta scheman.\n  Det ger onödiga transporter.\n"
        ),
        ("agreement_date", "agreement_date: 2026-03-02\n"),
        ("supplier_selection", "supplier_selection: open_call\n"),
        ("selection_call_date", "selection_call_date: 2025-11-10\n"),
        ("selection_call_channel", "selection_call_channel: kommunens webbplats\n"),
        (
            "public_parties",
            """
            public_parties:
              - name: Exempelstads kommun
                organisation_number: 212000-1231
                short_name: Kommunen
                signatory_name: Anna Andersson
                signing_place: Exempelstad

            """
        ),
        ("results_model", "results_model: open\n"),
        ("no_added_values_reason", "no_added_values_reason: Mervärdena redovisas i kommunens program.\n"),
    ]

    /// Agreement `n`'s own answers (from 1), as YAML entries, and its language.
    static func own(_ n: Int) -> (entries: [(key: String, yaml: String)], language: Language) {
        var entries: [(key: String, yaml: String)] = [
            (
                "suppliers",
                """
                suppliers:
                  - name: Leverantör \(n) AB
                    organisation_number: \(organisationNumber(n))
                    short_name: L\(n)
                    signatory_name: Person \(n)

                """
            )
        ]
        if n % 3 == 0 { entries.append(("results_model", "results_model: each_owns\n")) }
        if n % 7 == 0 {
            entries.append(("project_title", "project_title: \"Projekt nr \(n): \\\"citat\\\" & <tecken>\"\n"))
        }
        return (entries, n % 5 == 0 ? .en : .sv)
    }

    static func indent(_ yaml: String, by spaces: Int) -> String {
        let pad = String(repeating: " ", count: spaces)
        return yaml.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }

    static func config(count: Int) -> String {
        var text = "output: { name: \"opi-{#}-{suppliers.0.short_name}\" }\ndefaults:\n"
        for entry in defaults { text += indent(entry.yaml, by: 2) }
        text += "agreements:\n"
        for n in 1...count {
            let (entries, language) = own(n)
            text += "  - language: \(language.rawValue)\n    answers:\n"
            for entry in entries { text += indent(entry.yaml, by: 6) }
        }
        return text
    }

    /// The answers file that gives agreement `n` alone: the defaults it does not override, then its own answers.
    static func answersFile(_ n: Int) -> String {
        let (entries, _) = own(n)
        let overridden = Set(entries.map(\.key))
        return (defaults.filter { !overridden.contains($0.key) } + entries).map(\.yaml).joined()
    }

    @Test func twoHundredAgreementsAreWrittenIdenticalToBuildingEachAlone() async throws {
        let library = try Self.library.get()
        let dir = try TestEnvironment.temporaryDirectory("batch-200")
        defer { try? FileManager.default.removeItem(at: dir) }
        let count = 200
        let formats = OutputFormat.allCases
        let plan = try BatchConfigLoader.load(
            Data(Self.config(count: count).utf8), file: "batch-200.yaml", library: library, final: true)
        #expect(plan.invalid.isEmpty, "\(plan.diagnostics.prefix(5))")
        let jobs = max(2, ProcessInfo.processInfo.activeProcessorCount)
        let report = try await BatchRunner(library: library, options: BatchOptions(formats: formats, jobs: jobs))
            .run(plan, into: dir.path)
        #expect(report.agreementsWritten == count)
        #expect(report.written.count == count * formats.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).count == count * formats.count)

        let renderEnvironment: [String: String] = [:]
        for n in 1...count {
            let name = "opi-\(n)-L\(n)"
            let result = try Self.buildAlone(n, library: library)
            let renderer = try DocumentRenderer(
                options: .reproducible(for: result.agreement, environment: renderEnvironment))
            for format in formats {
                let alone = try renderer.render(result.agreement, as: format)
                let written = try Data(contentsOf: dir.appendingPathComponent("\(name).\(format.fileExtension)"))
                #expect(written == alone, "\(name).\(format.fileExtension) differs from building it alone")
            }
        }
    }

    /// Agreement `n` assembled alone from its own answers file, as `build` would.
    static func buildAlone(_ n: Int, library: ClauseLibrary) throws -> AssemblyResult {
        let answers = try AnswersLoader.load(
            Data(Self.answersFile(n).utf8), file: "/elsewhere/opi-\(n)-L\(n).yaml",
            questionnaire: library.questionnaire,
            requireComplete: true)
        return try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: Self.own(n).language, final: true))
    }

    /// Every 40th agreement and the last, in every form, validate against the official schemas. Each is built alone:
    /// the test above shows that the batch writes the same bytes.
    @Test(.enabled(if: TestEnvironment.runSchemaTests, "schemas missing (../shared/schemas or OPI_SCHEMAS_DIR)"))
    func aSampleOfTheBatchValidates() throws {
        let library = try Self.library.get()
        let count = 200
        for n in stride(from: 1, through: count, by: 40) + [count] {
            let name = "opi-\(n)-L\(n)"
            let result = try Self.buildAlone(n, library: library)
            let renderer = try DocumentRenderer(options: .reproducible(for: result.agreement, environment: [:]))
            func read(_ format: OutputFormat) throws -> Data {
                try renderer.render(result.agreement, as: format)
            }
            let docx = try PackageContents(try read(.docx))
            var problems = try Schemas.problems(docxParts: docx.entries.map { ($0.name, $0.data) })
            problems += try Schemas.problems(docxParts: Samples.flatOPCParts(try read(.flatDocx)))
            let odt = try PackageContents(try read(.odt))
            for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
                problems += try Schemas.odf.get().problems(in: try #require(odt[part]), name: part)
            }
            problems += try Schemas.odfManifest.get().problems(
                in: try #require(odt["META-INF/manifest.xml"]), name: "manifest")
            problems += try Schemas.odf.get().problems(in: try read(.fodt), name: "\(name).fodt")
            #expect(problems.isEmpty, "\(name): \(problems.prefix(10).joined(separator: "\n"))")
        }
    }
}
