import AgreementKit
import Foundation

/// The bundled examples (`examples/*.yaml`) assembled with the repository's clause library, through the public API.
public enum Examples {
    /// The answers files of the examples, without extension.
    public static let names = ["waste-collection", "health-care", "cross-border"]

    /// The repository's clause library, loaded once.
    public static let library = Result {
        try LibraryLoader.load(directory: TestEnvironment.repositoryRoot.appendingPathComponent("clauses").path)
    }

    /// The agreement of an example in a language: a draft (drafting notes kept as comments) unless `final`.
    public static func agreement(_ name: String, _ language: Language, final: Bool = false) throws -> Agreement {
        let library = try library.get()
        let url = TestEnvironment.repositoryRoot.appendingPathComponent("examples/\(name).yaml")
        let answers = try AnswersLoader.load(
            try Data(contentsOf: url), file: url.path, questionnaire: library.questionnaire, requireComplete: final)
        return try Assembler(library: library).assemble(
            answers, options: AssemblyOptions(language: language, final: final)
        )
        .agreement
    }
}
