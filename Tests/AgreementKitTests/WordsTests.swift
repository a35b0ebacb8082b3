import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The words files (`Sources/AgreementKit/Resources/*.yaml`): every fixed word is data, every file has the keys and
/// placeholders of `en.yaml`, a missing word fails the check instead of printing nothing, and values are inserted
/// literally.
@Suite("Words")
struct WordsTests {
    static let resources = TestEnvironment.repositoryRoot.appending(path: "Sources/AgreementKit/Resources")

    /// The words files as they are in the repository, by file name.
    static func sources() throws -> [(file: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: resources.path).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { ("Resources/" + $0, try String(contentsOf: resources.appending(path: $0), encoding: .utf8)) }
    }

    /// `en.yaml` with `edit` applied to its text, as another language's file.
    static func english(as file: String, _ edit: (String) -> String = { $0 }) throws -> [(file: String, text: String)] {
        let english = try String(contentsOf: resources.appending(path: "en.yaml"), encoding: .utf8)
        return [("Resources/en.yaml", english), (file, edit(english))]
    }

    static func problems(_ sources: [(file: String, text: String)]) -> [String] {
        switch WordsCheck.load(sources) {
        case .success: return []
        case .failure(let problems): return problems.messages
        }
    }

    @Test func theRepositoryFilesAreTheBuiltInOnesAndPassTheCheck() throws {
        let sources = try Self.sources()
        #expect(sources.map(\.file) == ["Resources/da.yaml", "Resources/en.yaml", "Resources/sv.yaml"])
        #expect(Self.problems(sources) == [])
        let embedded = EmbeddedWordsFiles.files.map {
            ("Resources/" + $0.path, String(decoding: Data(base64Encoded: $0.base64)!, as: UTF8.self))
        }
        #expect(embedded.map(\.0) == sources.map(\.file))
        #expect(embedded.map(\.1) == sources.map(\.text))
        #expect(Language.allCases == [.sv, .en, .da])
        #expect(Language.standard == .sv)
        #expect(Language(rawValue: "da") == .da)
        #expect(Language(rawValue: "de") == nil)
    }

