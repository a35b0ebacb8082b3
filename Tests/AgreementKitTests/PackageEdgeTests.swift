import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The edges of packages and the small values around them: a reference that is not a ZIP archive or would fill the
/// memory, the text of a package error, timestamps before 1970, XML that cannot be indented, the bundled library's
/// files by path, clause numbers, an error whose text is not in the words files.
@Suite("Packages and small values: edges")
struct PackageEdgeTests {
    /// Bytes that are not a ZIP archive are refused with the archive library's reason.
    @Test func aReaderRefusesWhatIsNotAZipArchive() {
        #expect {
            try ZipPackageReader.entries(Data("not a package".utf8))
        } throws: { error in
            !((error as? PackageError)?.reason.isEmpty ?? true)
        }
    }

    /// An archive whose entries would be larger than the limit uncompressed is refused before any is read: a small
    /// hostile file cannot fill the memory.
    @Test func aReaderRefusesEntriesLargerThanTheLimit() throws {
        let part = PackagePart(name: "content.xml", mediaType: "text/xml", data: Data("<a/>".utf8), compressed: false)
        var bytes = [UInt8](try ZipPackage.archive([part], options: RenderOptions(timestamp: 315_532_800)))
        #expect(try ZipPackageReader.entries(Data(bytes)) == ["content.xml": Data("<a/>".utf8)])
        // The central directory entry's uncompressed size (at offset 24) now says 256 MB and one byte.
        let directory = try #require(
            bytes.indices.first { bytes[$0...].starts(with: [0x50, 0x4B, 0x01, 0x02]) })
        let size = UInt32(ZipPackageReader.maximumSize + 1)
        for i in 0..<4 { bytes[directory + 24 + i] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(i))) }
        #expect(throws: PackageError(reason: "larger than 256 MB")) { try ZipPackageReader.entries(Data(bytes)) }
    }

    @Test func aPackageErrorSaysThePackageCannotBeMade() {
        #expect(PackageError(reason: "zlib failed").description == "cannot make the ZIP package (zlib failed)")
    }

    /// The ISO form gives a timestamp before 1970 as the date it is (the days round down, not toward zero); the
    /// writers record no time before 1980 (`RenderOptions.recordableTimestamps`).
    @Test func timestampsBefore1970() {
        #expect(RenderOptions.iso8601(-1) == "1969-12-31T23:59:59Z")
        #expect(RenderOptions.iso8601(-86_400) == "1969-12-31T00:00:00Z")
        #expect(RenderOptions.iso8601(0) == "1970-01-01T00:00:00Z")
    }

    /// A timestamp outside the times a ZIP entry can hold (1980-01-01 00:00:00 to 2107-12-31 23:59:58) is
    /// recorded at the nearer end, in the ZIP entries and, the same time, in the document properties. Before, the
    /// largest (`SOURCE_DATE_EPOCH=9223372036854775807`) gave the DOS date 0, which is no date, and a year of twelve
    /// digits in the properties, which is no `xsd:dateTime`.
    @Test func aTimestampOutsideTheRecordableTimesIsRecordedAtTheNearerEnd() throws {
        let first = (date: UInt16(1 + 1 * 32), time: UInt16(0))
        let last = (date: UInt16(31 + 12 * 32 + 127 * 512), time: UInt16(29 + 59 * 32 + 23 * 2048))
        for timestamp: Int64 in [.min, -1, 0, 315_532_799, 315_532_800] {
            #expect(ZipPackage.dosDateTime(timestamp) == first, "\(timestamp)")
        }
        for timestamp: Int64 in [4_354_819_198, 4_354_819_199, 4_354_819_200, 1_700_000_000_000, .max] {
            #expect(ZipPackage.dosDateTime(timestamp) == last, "\(timestamp)")
        }
        // The years 2100 to 2107 are the DOS date's too (ZIPFoundation wrote 2099 with their month and day).
        #expect(ZipPackage.dosDateTime(4_102_444_800) == (UInt16(1 + 1 * 32 + 120 * 512), 0))
        #expect(RenderOptions(timestamp: .max).iso8601 == "2107-12-31T23:59:59Z")
        #expect(RenderOptions(timestamp: .min).iso8601 == "1980-01-01T00:00:00Z")
        let renderer = DocumentRenderer(options: RenderOptions(timestamp: .max))
        let docx = try renderer.render(Samples.small(), as: .docx)
        let core = try #require(try PackageContents(docx).text("docProps/core.xml"))
        #expect(core.contains(">2107-12-31T23:59:59Z</dcterms:created>"), "\(core)")
        let odt = try renderer.render(Samples.small(), as: .odt)
        let meta = try #require(try PackageContents(odt).text("meta.xml"))
        #expect(meta.contains("<meta:creation-date>2107-12-31T23:59:59Z</meta:creation-date>"), "\(meta)")
        #expect(
            docx
                == (try DocumentRenderer(options: RenderOptions(timestamp: 4_354_819_199)).render(
                    Samples.small(), as: .docx)))
    }

    /// `SOURCE_DATE_EPOCH` outside the recordable times, or not a whole number, is refused naming the range; an
    /// agreement date outside it dates the documents at the nearer end; an empty one counts as unset.
    @Test func aSourceDateEpochOutsideTheRecordableTimesIsRefused() throws {
        var agreement = Samples.small()
        for epoch in ["9223372036854775807", "1700000000000", "4354819200", "315532799", "0", "-1", "1.5e9", "x"] {
            #expect(
                throws: DiagnosticError(
                    Message(
                        .buildBadSourceDateEpoch,
                        texts: [
                            "variable": "SOURCE_DATE_EPOCH", "value": epoch, "first": "315532800",
                            "first-date": "1980-01-01T00:00:00Z", "last": "4354819199",
                            "last-date": "2107-12-31T23:59:59Z",
                        ])),
                "\(epoch)"
            ) {
                try RenderOptions.reproducible(for: agreement, environment: ["SOURCE_DATE_EPOCH": epoch])
            }
        }
        for epoch: Int64 in [315_532_800, 4_354_819_199] {
            #expect(
                try RenderOptions.reproducible(for: agreement, environment: ["SOURCE_DATE_EPOCH": "\(epoch)"])
                    .timestamp == epoch)
        }
        for (date, timestamp): (CalendarDate, Int64) in [
            (CalendarDate(year: 1975, month: 6, day: 1)!, 315_532_800),
            (CalendarDate(year: 2107, month: 12, day: 31)!, 4_354_732_800),
            (CalendarDate(year: 2150, month: 1, day: 1)!, 4_354_819_199),
            (CalendarDate(year: 9999, month: 12, day: 31)!, 4_354_819_199),
        ] {
            agreement.metadata.date = date
            #expect(
                try RenderOptions.reproducible(for: agreement, environment: ["SOURCE_DATE_EPOCH": ""]).timestamp
                    == timestamp, "\(date)")
        }
    }

    /// A timestamp before 1 March of year 0 falls in the 400-year era before it, and still gives its date.
    @Test func aTimestampInYearZeroGivesItsDate() {
        #expect(RenderOptions.iso8601(-62_167_219_200) == "0000-01-01T00:00:00Z")
        #expect(RenderOptions.iso8601(-62_162_035_201) == "0000-02-29T23:59:59Z")
    }

    /// The relationships part of a part is in the `_rels` folder beside it, at the package root for a part there.
    @Test func aPartsRelationshipsAreInTheRelsFolderBesideIt() {
        #expect(DOCXPartName.relationships(of: "word/header1.xml") == "word/_rels/header1.xml.rels")
        #expect(DOCXPartName.relationships(of: "document.xml") == "_rels/document.xml.rels")
    }

    /// Indenting needs well-formed XML: nothing, or a document that does not close, gives nil.
    @Test func xmlThatIsNotWellFormedIsNotIndented() throws {
        #expect(XMLFormatter.indented(Data()) == nil)
        #expect(XMLFormatter.indented(Data("<a><b>".utf8)) == nil)
        let indented = try #require(XMLFormatter.indented(Data("<a><b/></a>".utf8)))
        #expect(String(decoding: indented, as: UTF8.self).hasSuffix("<a>\n  <b/>\n</a>\n"))
    }

    /// The bundled library's files by their path below `clauses/`, for showing a diagnostic's source line.
    @Test func theBundledLibrarysFilesByPath() throws {
        let manifest = try #require(ClauseLibrary.bundledFile("library.yaml"))
        let repository = try Data(
            contentsOf: TestEnvironment.repositoryRoot.appending(path: "clauses/library.yaml"))
        #expect(manifest == repository)
        #expect(ClauseLibrary.bundledFile("no-such-file.yaml") == nil)
    }

    @Test func clauseNumbers() {
        let number = ClauseNumber(kind: .clause, counters: [7, 2], bookmark: "clause_7_2")
        #expect(number.level == 2)
        #expect(number.numberText == "7.2")
        #expect(ClauseNumber(kind: .annex, counters: [3], bookmark: "annex_3").level == 1)
    }

    /// An error whose text is not in the words files is shown as it is, in every language.
    @Test func anUntranslatedError() {
        let at = AgreementKit.SourceLocation(file: "a.yaml", line: 2, column: 3)
        let error = DiagnosticError(untranslated: "zlib said no", at: at)
        #expect(error.diagnostics.map(\.description) == ["a.yaml:2:3: error: zlib said no"])
        #expect(DiagnosticError(untranslated: "x", file: "b.yaml").diagnostics.first?.file == "b.yaml")
    }
}
