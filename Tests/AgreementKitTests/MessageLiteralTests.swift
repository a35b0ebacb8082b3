import Foundation
import TestSupport
import Testing

/// Every message the tool prints lives in the words files (`messages:` in `Resources/en.yaml`, `sv.yaml`); the code
/// names a `MessageKey`. This test fails when an English message slips back into the code: a string literal given
/// as a message (to `Diagnostic`, `DiagnosticError`, `ValidationError`, an `error(…)` or `warning(…)` reporter, a
/// YAML reader's `what:`), or text marked `untranslated:` or `worded:`, in any file not listed below. (A literal
/// cannot be given as a `Message`: the compiler refuses it.)
@Suite("Messages are words-file data")
struct MessageLiteralTests {
    /// The files that may still word messages in code: those whose messages are not yet moved to the words files
    /// (the clause library's, the lint's and the model's messages; the list shrinks as they move), and the words
    /// files' own reader, whose problems are developer errors reported before any words can be read.
    static let allowed: Set<String> = [
        // Permanent: a broken words file is reported in plain English (see `WordsCheck`).
        "AgreementKit/Words/WordsCheck.swift",
        "AgreementKit/Words/WordsYAML.swift",
        // Permanent: the initialisers of text as it is (`untranslated:`, `worded:`).
        "AgreementKit/Diagnostics/DiagnosticError.swift",
        // Permanent: the interview's own words, in its language, and argument-parser's texts as it words them.
        "opi-agreement/InterruptHandler.swift",
        "opi-agreement/DiagnosticsEngine.swift",
        // Not yet moved to the words files.
        "AgreementKit/Conditions/ConditionParser.swift",
        "AgreementKit/Library/ClauseFileLoader.swift",
        "AgreementKit/Library/LibraryLoader.swift",
        "AgreementKit/Library/LibraryYAML.swift",
        "AgreementKit/Library/OutlineLoader.swift",
        "AgreementKit/Library/TermsLoader.swift",
        "AgreementKit/Lint/LintRun.swift",
        "AgreementKit/Model/JSON/ModelJSON.swift",
        "AgreementKit/Model/JSON/NodeLocator.swift",
        "AgreementKit/Model/ModelValidator.swift",
        "AgreementKit/Questionnaire/ConditionChecker+Run.swift",
        "AgreementKit/Questionnaire/ConditionChecker.swift",
        "AgreementKit/Questionnaire/QuestionnaireReader.swift",
        "AgreementKit/Questionnaire/YAMLChecker+Localized.swift",
        "AgreementKit/Template/BlockMarkupParser.swift",
        "AgreementKit/Template/ConditionReader.swift",
        "AgreementKit/Template/InlineMarkupParser.swift",
        "AgreementKit/YAML/YAMLChecker.swift",
    ]

    /// A message worded in code: `untranslated:` text, or a string literal where a message is given.
    static var pattern: Regex<AnyRegexOutput> {
        // swift-format-ignore: NeverUseForceTry
        try! Regex(
            #"untranslated: |worded: |(?:^|[^A-Za-z])(ValidationError|DiagnosticError|Diagnostic|FileError|addError|error|warning|report)\(\s*"|(?:^|[^A-Za-z])what: ""#
        )
    }

    /// The files of `Sources` that word a message in code, by their path below `Sources`, with the first line.
    static func offenders() throws -> [String: String] {
        let sources = TestEnvironment.repositoryRoot.appending(path: "Sources")
        let walker = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var found: [String: String] = [:]
        for case let url as URL in walker where url.pathExtension == "swift" {
            let path = String(url.path.dropFirst(sources.path.count + 1))
            let text = try String(contentsOf: url, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                if line.contains(pattern) {
                    found[path] = found[path] ?? "\(path):\(number + 1): \(code)"
                }
            }
        }
        return found
    }

    @Test func noMessageIsWordedInCodeOutsideTheListedFiles() throws {
        let found = try Self.offenders()
        let unexpected = found.filter { !Self.allowed.contains($0.key) }.values.sorted()
        #expect(unexpected == [], "messages belong in the words files (messages: in Resources/en.yaml, sv.yaml)")
        let moved = Self.allowed.subtracting(found.keys).sorted()
        #expect(moved == [], "these files word no message in code any more: remove them from the list")
    }

    /// The check finds what it is for: each form it looks for is found in a line written that way.
    @Test func theCheckFindsMessageLiterals() {
        for line in [
            #"throw DiagnosticError("no such file", file: path)"#,
            #"diagnostics.append(Diagnostic(.error, untranslated: text))"#,
            #"throw ValidationError("--jobs must be at least 1")"#, #"yaml.error("expected a list", at: node)"#,
            #"guard let id = yaml.string(node, what: "an id") else"#, #"Diagnostic("#,
        ] {
            #expect(line.contains(Self.pattern) == (line != #"Diagnostic("#), "\(line)")
        }
        #expect(!#"throw DiagnosticError(Message(.fileNoSuchFile), file: path)"#.contains(Self.pattern))
    }
}
