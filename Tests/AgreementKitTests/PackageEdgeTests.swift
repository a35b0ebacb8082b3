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

    /// Timestamps before 1970 are written as the dates they are (the days round down, not toward zero).
    @Test func timestampsBefore1970() {
        #expect(RenderOptions(timestamp: -1).iso8601 == "1969-12-31T23:59:59Z")
        #expect(RenderOptions(timestamp: -86_400).iso8601 == "1969-12-31T00:00:00Z")
        #expect(RenderOptions(timestamp: 0).iso8601 == "1970-01-01T00:00:00Z")
    }

    /// ZIP dates run from 1980 to 2099: a year outside is the nearest of the two, and a timestamp beyond the C
    /// library's calendar (`SOURCE_DATE_EPOCH` has no upper bound) is the last ZIP time, 2099-12-31 23:59:58, or
    /// the first, 1980-01-01 00:00:00 (it was date 0, a day and month that do not exist).
    @Test func zipDatesAreKeptBetween1980And2099() {
        func dos(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int) -> [UInt16] {
            [UInt16(day + month * 32 + (year - 1980) * 512), UInt16(second / 2 + minute * 32 + hour * 2048)]
        }
        func zip(_ timestamp: Int64) -> [UInt16] {
            let (date, time) = ZipPackage.dosDateTime(timestamp)
            return [date, time]
        }
        #expect(zip(1_789_430_400) == dos(2026, 9, 15, 0, 0, 0))
        #expect(zip(4_107_542_400) == dos(2099, 3, 1, 0, 0, 0), "2100-03-01")
        #expect(zip(0) == dos(1980, 1, 1, 0, 0, 0))
        #expect(zip(.max) == dos(2099, 12, 31, 23, 59, 58))
        #expect(zip(.min) == dos(1980, 1, 1, 0, 0, 0))
        // Through a written package: the local header's time and date (offsets 10 and 12).
        let options = RenderOptions.reproducible(
            for: Samples.small(), environment: ["SOURCE_DATE_EPOCH": "\(Int64.max)"])
        let part = PackagePart(name: "content.xml", mediaType: "text/xml", data: Data("<a/>".utf8), compressed: false)
        let bytes = [UInt8]((try? ZipPackage.archive([part], options: options)) ?? Data())
        #expect(bytes.count > 14)
        if bytes.count > 14 {
            let stamp = [10, 12].map { UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8 }
            #expect([stamp[1], stamp[0]] == dos(2099, 12, 31, 23, 59, 58))
        }
    }

    /// A timestamp before 1 March of year 0 falls in the 400-year era before it, and still gives its date.
    @Test func aTimestampInYearZeroGivesItsDate() {
        #expect(RenderOptions(timestamp: -62_167_219_200).iso8601 == "0000-01-01T00:00:00Z")
        #expect(RenderOptions(timestamp: -62_162_035_201).iso8601 == "0000-02-29T23:59:59Z")
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
