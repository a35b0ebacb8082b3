import Foundation

/// Makes PDFs with LibreOffice headless (`soffice --convert-to pdf`), the real layout engine. One call converts any
/// number of documents with one LibreOffice process (its start costs seconds), in a fresh temporary folder of its
/// own: the documents go in under plain numbered names, LibreOffice runs with a private user profile there
/// (`-env:UserInstallation`), so it runs beside a user's own LibreOffice without touching it, and the folder is
/// removed afterwards. A PDF is returned only when LibreOffice finished in time, exited normally and wrote a whole
/// PDF for every document; otherwise the call throws and returns nothing, so no partial PDF reaches the output.
///
/// PDF bytes are not reproducible: LibreOffice writes its version, the creation date and a random document ID, and
/// another LibreOffice version or other fonts lay the text out differently.
public struct OfficeConverter: Sendable, Equatable {
    /// The `soffice` program, a full path.
    public var program: String
    /// The seconds the whole conversion may take before LibreOffice is stopped; nil: 60 plus 30 per document.
    public var timeout: Int?

    /// The environment variable naming the `soffice` program (a path, or a name looked up on `PATH`).
    public static let programVariable = "OPI_SOFFICE"
    /// The environment variable giving the seconds a conversion may take.
    public static let timeoutVariable = "OPI_PDF_TIMEOUT"
    /// The Debian package that installs `soffice` without a desktop.
    public static let package = "libreoffice-writer-nogui"

    /// Creates a converter running `program`.
    public init(program: String, timeout: Int? = nil) {
        self.program = program
        self.timeout = timeout
    }

    /// Finds LibreOffice for `--to form`: the program `OPI_SOFFICE` names, else `soffice` on `PATH` (else, on macOS,
    /// in `/Applications/LibreOffice.app`); the time-out from `OPI_PDF_TIMEOUT`. Throws when there is no such
    /// program, naming the package to install, or when the time-out is not a whole number of seconds of at least 1.
    public static func locate(environment: [String: String], form: PDFForm) throws(ConversionError) -> OfficeConverter {
        var timeout: Int?
        if let text = environment[timeoutVariable], !text.isEmpty {
            guard let seconds = Int(text), seconds >= 1 else {
                throw ConversionError(.pdfBadTimeout, texts: ["variable": timeoutVariable, "value": text])
            }
            timeout = seconds
        }
        let texts = ["form": form.rawValue, "package": package, "variable": programVariable]
        if let named = environment[programVariable], !named.isEmpty {
            guard let program = executable(named, path: environment["PATH"]) else {
                var texts = texts
                texts["program"] = named
                throw ConversionError(.pdfNoOfficeProgram, texts: texts)
            }
            return OfficeConverter(program: program, timeout: timeout)
        }
        let bundled = "/Applications/LibreOffice.app/Contents/MacOS/soffice"
        guard
            let program = executable("soffice", path: environment["PATH"])
                ?? (FileManager.default.isExecutableFile(atPath: bundled) ? bundled : nil)
        else {
            throw ConversionError(.pdfNoOffice, texts: texts)
        }
        return OfficeConverter(program: program, timeout: timeout)
    }

