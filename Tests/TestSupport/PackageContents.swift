import Foundation
import ZIPFoundation

/// The entries of a ZIP package, in archive order.
public struct PackageContents {
    /// One entry of the package.
    public struct Entry {
        /// The name inside the package.
        public var name: String
        /// The bytes.
        public var data: Data
        /// Whether the entry is stored without compression.
        public var stored: Bool
    }

    /// The entries in archive order.
    public var entries: [Entry]

    /// Reads a ZIP package.
    public init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var entries: [Entry] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            entries.append(Entry(name: entry.path, data: bytes, stored: !entry.isCompressed))
        }
        self.entries = entries
    }

    /// The part names in archive order.
    public var names: [String] { entries.map(\.name) }

    /// The bytes of a part, if there is one.
    public subscript(name: String) -> Data? { entries.first { $0.name == name }?.data }

    /// The text of a part, if there is one.
    public func text(_ name: String) -> String? { self[name].map { String(decoding: $0, as: UTF8.self) } }
}
