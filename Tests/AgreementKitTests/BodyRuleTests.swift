import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The body of an agreement built from the bundled library: the agreement date, short names, signatories, the
/// notices fallback, paragraphs from long answers and the sentence before the signatures.
@Suite("The body rules")
struct BodyRuleTests {
    static let file = "answers.yaml"

    /// The waste-collection example's answers, changed by `edit`.
    static func answers(_ edit: (String) -> String = { $0 }) throws -> String {
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/waste-collection.yaml")
        return edit(try String(contentsOf: url, encoding: .utf8))
    }

    static func assemble(_ yaml: String, _ language: Language = .sv, final: Bool = false) throws -> Agreement {
        let library = try Examples.library.get()
        let answers = try AnswersLoader.load(Data(yaml.utf8), file: file, questionnaire: library.questionnaire)
        return try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: language, final: final)
        ).agreement
    }

    /// The errors an assembly throws.
    static func errors(_ yaml: String, final: Bool) throws -> [Diagnostic] {
        do {
            _ = try assemble(yaml, final: final)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        }
    }

    /// Where `text` starts in `yaml` (1-based line and column).
    static func location(of text: String, in yaml: String) -> (line: Int, column: Int)? {
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: text) {
                return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }

    static func signatures(_ agreement: Agreement) -> [Signature] {
        agreement.blocks.compactMap { block -> [Signature]? in
            if case .signatures(let s) = block { return s.signatures } else { return nil }
        }.flatMap { $0 }
    }

    static func paragraphs(_ agreement: Agreement) -> [[Inline]] {
        var out: [[Inline]] = []
        agreement.blocks.forEachBlock { block, _ in
            if case .paragraph(let p) = block { out.append(p) }
        }
        return out
    }

    // MARK: The agreement date

    @Test func theAgreementDateStandsUnderTheTitleAndAtTheSignatures() throws {
        let yaml = try Self.answers {
            $0.replacingOccurrences(
                of: "    signing_place: Norrby\n", with: "    signing_place: Norrby\n    signing_date: 2026-03-05\n")
        }
        for (language, line, date) in [
            (Language.sv, "Daterat den 2 mars 2026", "2 mars 2026"), (.en, "Dated 2 March 2026", "2 March 2026"),
        ] {
            let agreement = try Self.assemble(yaml, language)
            guard case .title(let title)? = agreement.blocks.first else {
                Issue.record("the agreement does not start with its title")
                continue
            }
            #expect(Inline.plainText(title.subtitle) == line)
            let signatures = Self.signatures(agreement)
            #expect(signatures.map(\.date?.iso) == ["2026-03-02", "2026-03-05"])
            let presentation = SignaturePresentation(vocabulary: Vocabulary(language))
            #expect(Inline.plainText(presentation.placeAndDateLine(signatures[0])).hasSuffix("Exempelstad, \(date)"))
        }
        let undated = try Self.assemble(yaml.replacingOccurrences(of: "agreement_date: 2026-03-02\n", with: ""))
        guard case .title(let title)? = undated.blocks.first else {
            Issue.record("the agreement does not start with its title")
            return
        }
        #expect(title.subtitle.isEmpty)
        let signatures = Self.signatures(undated)
        #expect(signatures.map(\.date?.iso) == [nil, "2026-03-05"])
        let line = SignaturePresentation(vocabulary: Vocabulary(.sv)).placeAndDateLine(signatures[0])
        #expect(Inline.plainText(line) == "Ort och datum: Exempelstad, ____________")
    }

    // MARK: Short names

    @Test func theBodyUsesShortNamesAndCapitalisesOneThatStartsASentence() throws {
        let swedish = MiniLibrary.text(try Self.assemble(try Self.answers()).blocks)
        #expect(swedish.contains("Kommunen ansvarar för att Projektloggen förs"))
        #expect(swedish.contains("Kommunen: Eva Ek, eva.ek@exempelstad.se"))
        #expect(!swedish.contains("Exempelstads kommun ansvarar"))
        let english = MiniLibrary.text(
            try Self.assemble(
                try Self.answers {
                    $0.replacingOccurrences(of: "short_name: Kommunen", with: "short_name: the Municipality")
                },
                .en
            ).blocks)
        #expect(english.contains("The Municipality shall be responsible for keeping the Project Log"))
        #expect(english.contains("on behalf of the Municipality"))
        #expect(!english.contains("Exempelstads kommun shall"))
        // The parties block keeps the full name.
        let agreement = try Self.assemble(try Self.answers())
        #expect(agreement.metadata.parties.first?.name == "Exempelstads kommun")
    }

    @Test func aShortNameGivenTwiceIsAnErrorAtTheSecond() throws {
        let yaml = try Self.answers {
            $0.replacingOccurrences(of: "short_name: Avfallsteknik", with: "short_name: kommunen")
        }
        let diagnostics = try Self.errors(yaml, final: false)
        let errors = diagnostics.filter { $0.severity == .error }
        let key = try #require(Self.location(of: "short_name: kommunen", in: yaml))
        #expect(errors.count == 1)
        // A note points at the first use of the short name.
        let first = try #require(Self.location(of: "short_name: Kommunen", in: yaml))
        #expect(
            diagnostics.filter { $0.severity == .note }.map(\.location)
                == [SourceLocation(file: Self.file, line: first.line, column: first.column + "short_name: ".count)])
        #expect(
            errors.first?.location
                == SourceLocation(file: Self.file, line: key.line, column: key.column + "short_name: ".count))
        #expect(errors.first?.message.contains("(suppliers[0].short_name)") == true, "\(errors)")
    }

    // MARK: Signatories

    @Test func aPartyWithTwoSignatoriesSignsJointlyWithALabelForItsRole() throws {
        let yaml = try Self.answers {
            $0.replacingOccurrences(
                of: "    signatory_title: Verkställande direktör\n",
                with: "    signatory_title: Verkställande direktör\n    second_signatory_name: Cecilia Dahl\n"
                    + "    second_signatory_title: Styrelseledamot\n")
        }
        let agreement = try Self.assemble(yaml)
        let signatures = Self.signatures(agreement)
        #expect(signatures.map(\.name) == ["Anna Andersson", "Bo Berg", "Cecilia Dahl"])
        #expect(signatures.map(\.jointly) == [false, true, true])
        #expect(signatures.map(\.party) == ["public_parties-1", "suppliers-1", "suppliers-1"])
        for (language, joint, publicLabel, companyLabel) in [
            (Language.sv, "För Avfallsteknik Nord AB (i förening)", "Behörig företrädare", "Firmatecknare"),
            (.en, "For Avfallsteknik Nord AB (jointly)", "Authorised representative", "Authorised signatory"),
        ] {
            let presentation = SignaturePresentation(vocabulary: Vocabulary(language))
            let parties = agreement.metadata.parties
            let lines = signatures.map { signature in
                presentation.lines(signature, party: parties.first { $0.id == signature.party }).map(Inline.plainText)
            }
            #expect(lines[1].first == joint && lines[2].first == joint)
            #expect(lines[1].contains(companyLabel) && lines[2].contains("Cecilia Dahl"))
            #expect(lines[0].contains(publicLabel) && !(lines[0].first ?? "").contains("("))
        }
        // The two joint signatures stand side by side in a row of their own.
        let table = try #require(
            LayoutBuilder.layOut(agreement).body.compactMap { block -> LaidOutTable? in
                if case .table(let t) = block, t.kind == .signatures { return t } else { return nil }
            }.first)
        #expect(table.rows.count == 2)
        #expect(
            table.rows.last?.cells.map { $0.first?.origin } == [
                "signature of 'suppliers-1'", "signature of 'suppliers-1'",
            ])
    }

    @Test func aFinalAgreementNeedsASignatoryAndTheNumberOfEveryParty() throws {
        let yaml = try Self.answers {
            $0.replacingOccurrences(of: "    signatory_name: Bo Berg\n", with: "")
                .replacingOccurrences(of: "    organisation_number: 212000-1231\n", with: "")
        }
        #expect(try Self.errors(yaml, final: false).isEmpty)
        let errors = try Self.errors(yaml, final: true)
        let supplier = try #require(Self.location(of: "- name: Avfallsteknik Nord AB", in: yaml))
        let municipality = try #require(Self.location(of: "- name: Exempelstads kommun", in: yaml))
        #expect(
            errors.contains {
                $0.message.contains("signatory") && $0.location?.line == supplier.line
            })
        #expect(
            errors.contains {
                $0.message.contains("organisation number") && $0.location?.line == municipality.line
            })
        #expect(errors.count == 2)
    }

    // MARK: Notices

    @Test func noticesGoToTheRegisteredAddressOfAPartyWithoutContact() throws {
        let yaml = try Self.answers {
            $0.replacingOccurrences(of: "    contact_name: Carl Lund\n", with: "")
        }
        let swedish = MiniLibrary.text(try Self.assemble(yaml).blocks)
        #expect(swedish.contains("Avfallsteknik: registrerad adress, Industrigatan 4, 234 56 Norrby"))
        #expect(swedish.contains("Kommunen: Eva Ek, eva.ek@exempelstad.se"))
        #expect(swedish.contains("med brev till Partens registrerade adress"))
        let english = MiniLibrary.text(try Self.assemble(yaml, .en).blocks)
        #expect(english.contains("Avfallsteknik: registered address, Industrigatan 4, 234 56 Norrby"))
        #expect(!english.contains("Avfallsteknik: carl"))
    }

    // MARK: Long answers

    @Test func aLongAnswerKeepsItsParagraphsAndStaysLiteral() throws {
        let description =
            "pilot_description: |\n  Första {{project_title}} *stjärna* <b>fet</b> & R&amp;D, en mening som\n"
            + "  fortsätter på nästa rad.\n\n  Andra stycket [[results]] \\{.\n\n\n  Tredje stycket.\n"
        let yaml = try Self.answers {
            $0.replacingOccurrences(
                of:
                    "pilot_description: >-\n  Test i två bostadsområden i Exempelstad där sensorer monteras på 200 kärl och hämtpersonalen kör efter de\n  planerade rutterna under sex månader.\n",
                with: description
            )
            .replacingOccurrences(
                of:
                    "    responsibilities: Tillhandahåller testområden, kärl och kunskap om hämtningen; för projektloggen.\n",
                with: "    responsibilities: |\n      Testområden och kärl.\n\n      För projektloggen.\n")
        }
        let agreement = try Self.assemble(yaml)
        let paragraphs = Self.paragraphs(agreement)
        let index = try #require(paragraphs.firstIndex { Inline.plainText($0).contains("Testet omfattar följande:") })
        #expect(
            Array(paragraphs[index].suffix(2))
                == [
                    .text("Testet omfattar följande: "),
                    .text(
                        "Första {{project_title}} *stjärna* <b>fet</b> & R&amp;D, en mening som fortsätter på nästa rad."
                    ),
                ])
        #expect(paragraphs[index + 1] == [.text("Andra stycket [[results]] \\{.")])
        #expect(paragraphs[index + 2] == [.text("Tredje stycket.")])
        // No hard break inside a paragraph, and no paragraph separator reaches the model.
        #expect(!paragraphs.joined().contains(.lineBreak))
        #expect(!MiniLibrary.text(agreement.blocks).contains("\u{2029}"))
        // In a table cell the paragraphs are separated by a line break.
        var cells: [[Inline]] = []
        agreement.blocks.forEachBlock { block, _ in
            if case .table(let t) = block { cells += t.rows.flatMap(\.cells) }
        }
        #expect(cells.contains([.text("Testområden och kärl."), .lineBreak, .text("För projektloggen.")]))
    }

    @Test func answerParagraphsSplitAtBlankLinesOnly() {
        #expect(AnswerParagraphs.paragraphs("a\nb") == ["a b"])
        #expect(AnswerParagraphs.paragraphs("a  \n  b\r\n\r\nc\n \t\nd") == ["a b", "c", "d"])
        #expect(AnswerParagraphs.paragraphs("a\u{2029}b") == ["a", "b"])
        #expect(AnswerParagraphs.paragraphs("  kept as is  ") == ["  kept as is  "])
        // Lines of white space only are one empty paragraph, as an empty text is.
        #expect(AnswerParagraphs.paragraphs(" \n\n\t") == [""])
    }

    // MARK: The signature page

    @Test func theSignaturesFollowTheAnnexListAndALeadIn() throws {
        let electronic = try Self.answers { $0.replacingOccurrences(of: "signing_method: paper\n", with: "") }
        for (yaml, language, sentence) in [
            (electronic, Language.sv, "Detta avtal undertecknas elektroniskt."),
            (electronic, .en, "This Agreement is signed electronically."),
            (
                try Self.answers(), .sv,
                "Detta avtal har upprättats i två likalydande exemplar, av vilka Parterna har tagit var sitt."
            ),
            (
                try Self.answers(), .en,
                "This Agreement has been executed in two identical counterparts, of which each Party has taken one."
            ),
        ] {
            let blocks = try Self.assemble(yaml, language).blocks
            let signatures = try #require(blocks.firstIndex { if case .signatures = $0 { true } else { false } })
            let annexes = try #require(blocks.firstIndex { if case .annexes = $0 { true } else { false } })
            #expect(annexes < signatures)
            #expect(blocks[signatures - 1] == .paragraph([.text(sentence)]))
            #expect(blocks[signatures - 2] == .pageBreak)
        }
    }
}
