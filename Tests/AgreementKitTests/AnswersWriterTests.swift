import Foundation
import TestSupport
import Testing
import Yams

@testable import AgreementKit

/// `AnswersWriter` writes what `AnswersLoader` reads back to the same values, whatever the strings hold.
@Suite("Answers writer")
struct AnswersWriterTests {
    /// One question of every type, ids YAML 1.1 would misread, options that look like booleans and numbers, and a
    /// list with fields of several types.
    static let questionnaire: Questionnaire = {
        let yaml = """
            sections:
              - id: s
                title: { sv: S, en: S }
                questions:
                  - { id: title, type: text, label: { sv: T, en: T } }
                  - { id: "on", type: text, label: { sv: T, en: T } }
                  - { id: "null", type: long_text, label: { sv: T, en: T } }
                  - { id: flag, type: yes_no, label: { sv: F, en: F } }
                  - id: model
                    type: choice
                    label: { sv: M, en: M }
                    options:
                      - { value: "yes", label: { sv: J, en: Y } }
                      - { value: "0123", label: { sv: N, en: N } }
                      - { value: "a b", label: { sv: A, en: A } }
                      - { value: "x:y", label: { sv: X, en: X } }
                  - id: topics
                    type: multiple_choice
                    label: { sv: T, en: T }
                    options:
                      - { value: "off", label: { sv: O, en: O } }
                      - { value: "1.5", label: { sv: F, en: F } }
                      - { value: "a,b", label: { sv: C, en: C } }
                      - { value: plain, label: { sv: P, en: P } }
                  - { id: size, type: integer, label: { sv: S, en: S } }
                  - { id: budget, type: amount, currency: SEK, label: { sv: B, en: B } }
                  - { id: start, type: date, label: { sv: D, en: D } }
                  - { id: mail, type: email, label: { sv: E, en: E } }
                  - { id: org, type: org_number_se, label: { sv: O, en: O } }
                  - { id: cvr, type: cvr_dk, label: { sv: C, en: C } }
                  - id: parties
                    type: list
                    label: { sv: P, en: P }
                    fields:
                      - { id: name, type: text, label: { sv: N, en: N } }
                      - { id: "yes", type: long_text, label: { sv: A, en: A } }
                      - { id: ok, type: yes_no, label: { sv: O, en: O } }
                      - { id: fee, type: amount, currency: EUR, label: { sv: F, en: F } }
            """
        return try! QuestionnaireLoader.load(Data(yaml.utf8), file: "q.yaml", languages: [.sv, .en])
    }()

    /// Strings that YAML reads as something else, or that break naive quoting. (Characters documents cannot
    /// contain, such as U+0007, are refused by the loader: see `charactersDocumentsCannotHoldAreWrittenButRefused`.)
    static let nasty = [
        "yes", "no", "Yes", "NO", "on", "off", "y", "n", "Y", "N", "true", "False", "null", "Null", "~", "0123", "12",
        "1.5", "1e3", "0x1F", ".inf", ".nan", "2026-01-01", "2026-01-01 10:00", "12:30", ": x", "# y", "- z", "? q",
        "a: b", "a #b", "a#b", "x:", "[a]", "{b}", "a, b", "@at", "`tick", "%pct", "!tag", "&anchor", "*alias", "|pipe",
        ">fold", "\"double\"", "'single'", "it's", "say \"hi\"", "back\\slash", "\\n", "😀 emoji", "👩🏽‍⚖️", "שלום עולם",
        "مرحبا", "\u{200F}rtl mark", "\u{202E}override", "line1\nline2", "  padded  ", "\ttab", "a\tb",
        "del\u{7F}", "nel\u{85}x", "ls\u{2028}x", "ps\u{2029}x", "\u{FEFF}bom", "nbsp\u{00A0}x", "---", "...", "<<",
        "=", "a  b", "Ünïcödé", "漢字", "x\r\ny", "end:", "end #", "- ", "-", "a\n\nb", "a\n  indented\nb",
        "first\n# not a comment", "trailing \nspace", "x\n \ny", "CRLF\r\nline",
    ]

    /// Drops the source locations so that answers read from different files compare by value.
    static func values(_ answers: Answers) -> [String: AnswerValue] {
        answers.values.mapValues { value in
            if case .list(let records) = value { return .list(records.map { AnswerRecord(values: $0.values) }) }
            return value
        }
    }

    static func roundTrip(_ answers: Answers, unanswered: Set<AnswerPath> = [], language: Language = .en) throws -> (
        String, Answers
    ) {
        let text = AnswersWriter(questionnaire: questionnaire, language: language).yaml(answers, unanswered: unanswered)
        let loaded = try AnswersLoader.load(Data(text.utf8), file: "a.yaml", questionnaire: questionnaire)
        return (text, loaded)
    }

