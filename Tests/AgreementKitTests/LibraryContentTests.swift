import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The bundled OPI library as a lawyer would check it: every example and every generated combination of the
/// questionnaire's decisions builds a final agreement whose references resolve, which holds the procurement-neutrality
/// clause and exactly the chosen alternatives, and whose defined terms are all used; and across them every clause,
/// sub-clause, annex and branch of the library is reached.
@Suite("The bundled OPI library")
struct LibraryContentTests {
    static let library = ExampleBuildTests.library
    static let examples = ExampleBuildTests.examples

    /// The heading that only the chosen results clause has, per results model and language.
    static let resultsMarkers: [String: [Language: String]] = [
        "open": [.sv: "Full öppenhet", .en: "Full openness", .da: "Fuld åbenhed"],
        "each_owns": [
            .sv: "Varje Part äger sina Resultat", .en: "Each Party owns its Results",
            .da: "Hver Part ejer sine Resultater",
        ],
        "supplier_owns": [
            .sv: "Licens till alla anbudsgivare", .en: "Licence to all bidders", .da: "Licens til alle tilbudsgivere",
        ],
        "public_owns": [
            .sv: "Licens till alla företag", .en: "Licence to all undertakings", .da: "Licens til alle virksomheder",
        ],
    ]
    static let resultsClauses = [
        "open": "results-open", "each_owns": "results-each-owns", "supplier_owns": "results-supplier-owns",
        "public_owns": "results-public-owns",
    ]
    static let costsClauses = ["own_costs": "costs-own", "co_financing": "costs-cofinancing", "grant": "costs-grant"]
    static let neutralityHeading: [Language: String] = [
        .sv: "Upphandlingsneutralitet", .en: "Procurement neutrality", .da: "Udbudsneutralitet",
    ]
    /// Words that only the facilitator clause's two answers to `facilitator_may_bid` give, per language.
    static let facilitatorBids: [Bool: [Language: String]] = [
        true: [
            .sv: "En Processledare får lämna anbud i en Efterföljande Upphandling",
            .en: "A Facilitator may submit a tender in a Subsequent Procurement",
            .da: "En Procesleder må afgive tilbud i et Efterfølgende Udbud",
        ],
        false: [
            .sv: "En Processledare får inte lämna anbud i en Efterföljande Upphandling",
            .en: "A Facilitator may not submit a tender in a Subsequent Procurement",
            .da: "En Procesleder må ikke afgive tilbud i et Efterfølgende Udbud",
        ],
    ]
    /// The procurement-neutrality clause's words when the facilitator may not bid.
    static let neutralityNoFacilitatorBid: [Language: String] = [
        .sv: "En Processledare får däremot inte lämna anbud", .en: "A Facilitator may not, however, submit a tender",
        .da: "En Procesleder må derimod ikke afgive tilbud",
    ]
    /// The project manager's words when the project manager keeps the project log.
    static let managerKeepsLog: [Language: String] = [
        .sv: "för Projektloggen på uppdrag av", .en: "keeps the Project Log on behalf of",
        .da: "fører Projektloggen på vegne af",
    ]
    /// Words that say no money passes between the parties: wrong whenever someone pays.
    static let noPayment: [Language: String] = [
        .sv: "ingen Part ersätter en annan Part för dess arbete", .en: "no Party pays another Party for its work",
        .da: "ingen Part betaler en anden Part for dens arbejde",
    ]

    // MARK: Building

    /// One final assembly, with what the checks need.
    struct Built {
        var result: AssemblyResult
        var text: String
        var ids: Set<String>
    }

