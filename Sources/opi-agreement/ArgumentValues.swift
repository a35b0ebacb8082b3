import AgreementKit
import ArgumentParser
import Foundation

// The library's enumerations as argument values: ArgumentParser checks them before `run()`, lists them in the help
// and names them in the error, with the subcommand's own usage.

extension Language: ExpressibleByArgument {}

extension ClauseCategory: ExpressibleByArgument {}

extension OutputFormat: ExpressibleByArgument {}

/// What `build`, `interview` and `batch` can write: each document form, the model JSON, and a PDF (plain or PDF/A,
/// made by LibreOffice; one of them, as both are `NAME.pdf`).
enum OutputTarget: String, CaseIterable, ExpressibleByArgument {
    case docx, odt, fodt
    case flatDocx = "flat-docx"
    case model
    case pdf
    case pdfA = "pdf/a"

    /// The document form, nil for the model and the PDFs.
    var format: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

/// What `render` can write: each document form and a PDF (no model: it reads one).
enum RenderTarget: String, CaseIterable, ExpressibleByArgument {
    case docx, odt, fodt
    case flatDocx = "flat-docx"
    case pdf
    case pdfA = "pdf/a"

    /// The document form, nil for the PDFs.
    var format: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

extension PDFForm {
    /// The PDF form among the forms named `names` (`--to`, or the forms an interview remembers), nil when none is.
    /// Asking for both `pdf` and `pdf/a` is a usage error: both would be `NAME.pdf`, and a PDF/A is a PDF.
    static func asked(in names: [String]) throws -> PDFForm? {
        let forms = PDFForm.allCases.filter { names.contains($0.rawValue) }
        if forms.count > 1 { throw ValidationError(Message(.cliPDFTwice).description) }
        return forms.first
    }

    /// The PDF asked for among `names`, with the LibreOffice that makes it (`OfficeConverter.locate`), found before
    /// any work is done: a missing LibreOffice is reported at once, and nothing is written.
    static func request(in names: [String]) throws -> PDFRequest? {
        guard let form = try asked(in: names) else { return nil }
        let converter = try OfficeConverter.locate(environment: ProcessInfo.processInfo.environment, form: form)
        return PDFRequest(form: form, converter: converter)
    }
}

/// One of a set of named values (`--lang sv`, `--category core`), read as text and checked by the command's
/// `validate()`: a wrong value is reported in the user's language from the words files (argument-parser would word
/// it itself, in English). Help lists the values.
struct Checked<Value>: ExpressibleByArgument
where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    /// The text given.
    var text: String

    /// A value chosen in code (a default).
    init(_ value: Value) {
        text = value.rawValue
    }

    init?(argument: String) {
        text = argument
    }

    /// The value named, or nil when the text names none (`check` reports it).
    var value: Value? { Value(rawValue: text) }

    /// Throws the message `key` (with `{value}` and `{values}`) when the text names no value.
    func check(_ key: MessageKey) throws {
        guard value == nil else { return }
        throw ValidationError(
            Message(key, texts: ["value": text, "values": Self.allValueStrings.joined(separator: ", ")]).description)
    }

    var defaultValueDescription: String { text }

    static var allValueStrings: [String] { Value.allCases.map(\.rawValue) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// A comma-separated list of values (`--to docx,odt`): at least one, each one of `Element.allCases`, duplicates
/// dropped. Anything else (`--to ","`, `--to ''`, an unknown name) is a usage error, reported by `check(option:)`
/// from the command's `validate()` in the user's language.
struct CommaList<Element>: ExpressibleByArgument
where Element: ExpressibleByArgument & CaseIterable & RawRepresentable & Equatable, Element.RawValue == String {
    /// The values, in the order given.
    var values: [Element]
    /// The text given, when a name in it is not a value.
    var rejected: String?
    /// The first name given that is not a value (`""`: an empty name between commas).
    var rejectedName: String?

    init(_ values: [Element]) {
        self.values = values
    }

    init?(argument: String) {
        var values: [Element] = []
        for name in argument.split(separator: ",", omittingEmptySubsequences: false) {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let value = Element(rawValue: name) else {
                if rejectedName == nil || rejectedName == "" { rejectedName = name }
                continue
            }
            if !values.contains(value) { values.append(value) }
        }
        if values.isEmpty || rejectedName != nil { rejected = argument }
        self.values = values
    }

    /// Throws a usage error, worded from the words files, when a name is not a value or none is given.
    func check(option: String) throws {
        guard let rejected else { return }
        let names = Self.allValueStrings.joined(separator: ", ")
        let message: Message
        if let name = rejectedName, !name.isEmpty {
            message = Message(.cliUnknownFormat, texts: ["value": name, "option": option, "values": names])
        } else if values.isEmpty {
            message = Message(.cliNoFormat, texts: ["option": option, "values": names])
        } else {
            message = Message(.cliEmptyFormat, texts: ["value": rejected, "option": option])
        }
        throw ValidationError(message.description)
    }

    var defaultValueDescription: String { values.map(\.rawValue).joined(separator: ",") }

    static var allValueStrings: [String] { Element.allCases.map(\.rawValue) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
