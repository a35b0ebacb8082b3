import AgreementKit
import ArgumentParser

/// `--lang` and `--type`, shared by the commands that assemble one agreement (build, interview, explain).
struct AgreementChoiceOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: "The agreement's language.")
    var language: Language = .standard

    @Option(name: .customLong("type"), help: "The agreement type (outline id) when the library has several.")
    var outline: String?
}
