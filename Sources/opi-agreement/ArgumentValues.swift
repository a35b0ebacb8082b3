import AgreementKit
import ArgumentParser

// The library's enumerations as argument values: ArgumentParser checks them before `run()`, lists them in the help
// and names them in the error, with the subcommand's own usage.

extension Language: ExpressibleByArgument {}

extension ClauseCategory: ExpressibleByArgument {}

extension OutputFormat: ExpressibleByArgument {}

/// What `build`, `interview` and `batch` can write: each document form, and the model JSON.
enum OutputTarget: String, CaseIterable, ExpressibleByArgument {
    case docx, odt, fodt
    case flatDocx = "flat-docx"
    case model

    /// The document form, nil for the model.
    var format: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

/// A comma-separated list of values (`--to docx,odt`): at least one, each one of `Element.allCases`, duplicates
/// dropped. Anything else (`--to ","`, `--to ''`, an unknown name) is a usage error.
struct CommaList<Element>: ExpressibleByArgument
where Element: ExpressibleByArgument & CaseIterable & RawRepresentable & Equatable, Element.RawValue == String {
    /// The values, in the order given.
    var values: [Element]

    init(_ values: [Element]) {
        self.values = values
    }

    init?(argument: String) {
        var values: [Element] = []
        for name in argument.split(separator: ",", omittingEmptySubsequences: false) {
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let value = Element(rawValue: name) else { return nil }
            if !values.contains(value) { values.append(value) }
        }
        if values.isEmpty { return nil }
        self.values = values
    }

    var defaultValueDescription: String { values.map(\.rawValue).joined(separator: ",") }

    static var allValueStrings: [String] { Element.allCases.map(\.rawValue) }

    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}
