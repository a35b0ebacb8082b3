import Foundation

/// Writes finished documents. Everything is rendered before the first file is written, and each file is written
/// to a temporary name and renamed, so a failure never leaves a half-written document.
enum OutputFiles {
    /// Writes each (file name, bytes) pair into `directory`, creating it if needed; returns the paths written.
    static func write(_ files: [(name: String, data: Data)], into directory: String) throws -> [String] {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw IOFailure(path: directory, reason: "cannot create the folder (\(error.localizedDescription))")
        }
        var written: [String] = []
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.name)
            do {
                try file.data.write(to: URL(fileURLWithPath: path), options: .atomic)
            } catch {
                throw IOFailure(path: path, reason: "cannot write (\(error.localizedDescription))")
            }
            written.append(path)
        }
        return written
    }

    /// Reads a whole file, or fails with an I/O error naming it.
    static func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IOFailure(path: path, reason: "cannot read the file")
        }
        return data
    }
}
