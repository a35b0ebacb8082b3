import Foundation
import TestSupport
import Testing

/// `--to pdf` and `--to pdf/a`, run as users run them: LibreOffice makes the PDF from the ODT with one process for
/// all agreements; a missing LibreOffice, a time-out, a crash or a broken PDF is an error (exit 3) that writes
/// nothing. The tests that need the real LibreOffice skip without it (off CI); the others run a stand-in `soffice`
/// (a shell script named by `OPI_SOFFICE`) that behaves as the test needs.
@Suite("PDF through LibreOffice", .serialized)
struct PDFCLITests {
    static let healthCare = TestEnvironment.repositoryRoot.appendingPathComponent("examples/health-care.yaml").path
    static let batchExample = TestEnvironment.repositoryRoot.appendingPathComponent("examples/batch-suppliers.yaml")
        .path

    func run(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws
        -> ProcessResult
    {
        try OPIBinary.run(arguments, input: input, environment: environment)
    }

    /// A stand-in `soffice`: a shell script in `dir` running `body`, started in the conversion's folder with the
    /// inputs as `in/1.odt`, `in/2.odt`, … and `--outdir out`.
    func fakeOffice(_ name: String, in dir: URL, _ body: String) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    /// A stand-in that writes a small whole PDF for every input, as LibreOffice names them.
    static let wholePDFs = #"""
        for a in "$@"; do
          case "$a" in in/*) n=$(basename "$a"); printf '%%PDF-1.4\n%%stand-in\n%%%%EOF\n' > "out/${n%.*}.pdf";; esac
        done
        """#

    /// The files in `dir`, hidden ones included; none when it does not exist.
    func contents(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }

    // MARK: - With the real LibreOffice

    /// The PDF says what the DOCX says. LibreOffice reads the DOCX as plain text (its own import, the reading order
    /// of the document); `pdftotext` reads the PDF. Compared word by word as a multiset (each word as often), because
    /// a PDF has no reading order of its own: `pdftotext` guesses it from positions and puts a list number or a
    /// table cell beside its neighbour in another order. Before comparing, each page's header (the title, from page
    /// 2) and footer (`Sida N av M`, checked to be page N of the right count) are taken off, and hyphens inside
    /// words are dropped (`pdftotext` joins a word hyphenated at a line end). The PDF may have more only of the
    /// words of the table header rows, which repeat on every page a table runs onto.
    @Test(
        .enabled(
            if: TestEnvironment.runReaderTests("soffice", "pdftotext"), "LibreOffice (soffice) or pdftotext missing"))
    func pdfTextMatchesTheDOCXText() throws {
        let dir = try TestEnvironment.temporaryDirectory("pdf-text")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let result = try run(["build", Self.healthCare, "--final", "--to", "docx,pdf", "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            contents(out) == ["health-care.docx", "health-care.pdf"], "the ODT the PDF is made from is not written")
        #expect(
            result.stdout == out.appendingPathComponent("health-care.docx").path + "\n"
                + out.appendingPathComponent("health-care.pdf").path + "\n")
        let docx = out.appendingPathComponent("health-care.docx")
        let profile = dir.appendingPathComponent("profile").path
        let converted = try ProcessRunner.run(
            "soffice",
            [
                "-env:UserInstallation=file://\(profile)", "--headless", "--convert-to", "txt:Text (encoded):UTF8",
                "--outdir", dir.path, docx.path,
            ])
        #expect(converted.status == 0, "\(converted.stderr)")
        let docxText = try String(contentsOf: dir.appendingPathComponent("health-care.txt"), encoding: .utf8)
        let title = try #require(
            docxText.split(whereSeparator: \.isNewline).map { ReaderText.normalise(String($0)) }.first {
                !$0.isEmpty
            })
        #expect(title == "Avtal om offentligt-privat innovationssamarbete (OPI)")

        let pdf = try ProcessRunner.run(
            "pdftotext", ["-enc", "UTF-8", out.appendingPathComponent("health-care.pdf").path, "-"])
        #expect(pdf.status == 0, "\(pdf.stderr)")
        let pages = pdf.stdout.split(separator: "\u{0C}", omittingEmptySubsequences: false).map {
            ReaderText.normalise(String($0))
        }.filter { !$0.isEmpty }
        #expect(pages.count > 20, "\(pages.count) pages")
        var body: [String] = []
        for (index, page) in pages.enumerated() {
            var text = Substring(page)
            if index > 0 {
                #expect(text.hasPrefix(title), "page \(index + 1) has no header: \(text.prefix(80))")
                text = text.dropFirst(title.count)
            }
            let footer = try #require(text.firstMatch(of: /Sida (\d+) av (\d+)$/), "page \(index + 1): no footer")
            #expect(Int(footer.1) == index + 1 && Int(footer.2) == pages.count, "page \(index + 1): \(footer.0)")
            body.append(String(text[..<footer.range.lowerBound]))
        }

        func words(_ text: String) -> [String: Int] {
            var counts: [String: Int] = [:]
            for word in text.split(whereSeparator: \.isWhitespace) {
                counts[word.replacingOccurrences(of: "-", with: ""), default: 0] += 1
            }
            return counts
        }
        let expected = words(docxText.replacingOccurrences(of: "\u{FEFF}", with: ""))
        let found = words(body.joined(separator: " "))
        let missing = expected.filter { found[$0.key, default: 0] < $0.value }
        #expect(missing.isEmpty, "words of the DOCX missing in the PDF: \(missing)")
        let headerWords = try Set(words(Self.headerRowsText(of: docx)).keys)
        let extra = found.filter { $0.value > expected[$0.key, default: 0] }
        #expect(
            extra.keys.allSatisfy(headerWords.contains),
            "words in the PDF that are neither in the DOCX nor in a repeated table header row: \(extra)")
        #expect(expected.values.reduce(0, +) > 10_000, "the whole agreement was compared")
    }

    /// The text of the table header rows (`w:tblHeader`) of a DOCX's body.
    static func headerRowsText(of docx: URL) throws -> String {
        let package = try PackageContents(try Data(contentsOf: docx))
        let xml = try #require(package.text("word/document.xml"))
        var texts: [String] = []
        for row in xml.matches(of: /<w:tr[ >].*?<\/w:tr>/.dotMatchesNewlines()) where row.0.contains("<w:tblHeader/>") {
            for run in row.0.matches(of: /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/) {
                texts.append(
                    String(run.1).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(
                        of: "&gt;", with: ">"
                    )
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                    .replacingOccurrences(of: "&amp;", with: "&"))
            }
            texts.append(" ")
        }
        return texts.joined(separator: " ")
    }

    /// `--to pdf/a` writes a PDF/A-2b: the XMP metadata identifies part 2, conformance B (veraPDF is not packaged
    /// for Debian; the identification is what an archive's intake reads first).
    @Test(
        .enabled(if: TestEnvironment.runReaderTests("soffice", "pdfinfo"), "LibreOffice (soffice) or pdfinfo missing"))
    func pdfAIsIdentifiedAsPDFA2b() throws {
        let dir = try TestEnvironment.temporaryDirectory("pdf-a")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try run(["build", Self.healthCare, "--final", "--to", "pdf/a", "-o", dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(contents(dir) == ["health-care.pdf"])
        let pdf = dir.appendingPathComponent("health-care.pdf").path
        let meta = try ProcessRunner.run("pdfinfo", ["-meta", pdf])
        #expect(meta.status == 0, "\(meta.stderr)")
        #expect(meta.stdout.contains("<pdfaid:part>2</pdfaid:part>"), "\(meta.stdout)")
        #expect(meta.stdout.contains("<pdfaid:conformance>B</pdfaid:conformance>"), "\(meta.stdout)")
        // A plain PDF carries no PDF/A identification.
        let plain = dir.appendingPathComponent("plain")
        #expect(try run(["build", Self.healthCare, "--final", "--to", "pdf", "-o", plain.path]).status == 0)
        let plainMeta = try ProcessRunner.run(
            "pdfinfo", ["-meta", plain.appendingPathComponent("health-care.pdf").path])
        #expect(!plainMeta.stdout.contains("pdfaid:part"))
        #expect(try ReaderText.pdf(pdf).contains("Region Exempelland"))
    }

    /// A batch of three agreements starts LibreOffice once: a wrapper named by `OPI_SOFFICE` logs every start and
    /// runs the real `soffice`.
    @Test(
        .enabled(
            if: TestEnvironment.runReaderTests("soffice", "pdftotext"), "LibreOffice (soffice) or pdftotext missing"))
    func batchStartsOneLibreOffice() throws {
        let dir = try TestEnvironment.temporaryDirectory("pdf-batch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let soffice = try #require(TestEnvironment.tool("soffice"))
        let log = dir.appendingPathComponent("starts.log")
        let wrapper = try fakeOffice(
            "soffice", in: dir, "echo start >> '\(log.path)'\nexec '\(soffice)' \"$@\"")
        let out = dir.appendingPathComponent("out")
        let result = try run(
            ["batch", Self.batchExample, "--final", "--to", "docx,pdf", "--jobs", "2", "-o", out.path],
            environment: ["OPI_SOFFICE": wrapper])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOf: log, encoding: .utf8) == "start\n", "one LibreOffice for three agreements")
        let names = CLITests.batchNames
        #expect(
            result.stdout.split(separator: "\n").map(String.init)
                == names.flatMap { name in ["docx", "pdf"].map { out.appendingPathComponent("\(name).\($0)").path } })
        #expect(result.stderr.hasPrefix("3 avtal, 6 filer, "), "\(result.stderr)")
        for (name, supplier) in zip(
            names, ["Sensorbolaget Nord AB", "Ruttoptimering i Syd AB", "Nordic Waste Analytics AB"])
        {
            let text = try ReaderText.pdf(out.appendingPathComponent("\(name).pdf").path)
            #expect(text.contains(supplier), "\(name).pdf")
        }
        #expect(contents(out) == names.flatMap { ["\($0).docx", "\($0).pdf"] }.sorted(), "no staging folder left")
    }

    // MARK: - Without LibreOffice, and with a LibreOffice that fails

    /// Without LibreOffice every command that can write a PDF says which package to install, in the agreement's
    /// language, exits 3 and writes nothing, not even the other forms.
    @Test func missingLibreOfficeNamesThePackageAndWritesNothing() throws {
        let dir = try TestEnvironment.temporaryDirectory("pdf-missing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        let commands: [(arguments: [String], input: String?)] = [
            (["build", Self.healthCare, "--to", "docx,pdf", "-o", out.path], nil),
            (["build", Self.healthCare, "--to", "pdf/a", "--lang", "en", "-o", out.path], nil),
            (["batch", Self.batchExample, "--to", "docx,pdf", "-o", out.path], nil),
            (["render", Samples.modelURL.path, "--to", "odt,pdf", "-o", out.path], nil),
            (["interview", "--to", "docx,pdf", "-o", out.path], ""),
        ]
        for (arguments, input) in commands {
            for environment in [["OPI_SOFFICE": "/nonexistent/soffice"], ["OPI_SOFFICE": "", "PATH": dir.path]] {
                let result = try run(arguments, input: input, environment: environment)
                #expect(result.status == 3, "\(arguments) \(environment): \(result.stderr)")
                #expect(result.stderr.contains("libreoffice-writer-nogui"), "\(arguments): \(result.stderr)")
                #expect(result.stderr.hasPrefix("error: --to pdf"), "\(arguments): \(result.stderr)")
                #expect(!FileManager.default.fileExists(atPath: out.path), "\(arguments): something was written")
            }
        }
        // build words it in the agreement's language; render in the environment's.
        let swedish = try run(
            ["build", Self.healthCare, "--to", "pdf", "-o", out.path], environment: ["OPI_SOFFICE": "/nonexistent"])
        #expect(
            swedish.stderr
                == "error: --to pdf kräver LibreOffice, och OPI_SOFFICE anger ”/nonexistent”, som inte är ett "
                + "program; installera Debianpaketet libreoffice-writer-nogui (sudo apt install "
                + "libreoffice-writer-nogui) eller ange programmet soffice i OPI_SOFFICE\n")
        let danish = try run(
            ["build", Self.healthCare, "--to", "pdf", "--lang", "da", "-o", out.path],
            environment: ["OPI_SOFFICE": "", "PATH": dir.path])
        #expect(danish.stderr.contains("installér Debian-pakken libreoffice-writer-nogui"), "\(danish.stderr)")
        let english = try run(
            ["render", Samples.modelURL.path, "--to", "pdf", "-o", out.path],
            environment: ["OPI_SOFFICE": "", "PATH": dir.path])
        #expect(
            english.stderr
                == "error: --to pdf needs LibreOffice, and soffice is not installed (not on PATH); install the Debian "
                + "package libreoffice-writer-nogui (sudo apt install libreoffice-writer-nogui), or set OPI_SOFFICE "
                + "to the soffice program\n")
    }

    /// A LibreOffice that hangs, crashes, fails or writes a broken PDF: a clear error (exit 3), no PDF and no other
    /// file written, nothing of it left running, and its temporary folder removed. The hanging one leaves a child
    /// behind, as `soffice.bin` under its start script does; the whole process group is stopped.
    @Test func failingLibreOfficeWritesNothing() throws {
        let dir = try TestEnvironment.temporaryDirectory("pdf-failing")
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmp = dir.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let child = dir.appendingPathComponent("child.pid")
        let cases: [(name: String, body: String, message: String)] = [
            (
                "hangs", "sleep 60 &\necho $! > '\(child.path)'\nsleep 60",
                "error: LibreOffice did not finish the PDF conversion within 2 seconds and was stopped; nothing was "
                    + "written (set OPI_PDF_TIMEOUT to allow more seconds)\n"
            ),
            (
                "crashes", "echo 'about to fail' >&2\nkill -SEGV $$",
                "error: LibreOffice was ended by signal 11 during the PDF conversion; nothing was written "
                    + "(LibreOffice printed: about to fail)\n"
            ),
            (
                "half-and-fails",
                "mkdir -p out\nprintf '%%PDF-1.6\\nhalf' > out/1.pdf\necho 'Error: no space' >&2\nexit 1",
                "error: LibreOffice exited with status 1 during the PDF conversion; nothing was written "
                    + "(LibreOffice printed: Error: no space)\n"
            ),
            (
                "half", "mkdir -p out\nprintf '%%PDF-1.6\\nhalf' > out/1.pdf",
                "error: LibreOffice wrote an incomplete PDF for health-care.pdf; nothing was written\n"
            ),
            (
                "nothing", "echo 'Error: source file could not be loaded'",
                "error: LibreOffice wrote no PDF for health-care.pdf; nothing was written (LibreOffice printed: "
                    + "Error: source file could not be loaded)\n"
            ),
        ]
        for (name, body, message) in cases {
            let office = try fakeOffice(name, in: dir, body)
            let out = dir.appendingPathComponent("out-\(name)")
            let started = ContinuousClock.now
            let result = try run(
                ["build", Self.healthCare, "--final", "--lang", "en", "--to", "docx,odt,pdf", "-o", out.path],
                environment: ["OPI_SOFFICE": office, "OPI_PDF_TIMEOUT": "2", "TMPDIR": tmp.path])
            #expect(result.status == 3, "\(name): \(result.stderr)")
            #expect(result.stderr.hasSuffix(message), "\(name): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(!FileManager.default.fileExists(atPath: out.path), "\(name): something was written")
            #expect(contents(tmp).isEmpty, "\(name): the conversion's temporary folder is left")
            #expect(started.duration(to: .now) < .seconds(30), "\(name): waited for the hanging LibreOffice")
        }
        let pid = try #require(
            Int32(String(contentsOf: child, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(!Self.runs(pid), "the hanging LibreOffice's child still runs")

        // A batch is all or nothing too: one LibreOffice for all, and its failure writes no agreement.
        let out = dir.appendingPathComponent("out-batch")
        let batch = try run(
            ["batch", Self.batchExample, "--final", "--to", "docx,pdf", "-o", out.path],
            environment: ["OPI_SOFFICE": try fakeOffice("batch", in: dir, "kill -KILL $$"), "TMPDIR": tmp.path])
        #expect(batch.status == 3, "\(batch.stderr)")
        #expect(
            batch.stderr == "error: LibreOffice avbröts av signal 9 under PDF-konverteringen; inget skrevs\n",
            "\(batch.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path), "\(contents(out))")
    }

    /// A LibreOffice that cannot be started (its script names an interpreter that does not exist) and a
    /// temporary folder that cannot be made (`TMPDIR` names no folder): each a clear error (exit 3) naming it, and
    /// nothing written.
    @Test func libreOfficeThatCannotStartOrNoTemporaryFolderWritesNothing() throws {
        let dir = try TestEnvironment.temporaryDirectory("pdf-cannot-start")
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmp = dir.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let broken = dir.appendingPathComponent("soffice")
        try Data("#!/nonexistent/interpreter\n".utf8).write(to: broken)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: broken.path)
        let arguments = ["build", Self.healthCare, "--final", "--lang", "en", "--to", "docx,pdf"]
        let out = dir.appendingPathComponent("out")
        let cannot = try run(
            arguments + ["-o", out.path], environment: ["OPI_SOFFICE": broken.path, "TMPDIR": tmp.path])
        #expect(cannot.status == 3, "\(cannot.stderr)")
        #expect(
            cannot.stderr.hasPrefix("error: LibreOffice ('\(broken.path)') cannot be started: ")
                && cannot.stderr.hasSuffix("; nothing was written\n"), "\(cannot.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(contents(tmp).isEmpty, "the conversion's temporary folder is left")

        let missing = dir.appendingPathComponent("missing")
        let noFolder = try run(
            arguments + ["-o", out.path],
            environment: ["OPI_SOFFICE": try fakeOffice("whole", in: dir, Self.wholePDFs), "TMPDIR": missing.path])
        #expect(noFolder.status == 3, "\(noFolder.stderr)")
        #expect(
            noFolder.stderr
                == "error: cannot prepare the PDF conversion in '\(missing.path)/opi-agreement-pdf-XXXXXX': "
                + "No such file or directory; nothing was written\n", "\(noFolder.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Whether process `pid` runs: it exists and is not a zombie (a killed process whose parent died stays one until
    /// the system's first process reaps it, which in a container it may never do).
    static func runs(_ pid: Int32) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = stat.lastIndex(of: ")")
        else { return true }
        return !stat[stat.index(after: end)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    /// `opi-agreement` ended by a signal while LibreOffice converts (SIGTERM here; Ctrl-C and SIGHUP are handled the
    /// same way) stops LibreOffice with every process it started, removes the conversion's folder and ends as the
    /// signal ends it, having written nothing.
    @Test func aSignalDuringTheConversionStopsLibreOffice() throws {
        let dir = try TestEnvironment.temporaryDirectory("pdf-signal")
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmp = dir.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let child = dir.appendingPathComponent("child.pid")
        let office = try fakeOffice("soffice", in: dir, "sleep 60 &\necho $! > '\(child.path)'\nsleep 60")
        let out = dir.appendingPathComponent("out")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(OPIBinary.path))
        process.arguments = ["build", Self.healthCare, "--to", "docx,pdf", "-o", out.path]
        process.environment = OPIBinary.environment([
            "OPI_SOFFICE": office, "OPI_PDF_TIMEOUT": "60", "TMPDIR": tmp.path,
        ])
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let started = ContinuousClock.now
        while (try? String(contentsOf: child, encoding: .utf8))?.hasSuffix("\n") != true,
            started.duration(to: .now) < .seconds(30)
        {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let pid = try #require(
            Int32(try String(contentsOf: child, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(contents(tmp).count == 1, "the conversion's folder")
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        #expect(started.duration(to: .now) < .seconds(30))
        Thread.sleep(forTimeInterval: 0.2)
        #expect(!Self.runs(pid), "LibreOffice's child still runs")
        #expect(contents(tmp).isEmpty, "the conversion's folder is left")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// With a PDF asked for, the other forms are the bytes they are without it; the ODT the PDF is made from is
    /// written only when asked for; the PDF comes last. A stand-in LibreOffice writes the PDFs.
    @Test func otherFormsStayByteIdentical() throws {
        let dir = try TestEnvironment.temporaryDirectory("pdf-same")
        defer { try? FileManager.default.removeItem(at: dir) }
        let office = try fakeOffice("soffice", in: dir, Self.wholePDFs)
        let with = dir.appendingPathComponent("with")
        let without = dir.appendingPathComponent("without")
        let a = try run(
            ["build", Self.healthCare, "--to", "pdf,docx,fodt,model", "-o", with.path],
            environment: ["OPI_SOFFICE": office])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(
            a.stdout.split(separator: "\n").map { ($0 as NSString).lastPathComponent } == [
                "health-care.json", "health-care.docx", "health-care.fodt", "health-care.pdf",
            ])
        let b = try run(["build", Self.healthCare, "--to", "docx,fodt,model", "-o", without.path])
        #expect(b.status == 0, "\(b.stderr)")
        for name in ["health-care.json", "health-care.docx", "health-care.fodt"] {
            #expect(
                try Data(contentsOf: with.appendingPathComponent(name))
                    == Data(contentsOf: without.appendingPathComponent(name)), "\(name)")
        }
        #expect(
            try String(contentsOf: with.appendingPathComponent("health-care.pdf"), encoding: .utf8)
                == "%PDF-1.4\n%stand-in\n%%EOF\n")

        // The batch's PDFs go out with its other files, named after each agreement.
        let batch = dir.appendingPathComponent("batch")
        let result = try run(
            ["batch", Self.batchExample, "--final", "--to", "odt,pdf/a", "-o", batch.path],
            environment: ["OPI_SOFFICE": office])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(contents(batch) == CLITests.batchNames.flatMap { ["\($0).odt", "\($0).pdf"] }.sorted())
    }

    /// `pdf` and `pdf/a` would both be `NAME.pdf`: asking for both is a usage error, before anything runs.
    @Test func pdfAndPDFATogetherAreAUsageError() throws {
        let dir = try TestEnvironment.temporaryDirectory("pdf-both")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out")
        for arguments in [
            ["build", Self.healthCare, "--to", "pdf,docx,pdf/a", "-o", out.path],
            ["batch", Self.batchExample, "--to", "pdf/a,pdf", "-o", out.path],
            ["render", Samples.modelURL.path, "--to", "pdf,pdf/a", "-o", out.path],
        ] {
            let result = try run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(
                result.stderr.hasPrefix(
                    "error: --to asks for both pdf and pdf/a, which are both written as NAME.pdf; choose one (pdf/a "
                        + "is a PDF too, made for archiving)\nUsage: opi-agreement \(arguments[0]) "),
                "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        }
        let timeout = try run(
            ["build", Self.healthCare, "--to", "pdf", "-o", out.path],
            environment: ["OPI_SOFFICE": try fakeOffice("soffice", in: dir, Self.wholePDFs), "OPI_PDF_TIMEOUT": "soon"])
        #expect(timeout.status == 3)
        #expect(timeout.stderr == "error: OPI_PDF_TIMEOUT ska vara ett helt antal sekunder, minst 1, inte ”soon”\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
