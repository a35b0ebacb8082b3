import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading files and writing them atomically: the one place that touches the file system for user files. Every
/// failure is a `FileError` whose reason comes from the operating system (`Permission denied`), never a Foundation
/// message.
///
/// A write goes to a temporary file in the same folder and is then moved into place with one `rename` (replacing)
/// or `link` (never replacing): a reader sees the old file or the new one, never a half-written one, and on failure
/// the temporary file is removed. A `durable` write is also flushed to disk before the move, so that a crash at
/// any moment leaves the old file or the new one (the interview's answers, which cannot be made again); documents,
/// which can, skip the flush, which costs milliseconds a file.
public enum FileAccess {
    /// Reads a whole file.
    public static func read(_ path: String) throws(FileError) -> Data {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw FileError(path: path, .fileIsFolder)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            if access(path, F_OK) == 0 { throw FileError(path: path, .fileCannotRead, system: errorText()) }
            throw FileError(path: path, .fileNoSuchFile)
        }
        return data
    }

    /// Creates a folder and any missing parent folders; returns whether `path` itself was created.
    @discardableResult
    public static func createDirectory(_ path: String) throws(FileError) -> Bool {
        if isDirectory(path) { return false }
        if exists(path) { throw FileError(path: path, .fileIsFile) }
        let parent = FilePath.parent(path)
        if !parent.isEmpty, parent != path { try createDirectory(parent) }
        if mkdir(path, 0o777) != 0, !(errno == EEXIST && isDirectory(path)) {
            throw FileError(path: path, .fileCannotCreateFolder, system: errorText())
        }
        return true
    }

    /// Writes `data` to `path` atomically, and with `durable` flushed to disk before it takes the old file's place.
    /// An existing file keeps its permissions; without `replacing`, an existing file (even one created while this
    /// write was under way) is an error and stays as it was.
    public static func write(
        _ data: Data, to path: String, replacing: Bool = true, durable: Bool = false
    ) throws(FileError) {
        let directory = FilePath.parent(path)
        let name = (path as NSString).lastPathComponent
        let temporary = ((directory.isEmpty ? "." : directory) as NSString)
            .appendingPathComponent(".\(name).\(getpid()).\(UInt32.random(in: 0 ... .max)).tmp")
        var mode: mode_t = 0o666
        var existing = stat()
        if replacing, stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw FileError(path: path, .fileCannotWrite, system: errorText()) }
        if mode != 0o666 { fchmod(fd, mode) }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var written = 0
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errorText()
                    return
                }
                written += n
            }
        }
        if durable, failure == nil, fsync(fd) != 0 { failure = errorText() }
        if close(fd) != 0, failure == nil { failure = errorText() }
        if let failure {
            unlink(temporary)
            throw FileError(path: path, .fileCannotWrite, system: failure)
        }
        do {
            try place(temporary, at: path, replacing: replacing)
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes each file into `directory` (created if needed) and returns the paths written, in order.
    public static func write(_ files: [OutputFile], into directory: String) throws(FileError) -> [String] {
        try createDirectory(directory)
        var written: [String] = []
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.name)
            try write(file.data, to: path)
            written.append(path)
        }
        return written
    }

    /// Moves the finished file `source` to `target` in one step: `rename` when replacing; otherwise `link`, which
    /// never replaces a file, so one created since any earlier check is not lost.
    static func place(_ source: String, at target: String, replacing: Bool) throws(FileError) {
        if replacing {
            guard rename(source, target) == 0 else {
                throw FileError(path: target, .fileCannotWrite, system: errorText())
            }
            return
        }
        if link(source, target) == 0 {
            unlink(source)
            return
        }
        if errno == EEXIST || exists(target) {
            throw FileError(path: target, .fileExists)
        }
        // File systems without hard links: the check above, then rename.
        guard rename(source, target) == 0 else {
            throw FileError(path: target, .fileCannotWrite, system: errorText())
        }
    }

    /// Whether anything (a file, folder or symbolic link, even a dangling one) is at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether `path` is a folder (or a link to one).
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
