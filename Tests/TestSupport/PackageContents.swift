import Foundation
import ZIPFoundation

/// The entries of a ZIP package, in archive order.
public struct PackageContents {
    public struct Entry {
        public var name: String
        public var data: Data
        public var stored: Bool
    }

    public var entries: [Entry]

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

    public var names: [String] { entries.map(\.name) }

    public subscript(name: String) -> Data? { entries.first { $0.name == name }?.data }

    public func text(_ name: String) -> String? { self[name].map { String(decoding: $0, as: UTF8.self) } }
}