    static func build(_ yaml: String, file: String, language: Language) throws -> Built {
        let library = try Self.library.get()
        let answers = try AnswersLoader.load(
            Data(yaml.utf8), file: file, questionnaire: library.questionnaire, requireComplete: true)
        let result = try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: language, final: true))
        var ids = Set(MiniLibrary.clauseIDs(result.agreement.blocks))
        for block in result.agreement.blocks {
            if case .annexes(let list) = block { list.annexes.forEach { ids.insert($0.id) } }
        }
        return Built(result: result, text: MiniLibrary.text(result.agreement.blocks), ids: ids)
    }

    /// The errors the questionnaire's checks give a final agreement with these answers.
    static func finalCheckRefusals(_ yaml: String, file: String, language: Language) throws -> [Diagnostic] {
        let library = try Self.library.get()
        let answers = try AnswersLoader.load(Data(yaml.utf8), file: file, questionnaire: library.questionnaire)
        return library.questionnaire.checkDiagnostics(answers, language: language, final: true)
            .filter { $0.severity == .error }
    }

    /// The checks every assembled agreement must pass; `label` names it in failures.
    static func check(_ built: Built, answers: [String: String], language: Language, label: String) {
        let agreement = built.result.agreement
        #expect(built.result.missing.isEmpty, "\(label): missing \(built.result.missing.map(\.path))")
        let issues = ModelValidator().issues(in: agreement)
        #expect(issues.isEmpty, "\(label): \(issues.map(\.description).prefix(5))")
        #expect(built.text.contains(neutralityHeading[language]!), "\(label): no procurement-neutrality clause")
        #expect(built.ids.contains("procurement-neutrality"), "\(label): no procurement-neutrality clause")

        let model = answers["results_model"] ?? "open"
        for (value, clause) in resultsClauses {
            let chosen = value == model
            #expect(
                built.ids.contains(clause) == chosen,
                "\(label): results clause \(clause) \(chosen ? "missing" : "present")")
            let marker = resultsMarkers[value]![language]!
            #expect(built.text.contains(marker) == chosen, "\(label): '\(marker)' \(chosen ? "missing" : "present")")
        }
        let funding = answers["funding_model"] ?? "own_costs"
        for (value, clause) in costsClauses {
            #expect(built.ids.contains(clause) == (value == funding), "\(label): costs clause \(clause)")
        }
        #expect(
            built.text.contains(noPayment[language]!) == (funding == "own_costs"), "\(label): the no-payment sentence")
        checkFacilitator(built, answers: answers, language: language, label: label)
        unusedTerms(agreement).forEach {
            Issue.record("\(label): the term '\($0)' is defined but not used outside the definitions")
        }
    }

    /// A facilitator has its clause, is kept out of the steering group's vote, and may bid, or not, exactly as
    /// answered; without one no text mentions it.
    static func checkFacilitator(_ built: Built, answers: [String: String], language: Language, label: String) {
        let facilitators = built.result.agreement.metadata.parties.filter { $0.role == .facilitator }
        let word = [Language.sv: "Processledare", .en: "Facilitator", .da: "Procesleder"][language]!
        #expect(built.ids.contains("facilitator") == !facilitators.isEmpty, "\(label): facilitator clause")
        guard !facilitators.isEmpty else {
            #expect(!built.text.contains(word), "\(label): '\(word)' without a facilitator")
            return
        }
        func yes(_ key: String, default value: Bool) -> Bool {
            guard let answer = answers[key]?.lowercased() else { return value }
            return ["true", "yes", "ja"].contains(answer)
        }
        let mayBid = yes("facilitator_may_bid", default: false)
        for (bids, markers) in facilitatorBids {
            #expect(built.text.contains(markers[language]!) == (bids == mayBid), "\(label): '\(markers[language]!)'")
        }
        #expect(
            built.text.contains(neutralityNoFacilitatorBid[language]!) == !mayBid,
            "\(label): the neutrality clause on the facilitator's bid")
        let keepsLog = yes("facilitator_keeps_log", default: true)
        #expect(built.ids.contains("facilitator-log") == keepsLog, "\(label): who keeps the project log")
        #expect(
            built.text.contains(managerKeepsLog[language]!) == !keepsLog, "\(label): the project manager and the log")
        let rows = built.text.split(separator: "\n").filter {
            $0.hasSuffix(" | \(word)") || $0.contains(" | \(word) | ")
        }
        // One row per facilitator in each roles table: the organisation clause's, and the project description
        // annex's when it is written.
        let tables = built.ids.contains("annex-pd-roles") ? 2 : 1
        #expect(rows.count == facilitators.count * tables, "\(label): roles table rows for facilitators")
    }

    /// The terms the definitions clause defines that the rest of the agreement never uses.
    static func unusedTerms(_ agreement: Agreement) -> [String] {
        var terms = TermUses()
        terms.walk(agreement.blocks)
        return terms.defined.filter { !terms.used.contains($0) }
    }

    /// The terms the definitions clause defines, and the terms used outside it.
    struct TermUses: ModelWalker {
        var defined: [String] = []
        var used: Set<String> = []

        mutating func visit(_ block: Block, at position: ModelPosition) {
            guard case .clause(let c) = block, c.id == "definitions" else { return descend(into: block, at: position) }
            for case .clause(let entry) in c.body {
                for case .paragraph(let p) in entry.body {
                    for case .definition(let term, _) in p { defined.append(term) }
                }
            }
        }

        mutating func visit(_ inline: Inline, at position: ModelPosition) {
            if case .termUse(let term, _) = inline { used.insert(term) }
            descend(into: inline, at: position)
        }
    }

    // MARK: Examples

    static func answersMap(_ yaml: String) -> [String: String] {
        var map: [String: String] = [:]
        for line in yaml.split(separator: "\n") where !line.hasPrefix(" ") && !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            map[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return map
    }

    @Test(arguments: ExampleBuildTests.exampleLanguages)
    func exampleHoldsTheChosenClauses(example: String, language: Language) throws {
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/\(example)")
        let yaml = try String(contentsOf: url, encoding: .utf8)
        let built = try Self.build(yaml, file: url.path, language: language)
        Self.check(
            built, answers: Self.answersMap(yaml), language: language, label: "\(example) (\(language.rawValue))")
    }

    @Test func theThreeExamplesCoverTheIssue() throws {
        #expect(
            Set(["waste-collection.yaml", "health-care.yaml", "cross-border.yaml"]).isSubset(of: Set(Self.examples)))
        let health = try Self.build(
            try String(
                contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml"),
                encoding: .utf8),
            file: "health-care.yaml", language: .sv)
        #expect(
            health.ids.isSuperset(of: [
                "costs-cofinancing", "results-each-owns", "personal-data", "knowledge-institutions", "facilitator",
                "facilitator-log",
                "annex-dpa",
            ]))
        // The pilot with 60 patients: the pilot clause with its regulatory, equipment and health-data parts.
        #expect(
            health.ids.isSuperset(of: [
                "pilot", "pilot-care", "pilot-mdr", "pilot-ethics", "pilot-equipment", "pilot-after", "reporting",
                "personal-data-independent", "personal-data-health",
            ]))
        let facilitator = try #require(health.result.agreement.metadata.parties.first { $0.role == .facilitator })
        #expect(
            facilitator.name == "Innovationsbyrån Exempelland AB" && facilitator.organisationNumber == "559318-2040")
        // The roles table is one table with a row per party: rows added by loops continue the table.
        let roles = try #require(Self.subclause("organisation-roles", in: health.result.agreement.blocks))
        let tables = roles.body.compactMap { block -> Table? in
            if case .table(let t) = block { return t } else { return nil }
        }
        #expect(tables.count == 1 && tables.first?.rows.count == 5)

        let cross = try Self.build(
            try String(
                contentsOf: TestEnvironment.repositoryRoot.appendingPathComponent("examples/cross-border.yaml"),
                encoding: .utf8),
            file: "cross-border.yaml", language: .sv)
        #expect(cross.ids.isSuperset(of: ["costs-grant", "results-supplier-owns", "annex-grant-decision"]))
        let danish = cross.result.agreement.metadata.parties.filter { $0.organisationNumberKind == .cvr }
        #expect(danish.map(\.organisationNumber) == ["29615403", "38472615"])
        #expect(
            cross.text.contains("offentlighedsloven")
                && cross.text.contains("offentlighets- och sekretesslagen (2009:400)"))
        #expect(cross.text.contains("udbudsloven") && cross.text.contains("lagen (2016:1145) om offentlig upphandling"))
        #expect(cross.text.contains("Lagvalet påverkar inte"))
    }

    static func subclause(_ id: String, in blocks: [Block]) -> Clause? {
        var found: Clause?
        blocks.forEachBlock { block, _ in
            if found == nil, case .clause(let c) = block, c.id == id { found = c }
        }
        return found
    }

    // MARK: Generated answers

    /// Complete answers that every generated variant starts from, as question id and YAML value.
    static let base: [(String, String)] = [
        ("project_title", "Test"),
        ("project_need", "Ett behov."),
        ("expected_procurement_time", "under 2028"),
        ("agreement_date", "2026-05-04"),
        ("supplier_selection", "open_call"),
        ("selection_call_date", "2026-02-02"),
        ("selection_call_channel", "kommunens webbplats"),
        ("selection_description", "Kommunen bjöd in företagen efter en marknadsdialog."),
        ("development_goals", "[{goal: Ett mål}, {goal: Ett andra mål}]"),
        ("project_scope", "Omfattningen."),
        ("out_of_scope", "Drift efter Projektet."),
        ("project_start", "2026-06-01"),
        ("project_end", "2027-12-31"),
        ("phases", "[{name: Fas 1, milestone: Delmål 1, end_date: 2026-12-31}, {name: Fas 2, milestone: Delmål 2}]"),
        ("pilot_with_users", "true"),
        ("pilot_description", "Testet."),
        ("pilot_patients", "true"),
        ("pilot_medical_device", "true"),
        ("pilot_equipment", "true"),
        ("pilot_equipment_removal_days", "30"),
        ("parallel_agreements", "true"),
        (
            "public_parties",
            "[{name: Exempelstads kommun, organisation_number: 212000-1231, contact_name: A, contact_email: a@example.se, responsibilities: Testmiljö, signatory_name: S}]"
        ),
        (
            "suppliers",
            "[{name: Alfa AB, organisation_number: 556987-6542, contact_name: B, contact_email: b@example.se, responsibilities: Sensorer, signatory_name: S}, {name: Beta ApS, country: dk, cvr_number: \"38472615\", contact_name: C, signatory_name: S}]"
        ),
        (
            "knowledge_institutions",
            "[{name: Exempelstads universitet, organisation_number: 202100-5430, address: Box 100, responsibilities: Utvärdering, signatory_name: S}]"
        ),
        (
            "facilitators",
            "[{name: Innovationsbyrån AB, organisation_number: 559318-2040, contact_name: F, responsibilities: Processledning, signatory_name: S}]"
        ),
        ("lead_public_party", "Exempelstads kommun"),
        ("public_cost_sharing", "each_own"),
        ("later_procurement", "each"),
        ("key_staff", "[{name: Eva Ek, party: Alfa AB, role: Utvecklingsansvarig}]"),
        ("facilitator_keeps_log", "true"),
        ("facilitator_may_bid", "false"),
        ("project_manager", "A, Exempelstads kommun"),
        ("steering_group_meetings", "quarterly"),
        ("decision_rule", "unanimous"),
        (
            "party_roles",
            "[{party: Exempelstads kommun, steering_member: A, steering_deputy: B, project_group: C, tasks: Testmiljö}, {party: Alfa AB, steering_member: D, tasks: Sensorer}, {party: Beta ApS}, {party: Exempelstads universitet, project_group: E}, {party: Innovationsbyrån AB, project_group: F}]"
        ),
        ("project_budget", "2400000"),
        (
            "contributions",
            "[{party: Exempelstads kommun, kind: work, description: Verksamhetens medverkan, hours: 1000, rate: 800}, {party: Alfa AB, kind: work, description: Utveckling, hours: 1000, rate: 1000}, {party: Beta ApS, kind: equipment, value: 600000}]"
        ),
        ("funding_shares", "[{party: Alfa AB, amount: 300000}]"),
        ("funding_model", "co_financing"),
        ("public_funding_basis", "gber_art25"),
        ("cofinancing_amount", "500000"),
        ("cofinancing_share", "40"),
        ("grant_funder", "Vinnova"),
        ("grant_amount", "1000000"),
        ("grant_reference", "2026-00001"),
        ("grant_coordinator", "Exempelstads kommun"),
        (
            "party_background",
            "[{party: Alfa AB, brings: Plattform X, excludes: Källkoden}, {party: Beta ApS, brings: Sensor Y}]"
        ),
        ("results_model", "each_owns"),
        ("cofinancing_risk_acknowledged", "true"),
        ("openness", "partial"),
        ("publication_delay_days", "60"),
        ("exit_on_complaint", "true"),
        ("confidentiality_years", "5"),
        (
            "added_values",
            "[{value: Mindre utsläpp, dimension: environmental, indicator: Ton CO2, baseline: 100, target: 80, reporting: Kvartalsvis, method: Mätning, responsible: Exempelstads kommun}, {value: Fler jobb, dimension: social, indicator: Antal anställda, baseline: 10, target: 15, reporting: Årligen}]"
        ),
        ("personal_data", "true"),
        ("data_roles", "mixed"),
        ("personal_data_health", "true"),
        ("dpa_subject_matter", "Leverantörerna lagrar mätvärden för Kommunens räkning."),
        ("dpa_duration", "Behandlingen pågår under testet."),
        ("dpa_nature", "Insamling, lagring och analys."),
        ("dpa_purpose", "Att pröva lösningen i Projektet."),
        ("dpa_data_types", "Namn och mätvärden."),
        ("dpa_data_subjects", "Deltagare i testet."),
        (
            "dpa_subprocessors",
            "[{name: Molnet AB, location: Sverige, service: Lagring, engaged_by: Alfa AB}, {name: Drift Oy, location: Finland, service: Drift}]"
        ),
        ("dpa_transfer_basis", "Support från ett land utanför EES enligt kommissionens standardavtalsklausuler."),
        ("dpa_security_measures", "Kryptering och behörighetsstyrning."),
        ("dpa_breach_hours", "24"),
        ("liability_cap", "250000"),
        ("withdrawal_model", "immediate"),
        ("withdrawal_notice_days", "30"),
        ("governing_law", "se"),
        ("dispute_forum", "courts"),
        ("mediation_first", "false"),
        ("dispute_court", "Malmö tingsrätt"),
        ("arbitration_seat", "Malmö"),
        ("proceedings_language", "sv"),
        ("mediation_rules", "scc"),
        ("mediation_other_rules", "Andra regler"),
        ("language_versions", "single"),
    ]

    /// Changes to the parties that decisions depend on (countries, numbers of parties).
    static let partyVariants: [[String: String?]] = [
        ["public_parties": "[{name: Eksempelby Kommune, country: dk, cvr_number: \"29615403\", signatory_name: S}]"],
        [
            "public_parties":
                "[{name: Eksempelby Kommune, country: dk, cvr_number: \"29615403\", signatory_name: S}, {name: Naboby Kommune, country: dk, cvr_number: \"34681228\", signatory_name: T}]",
            "governing_law": "dk",
        ],
        [
            "public_parties":
                "[{name: Exempelstads kommun, organisation_number: 212000-1231, signatory_name: S}, {name: Eksempelby Kommune, country: dk, cvr_number: \"29615403\", signatory_name: S}]",
            "governing_law": "dk",
        ],
        [
            "public_parties": "[{name: Eksempelby Kommune, country: dk, cvr_number: \"29615403\", signatory_name: S}]",
            "suppliers":
                "[{name: Beta ApS, country: dk, cvr_number: \"38472615\", address: Havnegade 1, signatory_name: S}]",
            "knowledge_institutions":
                "[{name: Eksempel Universitet, country: dk, cvr_number: \"41928379\", signatory_name: S}]",
            "facilitators":
                "[{name: Eksempel Innovation, country: dk, cvr_number: \"34681228\", address: Torvet 2, signatory_name: S}]",
            "governing_law": "dk",
        ],
        [
            "knowledge_institutions": nil,
            "suppliers": "[{name: Alfa AB, organisation_number: 556987-6542, signatory_name: S}]",
        ],
        [
            "knowledge_institutions":
                "[{name: Universitet A, contact_name: C, organisation_number: 202100-5430, signatory_name: S}, {name: Institut B, contact_name: D, contact_email: d@example.se, organisation_number: 202100-5430, signatory_name: S}]"
        ],
        [
            "public_parties":
                "[{name: Kommun A, contact_name: E, organisation_number: 212000-1231, signatory_name: S}, {name: Kommun B, organisation_number: 212000-0142, address: Box 1, signatory_name: S}]"
        ],
        ["facilitators": nil],
        [
            "facilitators":
                "[{name: Processbyrå A, contact_name: G, contact_email: g@example.se, organisation_number: 559318-2040, signatory_name: S}, {name: Processbyrå B, organisation_number: 556987-6542, signatory_name: S}]"
        ],
        ["knowledge_institutions": nil, "facilitators": nil],
        ["development_goals": "[]", "phases": "[]", "added_values": "[]"],
        ["project_start": nil],
        ["project_start": nil, "project_end": nil],
    ]

    /// The decisions: every choice and yes/no question of the questionnaire with its options.
    static func decisions(_ questionnaire: Questionnaire) -> [(id: String, values: [String])] {
        questionnaire.questions.compactMap { q in
            switch q.type {
            case .choice: return (q.id, q.options.map(\.value))
            case .yesNo: return (q.id, ["true", "false"])
            default: return nil
            }
        }
    }

    static func yaml(_ overrides: [String: String?]) -> String {
        var overrides = overrides
        // The answers that name a party (party questions) name one of this variant's parties.
        func names(_ ids: [String]) -> [String] {
            ids.flatMap { id -> [String] in
                let value = overrides[id].map { $0 ?? "" } ?? base.first { $0.0 == id }?.1 ?? ""
                return value.components(separatedBy: "name: ").dropFirst().compactMap {
                    $0.split(whereSeparator: { $0 == "," || $0 == "}" }).first.map(String.init)
                }
            }
        }
        let publicNames = names(["public_parties"])
        let all = names(["public_parties", "suppliers", "knowledge_institutions", "facilitators"])
        if let first = publicNames.first {
            if overrides["lead_public_party"] == nil, !publicNames.contains("Exempelstads kommun") {
                overrides["lead_public_party"] = first
            }
            if overrides["grant_coordinator"] == nil, !all.contains("Exempelstads kommun") {
                overrides["grant_coordinator"] = first
            }
            if overrides["key_staff"] == nil, !all.contains("Alfa AB") {
                overrides["key_staff"] = "[{name: Eva Ek, party: \(first), role: Utvecklingsansvarig}]"
            }
        }
        var lines: [String] = []
        for (key, value) in base {
            let v: String?
            if let override = overrides[key] { v = override } else { v = value }
            if let v { lines.append("\(key): \(v)") }
        }
        // Answers the base leaves out (a reason given instead of a list, say).
        for (key, value) in overrides.sorted(by: { $0.key < $1.key }) where !base.contains(where: { $0.0 == key }) {
            if let value { lines.append("\(key): \(value)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every variant: the base, one decision at a time, rows that hold every pair of values of every two
    /// decisions, each optional question left out, and the party variants.
    static func variants(_ questionnaire: Questionnaire) -> [[String: String?]] {
        let decisions = Self.decisions(questionnaire)
        var out: [[String: String?]] = [[:]]
        for a in decisions {
            for va in a.values { out.append([a.id: va]) }
        }
        // The acknowledgement only decides whether a check refuses the agreement: one decision at a time covers it,
        // and leaving it out of the pairs keeps every pair in a row that builds.
        out += pairwiseRows(decisions.filter { $0.id != "cofinancing_risk_acknowledged" })
        for q in questionnaire.questions where !q.required && base.contains(where: { $0.0 == q.id }) {
            out.append([q.id: String?.none])
        }
        out += partyVariants
        // Decisions whose text depends on each other and on optional answers, in every combination.
        for law in ["se", "dk"] {
            for forum in ["courts", "arbitration"] {
                for mediation in ["true", "false"] {
                    for optional in [false, true] {
                        var v: [String: String?] = [
                            "governing_law": law, "dispute_forum": forum, "mediation_first": mediation,
                        ]
                        if optional { v["dispute_court"] = String?.none }
                        out.append(v)
                    }
                }
            }
        }
        // Several public parties: every way of sharing common costs and of procuring later, and a joint Swedish-Danish
        // procurement.
        let twoPublic =
            "[{name: Kommun A, organisation_number: 212000-1231, signatory_name: S}, {name: Kommun B, organisation_number: 212000-0142, signatory_name: S}]"
        for sharing in ["each_own", "equal", "annex"] {
            for later in ["each", "joint", "undecided"] {
                out.append(["public_parties": twoPublic, "public_cost_sharing": sharing, "later_procurement": later])
            }
        }
        out.append([
            "public_parties":
                "[{name: Exempelstads kommun, organisation_number: 212000-1231, signatory_name: S}, {name: Eksempelby Kommune, country: dk, cvr_number: \"29615403\", signatory_name: S}]",
            "later_procurement": "joint",
        ])
        out.append([
            "funding_model": "grant", "grant_amount": String?.none, "grant_reference": String?.none,
            "project_budget": String?.none,
        ])
        out.append(["funding_model": "co_financing", "cofinancing_share": String?.none])
        // The data processing agreement: its duration from the project's dates when none is given, and its numbers
        // of days and hours in the singular.
        out.append(["dpa_duration": String?.none, "project_start": String?.none])
        out.append(["dpa_duration": String?.none, "project_start": String?.none, "project_end": String?.none])
        out.append([
            "dpa_subprocessor_authorisation": "general", "dpa_objection_days": "1", "dpa_breach_hours": "1",
            "dpa_end_days": "1",
        ])
        // Health data without any pilot (three decisions at once).
        out.append(["personal_data_health": "true", "pilot_with_users": "false", "pilot_equipment": "false"])
        // No added values, with the reason a final agreement then needs.
        out.append(["added_values": String?.none, "no_added_values_reason": "Mervärdena redovisas i programmet."])
        out.append(["funding_model": "own_costs", "project_budget": String?.none])
        // One added value (the annex's singular).
        out.append([
            "added_values":
                "[{value: Mindre utsläpp, dimension: environmental, indicator: Ton CO2, baseline: 100, target: 80, reporting: Kvartalsvis}]"
        ])
        // The roles annex: each kind of party with and without each of its representatives.
        out.append([
            "party_roles":
                "[{party: Exempelstads kommun}, {party: Alfa AB, steering_deputy: X, project_group: Y}, {party: Beta ApS, steering_member: M, steering_deputy: N, project_group: P}, {party: Exempelstads universitet, steering_member: Q, steering_deputy: R}, {party: Innovationsbyrån AB}]"
        ])
        // A public party's contribution without a description, and co-financing before any contribution is known.
        out.append([
            "contributions":
                "[{party: Exempelstads kommun, kind: work, hours: 1000, rate: 800}, {party: Alfa AB, kind: work, description: Utveckling, hours: 1000, rate: 1000}, {party: Beta ApS, kind: equipment, value: 600000}]"
        ])
        out.append([
            "contributions": "[]", "project_budget": String?.none, "funding_shares": String?.none,
            "knowledge_institutions": String?.none,
            "suppliers": "[{name: Alfa AB, organisation_number: 556987-6542, signatory_name: S}]",
        ])
        // A postponement of publication longer than the 90 days a Project Log entry may wait for a filing.
        for results in ["each_owns", "supplier_owns", "public_owns"] {
            out.append(["results_model": results, "publication_delay_days": "120"])
        }
        // The money clauses follow the number of parties under every funding model and basis of public funding.
        for funding in ["own_costs", "grant"] {
            for party in partyVariants { out.append(party.merging(["funding_model": funding]) { $1 }) }
        }
        for basis in ["gber_art25", "de_minimis", "rd_purchase"] {
            for party in partyVariants { out.append(party.merging(["public_funding_basis": basis]) { $1 }) }
        }
        for results in resultsClauses.keys.sorted() {
            for openness in ["full", "partial"] {
                for party in partyVariants {
                    out.append(party.merging(["results_model": results, "openness": openness]) { $1 })
                }
            }
        }
        return out
    }

    /// Rows that together hold every pair of values of every two decisions: a pairwise covering array, built
    /// greedily and deterministically. Each row answers every decision, so a few dozen rows see every combination
    /// of two decisions that one variant per pair (thousands of builds) would.
    static func pairwiseRows(_ decisions: [(id: String, values: [String])]) -> [[String: String?]] {
        let n = decisions.count
        func pair(_ i: Int, _ a: Int, _ j: Int, _ b: Int) -> [Int] { i < j ? [i, a, j, b] : [j, b, i, a] }
        var uncovered = Set<[Int]>()
        for i in 0..<n {
            for j in (i + 1)..<n {
                for a in decisions[i].values.indices {
                    for b in decisions[j].values.indices { uncovered.insert([i, a, j, b]) }
                }
            }
        }
        var rows: [[String: String?]] = []
        while let first = uncovered.min(by: { $0.lexicographicallyPrecedes($1) }) {
            var row = [Int?](repeating: nil, count: n)
            row[first[0]] = first[1]
            row[first[2]] = first[3]
            for k in 0..<n where row[k] == nil {
                var best = 0
                var bestGain = -1
                for v in decisions[k].values.indices {
                    let gain = (0..<n).filter { m in row[m].map { uncovered.contains(pair(m, $0, k, v)) } ?? false }
                        .count
                    if gain > bestGain { (best, bestGain) = (v, gain) }
                }
                row[k] = best
            }
            for i in 0..<n { for j in (i + 1)..<n { uncovered.remove([i, row[i]!, j, row[j]!]) } }
            var variant: [String: String?] = [:]
            for k in 0..<n { variant[decisions[k].id] = decisions[k].values[row[k]!] }
            rows.append(variant)
        }
        return rows
    }

    /// Where each `{{if}}` / `{{elif}}` condition of the library stands.
    static func branchLocations(_ library: ClauseLibrary) -> Set<AgreementKit.SourceLocation> {
        var branches = BranchLocations()
        for clause in library.clauses { for body in clause.bodies.values { branches.walk(body) } }
        return branches.locations
    }

    struct BranchLocations: TemplateWalker {
        var locations: Set<AgreementKit.SourceLocation> = []

        mutating func visit(_ condition: Condition, in context: TemplateContext) {
            locations.insert(condition.location)
        }
    }

    @Test func everyClauseSubclauseAnnexAndBranchIsReachable() throws {
        let library = try Self.library.get()
        let variants = Self.variants(library.questionnaire)
        var reached: Set<String> = []
        var truths: [AgreementKit.SourceLocation: Set<Bool>] = [:]
        var failures = 0
        for (n, variant) in variants.enumerated() where failures < 20 {
            let yaml = Self.yaml(variant)
            var answers = Self.answersMap(yaml)
            for (key, value) in variant where value == nil { answers[key] = nil }
            for language in Language.allCases {
                let label = "variant \(n) \(variant.mapValues { $0 ?? "(none)" }) (\(language.rawValue))"
                // A final agreement is refused exactly when a check of level `final` fires (co-financing with
                // results that are not open and no acknowledgement; no added values and no reason).
                let refusals = try Self.finalCheckRefusals(yaml, file: "variant-\(n).yaml", language: language)
                let built: Built
                do {
                    built = try Self.build(yaml, file: "variant-\(n).yaml", language: language)
                } catch {
                    let errors = ((error as? DiagnosticError)?.diagnostics ?? []).filter { $0.severity == .error }
                    if refusals.isEmpty || errors != refusals {
                        failures += 1
                        Issue.record("\(label): \(error)")
                    }
                    continue
                }
                #expect(refusals.isEmpty, "\(label): built although \(refusals.map(\.message)) fired")
                Self.check(built, answers: answers, language: language, label: label)
                reached.formUnion(built.ids)
                for entry in built.result.trace.entries where entry.subject == "if" || entry.subject == "elif" {
                    if let at = entry.location { truths[at, default: []].insert(entry.decision == .included) }
                }
            }
        }
        // An annex's text is reached through its annex id and its sub-clause ids; its clause file's own id is not in
        // the agreement.
        var expected: Set<String> = Set(library.clauses.filter { $0.category != .annexes }.map(\.id))
        let lint = LintRun(library: library)
        for clause in library.clauses {
            for body in clause.bodies.values { lint.subclauseIDs(body).forEach { expected.insert($0.0) } }
        }
        for outline in library.outlines.values {
            for case .annexes(let annexes) in outline.items { annexes.forEach { expected.insert($0.id) } }
        }
        #expect(expected.subtracting(reached).sorted() == [], "never reached")
        for location in Self.branchLocations(library).sorted(by: {
            ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column)
        }) {
            let seen = truths[location] ?? []
            #expect(
                seen == [true, false],
                "\(location): the condition was \(seen.isEmpty ? "never evaluated" : "always \(seen.first!)")")
        }
    }

    @Test func lintIsClean() throws {
        let diagnostics = LibraryLinter(library: try Self.library.get()).lint()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    // MARK: LibreOffice

    @Test(
        .enabled(
            if: TestEnvironment.runReaderTests("soffice", "pdftotext"), "LibreOffice (soffice) or pdftotext missing"))
    func libreOfficeShowsNeutralityAndTheChosenResultsClause() throws {
        let dir = try TestEnvironment.temporaryDirectory("lo-examples")
        defer { try? FileManager.default.removeItem(at: dir) }
        var files: [(path: String, model: String)] = []
        for example in Self.examples {
            let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/\(example)")
            let yaml = try String(contentsOf: url, encoding: .utf8)
            let built = try Self.build(yaml, file: url.path, language: .sv)
            let renderer = try DocumentRenderer(options: .reproducible(for: built.result.agreement, environment: [:]))
            let out = dir.appendingPathComponent((example as NSString).deletingPathExtension + ".docx")
            try renderer.render(built.result.agreement, as: .docx).write(to: out)
            files.append((out.path, Self.answersMap(yaml)["results_model"] ?? "open"))
        }
        let profile = dir.appendingPathComponent("profile").path
        let result = try ProcessRunner.run(
            "soffice",
            ["-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "pdf", "--outdir", dir.path]
                + files.map(\.path))
        #expect(result.status == 0, "\(result.stderr)")
        for file in files {
            let pdf = (file.path as NSString).deletingPathExtension + ".pdf"
            let text = try ReaderText.pdf(pdf)
            let name = (file.path as NSString).lastPathComponent
            #expect(text.contains("Upphandlingsneutralitet"), "\(name): no procurement-neutrality heading")
            for (model, markers) in Self.resultsMarkers {
                #expect(
                    text.contains(markers[.sv]!) == (model == file.model), "\(name): results marker '\(markers[.sv]!)'")
            }
            if name == "cross-border.docx" { #expect(text.contains("CVR-nr 29615403"), "\(name): no CVR number") }
        }
    }
}
