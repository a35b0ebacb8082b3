import Foundation

/// A form an agreement can be written in.
public enum OutputFormat: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// Office Open XML package (`.docx`).
    case docx
    /// OpenDocument text package (`.odt`).
    case odt
    /// Flat OpenDocument text, one XML file (`.fodt`).
    case fodt
    /// Flat OPC, the DOCX package as one XML file Word opens directly (`.xml`).
    case flatDocx = "flat-docx"

    /// The file name extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .docx: return "docx"
        case .odt: return "odt"
        case .fodt: return "fodt"
        case .flatDocx: return "xml"
        }
    }

    /// Parses a comma-separated list such as `docx,odt`; nil if any name is unknown.
    public static func list(_ text: String) -> [OutputFormat]? {
        var result: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let format = OutputFormat(rawValue: name) else { return nil }
            if !result.contains(format) { result.append(format) }
        }
        return result.isEmpty ? nil : result
    }
}