    /// What the loader keeps of a text: it drops leading and trailing spaces and line breaks, and a byte-order mark
    /// at the start of a scalar (Foundation drops it when Yams turns the scalar's bytes into a string), so the
    /// interview never stores one either.
    static func trimmed(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        while t.unicodeScalars.first == "\u{FEFF}" {
            t = String(String.UnicodeScalarView(t.unicodeScalars.dropFirst())).trimmingCharacters(
                in: .whitespacesAndNewlines)
        }
        return t
    }

    @Test(arguments: nasty)
    func nastyStringsSurviveAsTextAndLongText(_ raw: String) throws {
        let value = Self.trimmed(raw)
        try #require(!value.isEmpty, "\(raw.debugDescription) is blank once trimmed; list only strings with text")
        var answers = Answers()
        if !value.contains(where: \.isNewline) {
            answers.values["title"] = .text(value)
            answers.values["on"] = .text(value)
        }
        answers.values["null"] = .text(value)
        answers.values["parties"] = .list([
            AnswerRecord(values: [
                "name": .text(value.split(whereSeparator: \.isNewline).joined(separator: " ")), "yes": .text(value),
            ])
        ])
        let (text, loaded) = try Self.roundTrip(answers)
        #expect(Self.values(loaded) == Self.values(answers), "written as:\n\(text)")
        // Any YAML reader (here Yams with its own type resolution) reads the written scalars as the same strings.
        let generic = try #require(try Yams.load(yaml: text) as? [String: Any], "\(text)")
        if answers.values["title"] != nil { #expect(generic["title"] as? String == value, "\(text)") }
        #expect(generic["null"] as? String == value, "\(text)")
    }

    /// A character XML forbids is written as an escape that any YAML reader reads back, and the loader refuses it
    /// at the answer rather than letting the document writer be the first to notice.
    @Test func charactersDocumentsCannotHoldAreWrittenButRefused() throws {
        let answers = Answers(values: ["title": .text("bell\u{07}")])
        let text = AnswersWriter(questionnaire: Self.questionnaire, language: .en).yaml(answers)
        #expect(text.hasSuffix("title: \"bell\\u0007\"\n"), "\(text)")
        let generic = try #require(try Yams.load(yaml: text) as? [String: Any], "\(text)")
        #expect(generic["title"] as? String == "bell\u{07}")
        #expect(
            throws: DiagnosticError(
                worded:
                    "T (title): the answer holds the character U+0007, which DOCX and ODT documents cannot contain; remove it",
                at: AgreementKit.SourceLocation(file: "a.yaml", line: 2, column: 8))
        ) {
            try AnswersLoader.load(Data(text.utf8), file: "a.yaml", questionnaire: Self.questionnaire)
        }
    }

    /// An organisation number made in code in another form than NNNNNN-NNNN is written as any text, quoted where
    /// YAML would read a number, so it reads back as the text.
    @Test func anOrganisationNumberInAnotherFormIsWrittenAsText() throws {
        let answers = Answers(values: ["org": .text("5560360793")])
        let text = AnswersWriter(questionnaire: Self.questionnaire, language: .en).yaml(answers)
        #expect(text.hasSuffix("org: \"5560360793\"\n"), "\(text)")
    }

    @Test func everyTypeRoundTripsInBothLanguages() throws {
        let answers = Answers(values: [
            "title": .text("Smart avfall"),
            "flag": .boolean(false),
            "model": .choice("0123"),
            "topics": .choices(["off", "a,b"]),
            "size": .integer(-42),
            "budget": .amount(Amount(minorUnits: 125_000_050, currency: "SEK")),
            "start": .date(CalendarDate(year: 2026, month: 3, day: 1)!),
            "mail": .text("projekt@kommun.se"),
            "org": .text("556036-0793"),
            "cvr": .text("24256790"),
            "parties": .list([
                AnswerRecord(values: [
                    "name": .text("Acme AB"), "ok": .boolean(true),
                    "fee": .amount(Amount(minorUnits: 5, currency: "EUR")),
                ]),
                AnswerRecord(values: [:]),
            ]),
        ])
        for language in Language.allCases {
            let (text, loaded) = try Self.roundTrip(answers, language: language)
            #expect(Self.values(loaded) == Self.values(answers), "written as:\n\(text)")
        }
        let (sv, _) = try Self.roundTrip(answers, language: .sv)
        #expect(sv.contains("flag: nej\n"))
        #expect(sv.contains("org: 556036-0793\n"))
        #expect(sv.contains("cvr: \"24256790\"\n"))
        #expect(sv.contains("model: \"0123\"\n"))
        #expect(sv.contains("topics: [\"off\", \"a,b\"]\n"))
        #expect(sv.contains("  - {}\n"))
    }

    @Test func emptyListAndNoChoicesRoundTrip() throws {
        let answers = Answers(values: ["parties": .list([]), "topics": .choices([])])
        let (text, loaded) = try Self.roundTrip(answers)
        #expect(Self.values(loaded) == answers.values, "\(text)")
    }

