import AgreementKit
import ArgumentParser

/// `--to` and `--final`, shared by the commands that assemble and write agreements (build, interview, batch).
struct DocumentOptions: ParsableArguments {
    @Option(name: .customLong("to"), help: "Comma-separated: docx, odt, fodt, flat-docx, model.")
    var formatList: String = "docx,odt"

    @Flag(name: .customLong("final"), help: "Final agreements: no drafting notes or draft mark; missing answers are errors.")
    var final = false

    /// The document formats asked for, and whether the model JSON is asked for too.
    func targets() throws -> (formats: [OutputFormat], model: Bool) {
        try BuildTargets.parse(formatList)
    }
}
