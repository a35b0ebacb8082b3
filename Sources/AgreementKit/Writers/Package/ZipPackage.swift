import Foundation
internal import ZIPFoundation

/// Puts package parts into a ZIP archive in the given order, each entry with the same fixed timestamp, so the same
/// parts give the same bytes on every run.
enum ZipPackage {
    /// Throws `PackageError` when the archive library fails.
    static func archive(_ parts: [PackagePart], options: RenderOptions) throws(PackageError) -> Data {
        do {
            return try build(parts, options: options)
        } catch let error as PackageError {
            throw error
        } catch {
            throw PackageError(reason: "\(error)")
        }
    }

    private static func build(_ parts: [PackagePart], options: RenderOptions) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: TimeInterval(options.timestamp))
        for part in parts {
            let data = part.data
            try archive.addEntry(
                with: part.name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                permissions: 0o644, compressionMethod: part.compressed ? .deflate : .none,
                provider: { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                })
        }
        guard let bytes = archive.data else { throw PackageError(reason: "no archive data") }
        return bytes
    }
}