    @Test func longTextIsABlockWhenThatIsSafe() throws {
        let answers = Answers(values: ["null": .text("Stadshuset\n\n123 45 Exempelstad")])
        let (text, loaded) = try Self.roundTrip(answers)
        #expect(text.contains("\"null\": |-\n  Stadshuset\n\n  123 45 Exempelstad\n"), "\(text)")
        #expect(Self.values(loaded) == answers.values)
    }

    @Test func outputFollowsTheQuestionnaireAndIsDeterministic() throws {
        let answers = Answers(values: [
            "size": .integer(3), "title": .text("X"), "flag": .boolean(true), "unknown": .text("gone"),
        ])
        let writer = AnswersWriter(questionnaire: Self.questionnaire)
        let text = writer.yaml(answers)
        #expect(text == writer.yaml(answers))
        #expect(
            text
                == "# Answers for opi-agreement (the format is described in docs/answers-format.md).\ntitle: X\nflag: yes\nsize: 3\n"
        )
        let loaded = try AnswersLoader.load(Data(text.utf8), file: "a.yaml", questionnaire: Self.questionnaire)
        #expect(writer.yaml(loaded) == text)
    }

    @Test func unansweredPathsAreWrittenEmptyAndReadBack() throws {
        let answers = Answers(values: [
            "title": .text("X"),
            "parties": .list([AnswerRecord(values: ["name": .text("A")]), AnswerRecord(values: ["name": .text("B")])]),
        ])
        let unanswered: Set<AnswerPath> = ["size", "parties[1].yes", "parties[0].fee"]
        let (text, loaded) = try Self.roundTrip(answers, unanswered: unanswered)
        #expect(Self.values(loaded) == Self.values(answers), "\(text)")
        #expect(AnswersFile.emptyPaths(in: Data(text.utf8)) == unanswered, "\(text)")
    }

    /// Property: random answers of every type, strings built from the nasty pieces, read back the same.
    @Test func randomAnswersRoundTrip() throws {
        var generator = Generator(state: 20_260_301)
        for round in 0..<300 {
            let answers = Self.randomAnswers(&generator)
            let (text, loaded) = try Self.roundTrip(answers, language: round % 2 == 0 ? .sv : .en)
            #expect(Self.values(loaded) == Self.values(answers), "round \(round), written as:\n\(text)")
            if Self.values(loaded) != Self.values(answers) { break }
        }
    }

    static func randomAnswers(_ g: inout Generator) -> Answers {
        func string(multiline: Bool) -> String {
            var s = ""
            for _ in 0..<(1 + g.below(4)) { s += g.pick(nasty) + (g.below(3) == 0 ? " " : "") }
            if !multiline { s = s.split(whereSeparator: \.isNewline).joined(separator: " ") }
            let t = trimmed(s)
            return t.isEmpty ? "x" : t
        }
        var values: [String: AnswerValue] = [:]
        if g.below(2) == 0 { values["title"] = .text(string(multiline: false)) }
        if g.below(2) == 0 { values["on"] = .text(string(multiline: false)) }
        if g.below(2) == 0 { values["null"] = .text(string(multiline: true)) }
        if g.below(2) == 0 { values["flag"] = .boolean(g.below(2) == 0) }
        if g.below(2) == 0 { values["model"] = .choice(g.pick(["yes", "0123", "a b", "x:y"])) }
        if g.below(2) == 0 {
            values["topics"] = .choices(["off", "1.5", "a,b", "plain"].filter { _ in g.below(2) == 0 })
        }
        if g.below(2) == 0 { values["size"] = .integer(g.below(2_000_000) - 1_000_000) }
        if g.below(2) == 0 {
            values["budget"] = .amount(
                Amount(minorUnits: Int64(g.below(1_000_000_000)), currency: g.pick(["SEK", "EUR", "DKK"])))
        }
        if g.below(2) == 0 {
            values["start"] = .date(
                CalendarDate(year: 1 + g.below(9999), month: 1 + g.below(12), day: 1 + g.below(28))!)
        }
        if g.below(2) == 0 { values["org"] = .text("556036-0793") }
        if g.below(2) == 0 { values["cvr"] = .text("24256790") }
        if g.below(2) == 0 {
            values["parties"] = .list(
                (0..<g.below(4)).map { _ in
                    var record: [String: AnswerValue] = [:]
                    if g.below(2) == 0 { record["name"] = .text(string(multiline: false)) }
                    if g.below(2) == 0 { record["yes"] = .text(string(multiline: true)) }
                    if g.below(2) == 0 { record["ok"] = .boolean(g.below(2) == 0) }
                    if g.below(2) == 0 {
                        record["fee"] = .amount(Amount(minorUnits: Int64(g.below(100_000)), currency: "EUR"))
                    }
                    return AnswerRecord(values: record)
                })
        }
        return Answers(values: values)
    }

    /// A deterministic generator (64-bit LCG), so a failure can be reproduced.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }
}
