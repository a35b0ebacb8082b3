import AgreementKit
import ArgumentParser
import Foundation

/// The one way the command line writes to stderr. Problems are diagnostics, printed compiler-style as
/// `file:line:col: error|warning|note: message`, followed by the offending source line and a caret under the column
/// when the source text is at hand (a file on disk or a file of the bundled library). Every error a command throws
/// is reported here and mapped to one of the exit statuses the README documents.
final class DiagnosticsEngine: @unchecked Sendable {
    /// The engine of this process.
    static let shared = DiagnosticsEngine()

    private let lock = NSLock()
    private let output: @Sendable (String) -> Void
    private let source: @Sendable (String) -> String?
    private var lines: [String: [Substring]?] = [:]

    /// An engine writing to `output` and reading source text with `source` (nil when it is not available).
    init(
        output: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) },
        source: @escaping @Sendable (String) -> String? = DiagnosticsEngine.sourceText
    ) {
        self.output = output
        self.source = source
    }

    /// Prints one diagnostic, with its source line and caret when located.
    func emit(_ diagnostic: Diagnostic) {
        lock.lock()
        defer { lock.unlock() }
        var text = diagnostic.description + "\n"
        if let location = diagnostic.location, let snippet = snippet(at: location) { text += snippet }
        output(text)
    }

    /// Prints diagnostics in the order given (the order the problems were found).
    func emit(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { emit(diagnostic) }
    }

    /// Prints a line that reports no problem: a summary (`3 agreements, 9 files, 0.4 s`) or a usage text.
    func status(_ line: String) {
        raw(line + "\n")
    }

    /// Writes text as it is: the progress line a terminal redraws in place.
    func raw(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        output(text)
    }

    /// Reports `error` and returns the exit status it maps to: diagnostics 1, usage errors 2, I/O errors 3, an
    /// `ExitCode` its own. Help and `--version` are not errors and are handled by the caller.
    func report(_ error: any Error, command: any ParsableCommand.Type) -> Int32 {
        switch error {
        case let error as DiagnosticError:
            emit(error.diagnostics)
            return ExitStatus.invalidInput.rawValue
        case let error as FileError:
            emit(Diagnostic(.error, error.reason, file: error.path))
            return ExitStatus.ioError.rawValue
        case let error as ConversionError:
            emit(Diagnostic(.error, error.reason))
            return ExitStatus.ioError.rawValue
        case let error as PackageError:
            emit(Diagnostic(.error, untranslated: error.description))
            return ExitStatus.ioError.rawValue
        case let error as ExitCode:
            return error.rawValue
        default:
            guard command.exitCode(for: error) == .validationFailure else {
                emit(Diagnostic(.error, Message(.cliInternal, ["reason": .text("\(error)")])))
                return ExitStatus.invalidInput.rawValue
            }
            // An argument-parser error: its message as a diagnostic, then the usage of the command it concerns. Our
            // own checks of the values (`validate()`) are worded from the words files; argument-parser's own texts
            // (an unknown option, a missing value) are its English.
            let message = command.message(for: error)
            emit(Diagnostic(.error, worded: message))
            let full = command.fullMessage(for: error)
            if let range = full.range(of: message) {
                let usage = full[range.upperBound...].trimmingCharacters(in: .newlines)
                if !usage.isEmpty { status(usage) }
            }
            return ExitStatus.usage.rawValue
        }
    }

    /// The characters that end a line, as the YAML reader (libyaml) counts lines.
    private static let lineBreaks: Set<Character> = ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]

    /// The line at `location` and a caret under its column; nil when the text or the line is not available.
    private func snippet(at location: SourceLocation) -> String? {
        let file: [Substring]?
        if let read = lines[location.file] {
            file = read
        } else {
            // Lines end as the YAML reader ends them: LF, CRLF (one Character in Swift, so splitting at "\n" alone
            // would keep a Windows file on one line), CR, NEL, LS or PS.
            file = source(location.file).map { text in
                text.split(omittingEmptySubsequences: false) { DiagnosticsEngine.lineBreaks.contains($0) }
            }
            lines[location.file] = .some(file)
        }
        guard let file, location.line >= 1, location.line <= file.count else { return nil }
        let line = file[location.line - 1]
        if line.isEmpty { return nil }
        // The caret sits under the column (counted in Unicode scalars, as libyaml counts); tabs are kept so it
        // lines up however wide the terminal draws them.
        let before = line.unicodeScalars.prefix(max(0, location.column - 1))
        let indent = String(String.UnicodeScalarView(before.map { $0 == "\t" ? "\t" : " " }))
        return "\(line)\n\(indent)^\n"
    }

    /// The text of a file named in a diagnostic: a file of the bundled library, or a file on disk.
    @Sendable static func sourceText(_ file: String) -> String? {
        let data: Data?
        if file.hasPrefix(ClauseLibrary.bundledRoot + "/") {
            data = ClauseLibrary.bundledFile(String(file.dropFirst(ClauseLibrary.bundledRoot.count + 1)))
        } else {
            data = try? FileAccess.read(file)
        }
        return data.flatMap { String(data: $0, encoding: .utf8) }
    }
}
