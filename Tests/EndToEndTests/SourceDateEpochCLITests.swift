import Foundation
import TestSupport
import Testing

/// `SOURCE_DATE_EPOCH` outside the times a document can record (1980-01-01T00:00:00Z to 2107-12-31T23:59:59Z, the
/// times of a ZIP entry) is refused before anything is written, in the messages language; its ends are accepted.
extension CLITests {
    /// The build of the complete mini answers with `--lang LANG` into `dir/out`, with `epoch` as SOURCE_DATE_EPOCH.
    func buildMini(in dir: URL, epoch: String, lang: String = "en") throws -> ProcessResult {
        let answers = dir.appendingPathComponent("a.yaml")
        try Data(Self.completeMiniAnswers.utf8).write(to: answers)
        return try run(
            [
                "build", answers.path, "--library", TestEnvironment.miniLibrary.path, "-o",
                dir.appendingPathComponent("out").path, "--to", "docx,odt", "--lang", lang,
            ],
            environment: ["SOURCE_DATE_EPOCH": epoch])
    }

    /// The largest number a 64-bit `SOURCE_DATE_EPOCH` can be (a year of twelve digits), milliseconds given for
    /// seconds, a time before 1980, one after 2107 and text are each an error (exit 1) naming the range, and nothing
    /// is written; before, the largest was accepted and the ZIP entries got the DOS date 0, which is no date.
    @Test(arguments: ["9223372036854775807", "1700000000000", "315532799", "4354819200", "-1", "yesterday"])
    func aSourceDateEpochTheDocumentsCannotRecordIsRefused(epoch: String) throws {
        let dir = try TestEnvironment.temporaryDirectory("cli-sde")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try buildMini(in: dir, epoch: epoch)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(
            result.stderr.hasPrefix(
                "error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01T00:00:00Z from 315532800 "
                    + "(1980-01-01T00:00:00Z) to 4354819199 (2107-12-31T23:59:59Z), the times a ZIP package can "
                    + "record, not '\(epoch)'; without it the documents are dated by the agreement date\n"),
            "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))

        let swedish = try buildMini(in: dir, epoch: epoch, lang: "sv")
        #expect(swedish.status == 1)
        #expect(
            swedish.stderr.hasPrefix("error: SOURCE_DATE_EPOCH ska vara ett helt antal sekunder"), "\(swedish.stderr)")

        let model = try run(
            ["render", Samples.modelURL.path, "-o", dir.appendingPathComponent("out").path],
            environment: ["SOURCE_DATE_EPOCH": epoch])
        #expect(model.status == 1, "\(model.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
    }

    /// The ends of the range are accepted and recorded as they are: in the document properties to the second, in
    /// the ZIP entries to the two seconds DOS counts. An empty SOURCE_DATE_EPOCH counts as unset
    /// (the agreement date).
    @Test func theEndsOfTheRangeAreRecorded() throws {
        for (epoch, stamp, dos) in [
            ("315532800", "1980-01-01T00:00:00Z", (date: 1 + 1 * 32, time: 0)),
            ("4354819199", "2107-12-31T23:59:59Z", (date: 31 + 12 * 32 + 127 * 512, time: 29 + 59 * 32 + 23 * 2048)),
            // The mini answers have no agreement date: 1980-01-01, the earliest time.
            ("", "1980-01-01T00:00:00Z", (date: 1 + 1 * 32, time: 0)),
        ] {
            let dir = try TestEnvironment.temporaryDirectory("cli-sde-ends")
            defer { try? FileManager.default.removeItem(at: dir) }
            let result = try buildMini(in: dir, epoch: epoch)
            #expect(result.status == 0, "\(result.stderr)")
            let docx = try Data(contentsOf: dir.appendingPathComponent("out/a.docx"))
            let core = try #require(try PackageContents(docx).text("docProps/core.xml"))
            #expect(core.contains(">\(stamp)</dcterms:created>"), "\(core)")
            let odt = try Data(contentsOf: dir.appendingPathComponent("out/a.odt"))
            let meta = try #require(try PackageContents(odt).text("meta.xml"))
            #expect(meta.contains("<meta:creation-date>\(stamp)</meta:creation-date>"), "\(meta)")
            // The first local header: the DOS time at offset 10, the date at 12.
            let bytes = [UInt8](odt)
            #expect(Int(bytes[10]) | Int(bytes[11]) << 8 == dos.time, "\(epoch)")
            #expect(Int(bytes[12]) | Int(bytes[13]) << 8 == dos.date, "\(epoch)")
        }
    }
}
