import Foundation

/// A hidden folder inside the output folder where a batch writes its files before any is moved into place. Each
/// file is then moved with one rename (or hard link), which is atomic on the same file system: a reader sees the
/// whole file or none, and a failure before the moves leaves the output folder as it was. The writing and moving
/// are `FileAccess`'s.
struct BatchStaging: Sendable {
    /// The output folder.
    let directory: String
    /// The hidden staging folder inside it.
    let path: String
    /// Whether the output folder was created for this batch (and is removed again if nothing is moved into it).
    let createdDirectory: Bool

    /// Creates the output folder if needed and a new staging folder in it.
    static func create(in directory: String) throws(FileError) -> BatchStaging {
        let created = try FileAccess.createDirectory(directory)
        let path = (directory as NSString).appendingPathComponent(".opi-agreement-batch-\(UUID().uuidString)")
        guard mkdir(path, 0o777) == 0 else {
            let reason = String(cString: strerror(errno))
            if created { rmdir(directory) }
            throw FileError(path: directory, .fileCannotWriteIntoFolder, system: reason)
        }
        return BatchStaging(directory: directory, path: path, createdDirectory: created)
    }

    /// Writes a file into the staging folder; a failure names the file's place in the output folder.
    func write(_ data: Data, name: String) throws(FileError) {
        do {
            try FileAccess.write(data, to: (path as NSString).appendingPathComponent(name))
        } catch {
            throw FileError(path: (directory as NSString).appendingPathComponent(name), reason: error.reason)
        }
    }

    /// Moves a staged file into the output folder and returns its path there. Without `overwrite`, a file that
    /// exists there by now is an error and stays as it was.
    func commit(_ name: String, overwrite: Bool) throws(FileError) -> String {
        let target = (directory as NSString).appendingPathComponent(name)
        try FileAccess.place((path as NSString).appendingPathComponent(name), at: target, replacing: overwrite)
        return target
    }

    /// Removes the staging folder and what is left in it, and the output folder if it was created for nothing.
    func discard() {
        try? FileManager.default.removeItem(atPath: path)
        if createdDirectory { rmdir(directory) }
    }
}
