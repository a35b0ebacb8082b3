import AgreementKit
import ArgumentParser
import Foundation

/// The `--library` option shared by every command that reads the clause library.
struct LibraryOptions: ParsableArguments {
    @Option(
        name: .customLong("library"), help: "A clause library folder (default: the library built into this binary).")
    var directory: String?

    /// Reads and lints the chosen library (`clauses lint` prints the result).
    func check() throws -> LibraryCheck {
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                throw FileError(path: directory, .fileNoSuchFolder)
            }
            return LibraryLoader.check(directory: directory)
        }
        return ClauseLibrary.checkBundled()
    }

    /// Loads the chosen library: refuses it, with every located problem, when lint finds an error; prints its
    /// warnings on stderr and goes on otherwise. The bundled library is only read: it is linted when it is built
    /// into the binary's tests, which require it to have no error and no warning. With `parsingBodies` false
    /// the bundled library's clause bodies are parsed only when an assembly uses them, for a command that assembles
    /// one agreement or none (`ClauseLibrary.bundled(parsingBodies:)`); a library folder is linted, which parses
    /// every body.
    func load(parsingBodies: Bool = true) throws -> ClauseLibrary {
        if directory == nil { return try ClauseLibrary.bundled(parsingBodies: parsingBodies) }
        let check = try self.check()
        let library = try check.checked()
        DiagnosticsEngine.shared.emit(check.warnings)
        return library
    }
}
