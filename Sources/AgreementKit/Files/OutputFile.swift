import Foundation

/// One rendered file of an agreement, named but not yet written.
public struct OutputFile: Sendable, Equatable {
    /// The file name, with its extension (`opi-acme.docx`).
    public var name: String
    /// The bytes.
    public var data: Data

    /// Creates a file.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
