import Foundation

/// Saving an answers file safely, and reading which answers a file leaves empty on purpose.
public enum AnswersFile {
    /// A file could not be written.
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        /// The file.
        public var path: String
        /// Why.
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Writes `text` to `path` atomically: to a temporary file in the same folder, flushed to disk, then renamed over
    /// `path`. A reader (or a crash at any moment) sees either the old file or the new one, never a half-written one;
    /// on failure the temporary file is removed. An existing file keeps its permissions.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = (directory as NSString).appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        var mode: mode_t = 0o666
        var existing = stat()
        if stat(path, &existing) == 0 { mode = existing.st_mode & 0o7777 }
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw WriteError(path: path, reason: "cannot write (\(errorText()))") }
        if mode != 0o666 { fchmod(fd, mode) }
        let bytes = Array(text.utf8)
        var written = 0
        var failure: String?
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                failure = errorText()
                break
            }
            written += n
        }
        if failure == nil, fsync(fd) != 0 { failure = errorText() }
        if close(fd) != 0, failure == nil { failure = errorText() }
        if failure == nil, rename(temporary, path) != 0 { failure = errorText() }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: "cannot write (\(failure))")
        }
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }

    /// The paths an answers file gives with an empty value (`key:`, `key: ~`, `key: ""`): question ids, and
    /// `list[index].field` for the fields of list records. Empty when the file is not YAML.
    public static func emptyPaths(in data: Data, file: String = "answers") -> Set<String> {
        guard let root = try? YAMLReader.read(data, file: file), let mapping = root.mapping else { return [] }
        var paths: Set<String> = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.text else { continue }
            if valueNode.isEmpty {
                paths.insert(key)
            } else if let sequence = valueNode.sequence {
                for (index, element) in sequence.enumerated() {
                    for (fieldNode, fieldValue) in element.mapping?.entries.map({ ($0.key, $0.value) }) ?? [] {
                        if let field = fieldNode.text, fieldValue.isEmpty {
                            paths.insert("\(key)[\(index)].\(field)")
                        }
                    }
                }
            }
        }
        return paths
    }
}
