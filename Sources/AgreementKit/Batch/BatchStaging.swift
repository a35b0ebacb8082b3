import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hidden folder inside the output folder where a batch writes its files before any is moved into place. Each
/// file is then moved with one rename (or hard link), which is atomic on the same file system: a reader sees the
/// whole file or none, and a failure before the moves leaves the output folder as it was.
struct BatchStaging: Sendable {
    /// The output folder.
    let directory: String
    /// The hidden staging folder inside it.
    let path: String
    /// Whether the output folder was created for this batch (and is removed again if nothing is moved into it).
    let createdDirectory: Bool

    /// Creates the output folder if needed and a new staging folder in it.
    static func create(in directory: String) throws(BatchWriteError) -> BatchStaging {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let existed = manager.fileExists(atPath: directory, isDirectory: &isDirectory)
        if existed, !isDirectory.boolValue {
            throw BatchWriteError(path: directory, reason: "is a file, not a folder")
        }
        if !existed {
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw BatchWriteError(path: directory, reason: "cannot create the folder (\(error.localizedDescription))")
            }
        }
        let path = (directory as NSString).appendingPathComponent(".opi-agreement-batch-\(UUID().uuidString)")
        do {
            try manager.createDirectory(atPath: path, withIntermediateDirectories: false)
        } catch {
            if !existed { rmdir(directory) }
            throw BatchWriteError(path: directory, reason: "cannot write into the folder (\(error.localizedDescription))")
        }
        return BatchStaging(directory: directory, path: path, createdDirectory: !existed)
    }

    /// Writes a file into the staging folder.
    func write(_ data: Data, name: String) throws(BatchWriteError) {
        let file = (path as NSString).appendingPathComponent(name)
        do {
            try data.write(to: URL(fileURLWithPath: file))
        } catch {
            throw BatchWriteError(
                path: (directory as NSString).appendingPathComponent(name),
                reason: "cannot write (\(error.localizedDescription))")
        }
    }

    /// Moves a staged file into the output folder and returns its path there. Without `overwrite`, a file that
    /// exists there by now is an error and stays as it was.
    func commit(_ name: String, overwrite: Bool) throws(BatchWriteError) -> String {
        let staged = (path as NSString).appendingPathComponent(name)
        let target = (directory as NSString).appendingPathComponent(name)
        if overwrite {
            guard rename(staged, target) == 0 else { throw failure(target, errno) }
            return target
        }
        // link() never replaces an existing file, so a file created since the check is not lost.
        if link(staged, target) == 0 {
            unlink(staged)
            return target
        }
        let code = errno
        if code == EEXIST { throw BatchWriteError(path: target, reason: "already exists; it is not overwritten") }
        // File systems without hard links: check, then rename.
        guard !Self.exists(target) else { throw BatchWriteError(path: target, reason: "already exists; it is not overwritten") }
        guard rename(staged, target) == 0 else { throw failure(target, errno) }
        return target
    }

    /// Removes the staging folder and what is left in it, and the output folder if it was created for nothing.
    func discard() {
        try? FileManager.default.removeItem(atPath: path)
        if createdDirectory { rmdir(directory) }
    }

    /// Whether anything (a file, folder or symbolic link, even a dangling one) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private func failure(_ target: String, _ code: Int32) -> BatchWriteError {
        BatchWriteError(path: target, reason: "cannot write (\(String(cString: strerror(code))))")
    }
}
