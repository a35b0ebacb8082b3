import Foundation
import TestSupport

@testable import AgreementKit

/// Runs interviews in tests and keeps every saved answers file.
struct InterviewHarness {
    let questionnaire: Questionnaire
    var language: Language = .sv
    /// The agreement's languages, the main one first (empty: `language` alone).
    var languages: [Language] = []

    /// The outcome, what was written, and the text of every save in order.
    struct Run {
        var outcome: InterviewOutcome
        var output: String
        var saves: [String]
        var unanswered: Set<AnswerPath>
    }

    func run(
        _ lines: [String], answers: Answers = Answers(), unanswered: Set<AnswerPath> = [],
        position: ListPosition? = nil,
        colour: Bool = false
    ) throws -> Run {
        let io = ScriptedIO(lines, colour: colour)
        let writer = AnswersWriter(questionnaire: questionnaire, language: language)
        var saves: [String] = []
        var interview = Interview(
            questionnaire: questionnaire, language: language, languages: languages, answers: answers,
            unanswered: unanswered,
            position: position, io: io, fileName: "opi-answers.yaml"
        ) { answers, unanswered, position in
            saves.append(writer.yaml(answers, unanswered: unanswered, position: position))
        }
        let outcome = try interview.run()
        return Run(outcome: outcome, output: io.output, saves: saves, unanswered: interview.unanswered)
    }

    /// Reads a saved answers file back, as `interview --answers` does.
    func reload(_ text: String) throws -> (answers: Answers, unanswered: Set<AnswerPath>, position: ListPosition?) {
        let data = Data(text.utf8)
        return (
            try AnswersLoader.load(data, file: "opi-answers.yaml", questionnaire: questionnaire),
            AnswersFile.emptyPaths(in: data), AnswersFile.listPosition(in: data)
        )
    }
}
