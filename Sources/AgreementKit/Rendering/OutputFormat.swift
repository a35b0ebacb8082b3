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
}
