import AgreementKit
import ArgumentParser
import Foundation

/// The `--library` option shared by every command that reads the clause library.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("library"), help: "A clause library folder (default: the library built into this binary).")
    var directory: String?

    /// Loads the chosen library, reporting every problem in it.
    func load() throws -> ClauseLibrary {
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw FileError(path: directory, reason: "no such folder")
            }
            return try LibraryLoader.load(directory: directory)
        }
        return try ClauseLibrary.bundled()
    }
}
