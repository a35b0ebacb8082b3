import Foundation
internal import ZIPFoundation

/// Reads the entries of a ZIP package (a reference document), the counterpart of `ZipPackage`.
enum ZipPackageReader {
    /// The most a package may hold uncompressed, so that a small hostile file cannot fill the memory.
    static let maximumSize = 256 * 1024 * 1024

    /// Every file entry of the archive `data`, by name. Throws `PackageError` when `data` is not a ZIP archive, an
    /// entry cannot be read or the entries are larger than `maximumSize`.
    static func entries(_ data: Data) throws(PackageError) -> [String: Data] {
        do {
            let archive = try Archive(data: data, accessMode: .read)
            var entries: [String: Data] = [:]
            var total = 0
            for entry in archive where entry.type == .file {
                total += Int(clamping: entry.uncompressedSize)
                if total > maximumSize { throw PackageError(reason: "larger than \(maximumSize / 1024 / 1024) MB") }
                var bytes = Data()
                _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
                entries[entry.path] = bytes
            }
            return entries
        } catch let error as PackageError {
            throw error
        } catch {
            throw PackageError(reason: "\(error)")
        }
    }
}
