import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement explain ANSWERS.yaml`: why each clause of the agreement is in or out, in the agreement's language;
/// `--format json` prints every decision the assembler makes, for programs.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show which clauses and alternatives the answers choose, and why.",
        discussion: """
            One line per clause and annex as numbered in the document, with the answers that decide it, then the \
            warnings that apply, the missing answers and what "left out" and "not reached" mean. --format json \
            prints the assembler's whole trace (docs/explain-json.md).
            """
    )

    /// The forms `explain` prints.
    enum Format: String, CaseIterable {
        case text, json
    }

    @Argument(help: "The answers file (YAML).")
    var answers: String

    @Option(
        name: .customLong("format"),
        help: ArgumentHelp("text (for people) or json (for programs).", valueName: "format"))
    var formatArgument = Checked<Format>(.text)

    @OptionGroup var choice: AgreementChoiceOptions

    @OptionGroup var library: LibraryOptions

    func validate() throws {
        guard formatArgument.value == nil else { return }
        throw ValidationError(
            Message(
                .cliUnknownFormat,
                texts: [
                    "value": formatArgument.text, "option": "--format",
                    "values": Format.allCases.map(\.rawValue).joined(separator: ", "),
                ]
            ).description)
    }

    func run() throws {
        let library = try self.library.load(parsingBodies: false)
        let answers = try AnswersInput.load(self.answers, library: library, final: false)
        let result = try Assembler(library: library).assemble(
            answers,
            options: AssemblyOptions(
                outline: choice.outline, languages: choice.languages, final: false,
                mainLanguage: AnswersInput.mainLanguage(self.answers)))
        switch formatArgument.value ?? .text {
        case .text:
            print(
                AgreementExplanation(library: library, answers: answers, result: result, language: choice.language)
                    .text, terminator: "")
        case .json:
            print(ExplainJSON(library: library, answers: answers, result: result).text)
        }
    }
}

/// The machine form of `explain` (docs/explain-json.md): every decision of the trace, the checks that fire, the
/// risky choices and the missing answers, with paths and condition source as written.
struct ExplainJSON: Encodable {
    struct Decision: Encodable {
        var depth: Int
        var subject: String
        var decision: String
        var condition: String?
        var consulted: [Consulted]
        var location: String?
    }

    struct Consulted: Encodable {
        var path: String
        var value: String
    }

    struct Check: Encodable {
        var id: String
        var level: String
    }

    struct Risky: Encodable {
        var path: String
        var option: String
    }

    struct Missing: Encodable {
        var path: String
        var label: String
        var usedAt: [String]
    }

    var decisions: [Decision]
    var checks: [Check]
    var riskyChoices: [Risky]
    var missing: [Missing]

    init(library: ClauseLibrary, answers: Answers, result: AssemblyResult) {
        decisions = result.trace.entries.map { entry in
            Decision(
                depth: entry.depth, subject: entry.subject, decision: entry.decision.rawValue,
                condition: entry.condition,
                consulted: entry.consulted.map { Consulted(path: $0.path, value: $0.value) },
                location: entry.location?.description)
        }
        checks = library.questionnaire.firedChecks(answers).map { Check(id: $0.id, level: $0.level.rawValue) }
        riskyChoices = library.questionnaire.choiceWarnings(answers).map {
            Risky(path: $0.path.description, option: $0.option.value)
        }
        missing = result.missing.map {
            Missing(path: $0.path.description, label: $0.label, usedAt: $0.usedAt.map(\.description))
        }
    }

    /// Pretty-printed with sorted keys, so the same answers give the same text.
    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
