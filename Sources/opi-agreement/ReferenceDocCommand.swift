import AgreementKit
import ArgumentParser
import Foundation

/// `opi-agreement reference-doc --to docx|odt [-o FILE]`: prints the default reference document, which a firm
/// restyles and gives back with `--reference-doc`.
struct ReferenceDocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference-doc",
        abstract: "Print the default reference document, for a firm to restyle and give back with --reference-doc.",
        discussion: """
            Every paragraph of the document uses one of the agreement's styles and is named after it (Title, \
            Clause Heading 1, Clause Text 1, Party, ...); the words of one paragraph use the character styles \
            (Definition, Blank, ...). Change the styles (not the text) in Word or LibreOffice, set the page size \
            and margins, put a logo or address in the header or footer, and save. Then build with \
            --reference-doc FILE: the agreements take the styles by name, the page, and the header and footer \
            content (before the agreement's own header line and after its page numbers). Numbering stays the \
            agreement's. A .docx styles DOCX documents and an .odt ODT documents; give both to style both.
            """
    )

    @Option(name: .customLong("to"), help: "The kind of reference document: docx or odt.")
    var format: ReferenceFormat

    @Option(
        name: [.short, .customLong("output")], help: "The file to write (default: standard output).")
    var output: String?

    @Option(name: .customLong("lang"), help: "The document's language (default: \(Language.standard)).")
    var language: Language = .standard

    func run() throws {
        let data = try DocumentRenderer.defaultReference(format.outputFormat, language: language)
        if let output {
            try FileAccess.write(data, to: output, replacing: true)
            print(output)
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

/// The kinds of reference document.
enum ReferenceFormat: String, ExpressibleByArgument, CaseIterable {
    case docx, odt

    var outputFormat: OutputFormat { self == .docx ? .docx : .odt }
}
