import Foundation
import ZIPFoundation

/// The entries of a ZIP package, in archive order.
struct PackageContents {
    struct Entry {
        var name: String
        var data: Data
        var stored: Bool
    }

    var entries: [Entry]

    init(_ data: Data) throws {
        let archive = try Archive(data: data, accessMode: .read)
        var entries: [Entry] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            entries.append(Entry(name: entry.path, data: bytes, stored: !entry.isCompressed))
        }
        self.entries = entries
    }

    var names: [String] { entries.map(\.name) }

    subscript(name: String) -> Data? { entries.first { $0.name == name }?.data }

    func text(_ name: String) -> String? { self[name].map { String(decoding: $0, as: UTF8.self) } }
}