    @Test func everyFileHasTheKeysAndPlaceholdersOfEnglish() throws {
        let words = try Self.sources().map { source in
            Words(
                code: String(source.file.dropFirst("Resources/".count).dropLast(5)), file: source.file,
                entries: try WordsYAML.entries(source.text, file: source.file))
        }
        let english = try #require(words.first { $0.code == "en" })
        #expect(english.keys == Set(WordsCheck.keys.map(\.key)))
        #expect(english.keys.isSuperset(of: MessageKey.allCases.map { "messages." + $0.rawValue }))
        for file in words {
            #expect(file.keys == english.keys, "\(file.file)")
            for (key, isList) in WordsCheck.keys where !isList {
                guard case .text(let text)? = file[key], case .text(let model)? = english[key] else {
                    Issue.record("\(file.file): '\(key)' is not a text")
                    continue
                }
                #expect(
                    Set(Placeholders.names(in: text)) == Set(Placeholders.names(in: model)),
                    "\(file.file): \(key)")
            }
        }
    }

    @Test func aMissingKeyIsAProblemNotAnEmptyText() throws {
        let sources = try Self.english(as: "Resources/sv.yaml") {
            $0.replacingOccurrences(of: "  built: \"The agreement is written:\"\n", with: "")
                .replacingOccurrences(of: "  draft: DRAFT", with: "  draft: \"\"")
        }
        #expect(
            Self.problems(sources) == [
                "Resources/sv.yaml: error: 'document.draft' is empty",
                "Resources/sv.yaml: error: 'interview.built' is missing",
            ])
    }

    @Test func placeholdersUnknownKeysAndKindsMustMatchEnglish() throws {
        let sources = try Self.english(as: "Resources/sv.yaml") {
            $0.replacingOccurrences(of: "\"Question {n} of ~{total}\"", with: "\"Fråga {number} av ~{total}\"")
                .replacingOccurrences(of: "  built: ", with: "  bulit: ")
                .replacingOccurrences(of: "  draft: DRAFT", with: "  draft: [UTKAST]")
        }
        #expect(
            Self.problems(sources) == [
                "Resources/sv.yaml: error: 'document.draft' must be one text",
                "Resources/sv.yaml: error: 'interview.built' is missing",
                "Resources/sv.yaml: error: 'interview.progress' has the placeholders {number}, {total}, but Resources/en.yaml has {n}, {total}",
                "Resources/sv.yaml: error: 'interview.bulit' is not a word opi-agreement uses (the keys are those of Resources/en.yaml)",
            ])
    }

    @Test func languageRulesAreChecked() throws {
        let sources = try Self.english(as: "Resources/da.yaml") {
            $0.replacingOccurrences(of: "plain: words", with: "plain: long")
                .replacingOccurrences(of: "November, December]", with: "November]")
                .replacingOccurrences(of: "sorts-as: []", with: "sorts-as: [ae=æ]")
        }
        #expect(
            Self.problems(sources) == [
                "Resources/da.yaml: error: dates.months must name twelve months",
                "Resources/da.yaml: error: dates.plain must be iso or words",
                "Resources/da.yaml: error: collation.sorts-as entries are written letter=letter, not 'ae=æ'",
                "Resources/en.yaml: error: language.order 2 is also the order of da.yaml",
            ])
        #expect(
            Self.problems([("Resources/sv.yaml", "a: b\n")]) == [
                "error: there is no en.yaml, the words file the others are compared with"
            ])
        #expect(
            Self.problems(try Self.english(as: "Resources/Swedish.yaml")) == [
                "Resources/Swedish.yaml: error: a words file is named after its language code, such as sv.yaml"
            ])
    }

    @Test func aThirdLanguageNeedsOnlyItsFile() throws {
        let sources = try Self.english(as: "Resources/da.yaml") {
            $0.replacingOccurrences(of: "order: \"2\"", with: "order: \"3\"")
                .replacingOccurrences(of: "  annex: Annex", with: "  annex: Bilag")
        }
        let words = try #require(try? WordsCheck.load(sources).get())
        #expect(words["da"]?.text(.documentAnnex) == "Bilag")
        #expect(words["da"]?.text(.documentAnnexLabel, ["n": "2"]) == "Annex 2")
    }

    @Test func yamlProblemsAreLocated() {
        #expect(
            Self.problems([("Resources/en.yaml", "document:\n  clause: [a, {b: c}]\n")]).first
                == "Resources/en.yaml:2:15: error: 'document.clause' must be a list of texts")
    }

    @Test func placeholdersAreFilledLiterally() {
        #expect(
            Placeholders.fill("Fråga {n} av ~{total}", ["n": "{total}", "total": "{n}"], key: "k", file: "f")
                == "Fråga {total} av ~{n}")
        #expect(
            Placeholders.fill("{a}{b} { x } {Big} {} {1} {", ["a": "1", "b": "\\2"], key: "k", file: "f")
                == "1\\2 { x } {Big} {} {1} {")
        #expect(Placeholders.names(in: "'{text}' … '{text} SEK' {n-1}") == ["text", "n-1"])
        let text = InterviewText(language: .sv)
        #expect(text.record("Leverantör {n}", 2) == "Leverantör {n}, post 2")
        #expect(
            text.unknownCommand("!{command}")
                == "Okänt kommando ”!{command}”; kommandona är ?, < och !granska (skriv \\!{command} för att svara med texten)."
        )
        #expect(AnswerProblem.notInteger(text: "{text}").message(in: .en) == "'{text}' is not a whole number")
        #expect(
            AnswerProblem.noCurrency(text: "{text} 5").message(in: .sv)
                == "”{text} 5” har ingen valuta och frågan har ingen förvald valuta; skriv till exempel ”{text} 5 SEK”")
    }

    @Test func numbersDatesAndOrderComeFromTheFiles() {
        let sv = ValueFormatter(language: .sv)
        let en = ValueFormatter(language: .en)
        let amount = Amount(minorUnits: -123_456_705, currency: "SEK")
        #expect(sv.amount(amount) == "-1\u{00A0}234\u{00A0}567,05\u{00A0}SEK")
        #expect(en.amount(amount) == "SEK\u{00A0}-1,234,567.05")
        let date = CalendarDate(year: 2026, month: 3, day: 1)!
        #expect(sv.plain(.date(date), nil) == "2026-03-01")
        #expect(en.plain(.date(date), nil) == "1 March 2026")
        #expect(sv.dateInWords(date) == "1 mars 2026")
        #expect(Collation.precedes("zebra", "ödla", in: .sv))
        #expect(Collation.precedes("ödla", "zebra", in: .en))
        #expect(Collation.key("æü", .sv) == Collation.key("äy", .sv))
        #expect(Vocabulary(.sv).languageTag == "sv-SE" && Vocabulary(.en).countryCode == "GB")
    }

    /// Danish: dates in words ("15. september 2026"), Danish kroner with the Danish sign and other currencies with
    /// their code before the amount, æ, ø and å after z, the party's short name in »«, and a message in Danish.
    @Test func danishFormats() {
        let da = ValueFormatter(language: .da)
        let date = CalendarDate(year: 2026, month: 9, day: 15)!
        #expect(da.dateInWords(date) == "15. september 2026")
        #expect(da.plain(.date(date), nil) == "15. september 2026")
        #expect(da.amount(Amount(minorUnits: 150_000_000, currency: "DKK")) == "1.500.000\u{00A0}kr.")
        #expect(da.amount(Amount(minorUnits: 150_000_050, currency: "DKK")) == "1.500.000,50\u{00A0}kr.")
        #expect(da.amount(Amount(minorUnits: 150_000_000, currency: "SEK")) == "SEK\u{00A0}1.500.000")
        #expect(da.amount(Amount(minorUnits: 1_000_000, currency: "EUR")) == "EUR\u{00A0}10.000")
        // Swedish and English keep the code for every currency, also for Danish kroner.
        #expect(
            ValueFormatter(language: .sv).amount(Amount(minorUnits: 150_000_000, currency: "DKK"))
                == "1\u{00A0}500\u{00A0}000\u{00A0}DKK")
        #expect(
            ValueFormatter(language: .en).amount(Amount(minorUnits: 150_000_000, currency: "DKK"))
                == "DKK\u{00A0}1,500,000")
        let words = ["Århus", "Bornholm", "Ølstykke", "Zealand", "Ærø", "Odense", "Ängelholm", "Östersund", "Üsküdar"]
        #expect(
            words.sorted { Collation.precedes($0, $1, in: .da) }
                == ["Bornholm", "Odense", "Üsküdar", "Zealand", "Ängelholm", "Ærø", "Ølstykke", "Östersund", "Århus"])
        #expect(Collation.key("äöü", .da) == Collation.key("æøy", .da))
        #expect(Vocabulary(.da).languageTag == "da-DK" && Vocabulary(.da).countryCode == "DK")
        #expect(Language.da.words.text(.quotesOpen) + "Kommunen" + Language.da.words.text(.quotesClose) == "»Kommunen«")
        #expect(
            AnswerProblem.noCurrency(text: "250000").message(in: .da)
                == "»250000« har ingen valuta, og spørgsmålet har ingen standardvaluta; skriv for eksempel »250000 DKK«"
        )
        #expect(InterviewText(language: .da).progress(7, of: 18) == "Spørgsmål 7 af ~18")
        #expect(
            Language.da.words.text(Message(.cliUnknownLanguage, ["value": .text("de"), "values": .text("sv, en, da")]))
                == "»de« er ikke et sprog; sprogene er sv, en, da")
    }

    /// A currency sign is written CODE=sign.
    @Test func currencySignsAreChecked() throws {
        let sources = try Self.english(as: "Resources/da.yaml") {
            $0.replacingOccurrences(of: "order: \"2\"", with: "order: \"3\"")
                .replacingOccurrences(of: "currency-signs: []", with: "currency-signs: [DKK=kr., kr=DKK, EUR=]")
        }
        #expect(
            Self.problems(sources) == [
                "Resources/da.yaml: error: numbers.currency-signs entries are written CODE=sign (DKK=kr.), not 'kr=DKK'",
                "Resources/da.yaml: error: numbers.currency-signs entries are written CODE=sign (DKK=kr.), not 'EUR='",
            ])
    }

    /// No word is chosen by language in code (`language == .sv ? … : …`, `case (.sv, …)`, `let sv = …`): the words
    /// come from the files.
    @Test func noWordIsChosenByLanguageInCode() throws {
        let sources = TestEnvironment.repositoryRoot.appending(path: "Sources")
        let walker = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        let pattern = try Regex(#"[=!]= *\.(sv|en)\b|\bsv \?|\blet sv\b|case \(?\.(sv|en)\b|\.(sv|en) *\?"#)
        var offenders: [String] = []
        for case let url as URL in walker
        where url.pathExtension == "swift" && url.lastPathComponent != "Language.swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains(pattern) {
                offenders.append("\(url.lastPathComponent):\(number + 1)")
            }
        }
        #expect(offenders == [])
    }
}

@Suite("Words: yes and no")
struct YesNoWordsTests {
    @Test func yesAndNoInEveryLanguage() {
        for (word, answer) in [("ja", true), ("yes", true), ("nej", false), ("no", false)] {
            #expect(Language.yesNo(word, initials: false) == answer, "\(word)")
            #expect(Language.yesNo(word, initials: true) == answer, "\(word)")
        }
        for (word, answer) in [("j", true), ("y", true), ("n", false)] {
            #expect(Language.yesNo(word, initials: true) == answer, "\(word)")
            #expect(Language.yesNo(word, initials: false) == nil, "\(word)")
        }
        for word in ["true", "JA", "jo", "", "x", "nope"] {
            #expect(Language.yesNo(word, initials: true) == nil, "\(word)")
        }
    }
}