    /// `name` as a program: a path (holding `/`) when it is an executable file, else the first executable file of
    /// that name in the folders of `path`.
    static func executable(_ name: String, path: String?) -> String? {
        if name.contains("/") {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: name, isDirectory: &isFolder)
            return exists && !isFolder.boolValue && FileManager.default.isExecutableFile(atPath: name) ? name : nil
        }
        for folder in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
        }
        return nil
    }

    /// The seconds a conversion of `count` documents may take: `timeout`, else 60 (LibreOffice's start, a fresh
    /// profile) plus 30 a document.
    public func seconds(forDocuments count: Int) -> Int {
        timeout ?? 60 + 30 * count
    }

    /// Converts `documents` (each named `NAME.odt` or another form LibreOffice reads) to PDFs named `NAME.pdf`, in
    /// the same order, with one LibreOffice process. Throws `ConversionError` when LibreOffice cannot be started,
    /// takes longer than `seconds(forDocuments:)` (it is stopped, with every process it started), is ended by a
    /// signal, exits with a status other than 0, or leaves a PDF missing, empty or cut short.
    public func convert(_ documents: [OutputFile], to form: PDFForm) throws(ConversionError) -> [OutputFile] {
        if documents.isEmpty { return [] }
        let folder = try ConversionFolder()
        defer { folder.remove() }
        var inputs: [String] = []
        for (index, document) in documents.enumerated() {
            // Numbered names: a name that starts with '-' or holds odd characters never reaches the command line.
            let name = "\(index + 1).\((document.name as NSString).pathExtension)"
            try folder.write(document.data, to: "in/\(name)")
            inputs.append("in/\(name)")
        }
        let arguments =
            [
                "-env:UserInstallation=\(URL(fileURLWithPath: folder.path + "/profile").absoluteString)",
                "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
                "--convert-to", form.convertTo, "--outdir", "out",
            ] + inputs
        let seconds = seconds(forDocuments: documents.count)
        let ending = try run(arguments, in: folder, seconds: seconds)
        let said = folder.said()
        switch ending {
        case .timedOut:
            throw ConversionError(
                .pdfTimedOut,
                texts: ["seconds": "\(seconds)", "variable": Self.timeoutVariable])
        case .signal(let signal):
            throw ConversionError(Message(.pdfCrashed, ["signal": "\(signal)", "said": said]))
        case .status(let status) where status != 0:
            throw ConversionError(Message(.pdfFailed, ["status": "\(status)", "said": said]))
        case .status:
            break
        }
        var pdfs: [OutputFile] = []
        for (index, document) in documents.enumerated() {
            let name =
                ((document.name as NSString).deletingPathExtension as NSString)
                .appendingPathExtension(PDFForm.fileExtension) ?? document.name
            guard let data = FileManager.default.contents(atPath: "\(folder.path)/out/\(index + 1).pdf"),
                !data.isEmpty
            else {
                throw ConversionError(Message(.pdfNoOutput, ["name": .text(name), "said": said]))
            }
            guard Self.isWhole(data) else {
                throw ConversionError(Message(.pdfIncomplete, ["name": .text(name), "said": said]))
            }
            pdfs.append(OutputFile(name: name, data: data))
        }
        return pdfs
    }

    /// Whether `data` looks like a whole PDF: it starts with the PDF header and its last KB holds the end-of-file
    /// marker (a PDF written only in part lacks it).
    static func isWhole(_ data: Data) -> Bool {
        data.starts(with: Data("%PDF-".utf8)) && data.suffix(1024).range(of: Data("%%EOF".utf8)) != nil
    }

    /// How LibreOffice ended.
    enum Ending: Equatable {
        /// It exited with this status.
        case status(Int32)
        /// A signal ended it.
        case signal(Int32)
        /// It ran out of time and was stopped.
        case timedOut
    }

    /// Runs the program with `arguments` in `folder`, its output (stdout and stderr) into a file there, and waits at
    /// most `seconds` for it to exit. Foundation's `Process` starts the program as the leader of a process group of
    /// its own, so on a time-out the whole group (LibreOffice's `soffice.bin` under its start script) is killed; so
    /// is anything of it still running after it exits.
    private func run(_ arguments: [String], in folder: ConversionFolder, seconds: Int) throws(ConversionError)
        -> Ending
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        process.standardInput = FileHandle.nullDevice
        // A file, not a pipe: LibreOffice can never block on a full pipe that nobody reads.
        let output = try folder.outputHandle()
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = output
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let interrupt = ConversionInterrupt(folder: folder)
        defer { interrupt.end() }
        do {
            try process.run()
            interrupt.started(group: process.processIdentifier)
        } catch {
            throw ConversionError(
                .pdfCannotStart, texts: ["program": program, "reason": error.localizedDescription])
        }
        let group = process.processIdentifier
        if Self.exit(of: group, orAfter: seconds) == .timedOut {
            Self.stop(group: group)
            finished.wait()
            return .timedOut
        } else if kill(-group, 0) == 0 {
            // What it left running is stopped, and only then does Foundation on Linux see it end (below).
            Self.stop(group: group)
        }
        finished.wait()
        return process.terminationReason == .uncaughtSignal
            ? .signal(process.terminationStatus) : .status(process.terminationStatus)
    }

    /// Waits until the process `pid` has exited, at most `seconds`, without collecting its status (`WNOWAIT`), which
    /// `Process` still reads. `Process` on Linux notices an exit only when every process the program started has
    /// closed a socket they all inherit: waiting for it alone, a conversion whose LibreOffice exits but leaves a
    /// child running would wait out the time-out although its PDFs are written.
    static func exit(of pid: pid_t, orAfter seconds: Int) -> DispatchTimeoutResult {
        let exited = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var info = siginfo_t()
            while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == -1 && errno == EINTR {}
            exited.signal()
        }
        return exited.wait(timeout: .now() + .seconds(seconds))
    }

    /// Kills the process group `group` (its leader's process ID), or the leader alone where it has no group.
    static func stop(group: pid_t) {
        if kill(-group, SIGKILL) != 0 { _ = kill(group, SIGKILL) }
    }
}
