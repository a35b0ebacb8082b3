import Foundation
import TestSupport
import Testing
import ZIPFoundation

@testable import AgreementKit

/// `ZipPackage` writes the bytes ZIPFoundation's `Archive.addEntry` wrote for the same parts: the packages were
/// made with ZIPFoundation until a one-pass writer on zlib replaced it for speed, and every document must stay
/// byte for byte the same.
@Suite("The ZIP writer matches ZIPFoundation's")
struct ZipPackageParityTests {
    /// The archive as ZIPFoundation writes it, as `ZipPackage` did before.
    static func zipFoundation(_ parts: [PackagePart], timestamp: Int64) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: TimeInterval(timestamp))
        for part in parts {
            let data = part.data
            try archive.addEntry(
                with: part.name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                permissions: 0o644, compressionMethod: part.compressed ? .deflate : .none,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return try #require(archive.data)
    }

    /// Every part of the health-care example's DOCX and ODT: the largest are many times ZIPFoundation's 16 KB
    /// chunks.
    static func sampleParts() throws -> [[PackagePart]] {
        let agreement = try Examples.agreement("health-care", .sv)
        let document = LayoutBuilder.layOut(agreement)
        let metadata = agreement.metadata
        return [
            try DOCXWriter(document: document, metadata: metadata, options: Samples.options).parts(),
            try ODFWriter(document: document, metadata: metadata, options: Samples.options).parts(),
        ]
    }

    @Test func theSampleDocumentsGiveTheSameBytes() throws {
        for parts in try Self.sampleParts() {
            #expect(parts.contains { $0.data.count > 100_000 })
            let ours = try ZipPackage.archive(parts, options: Samples.options)
            #expect(ours == (try Self.zipFoundation(parts, timestamp: Samples.options.timestamp)))
        }
    }

    /// Parts of every kind zlib treats differently: empty, one byte, stored, incompressible, long runs, text with
    /// non-ASCII names, and data larger than ZIPFoundation's 16 KB chunks, at 1970-01-01 (both record 1980-01-01),
    /// the first and last seconds ZIPFoundation writes as they are (1980 to 2099), at odd seconds and at a leap day.
    /// Later times differ on purpose: ZIPFoundation wrote the year 2099 with their month and day, `ZipPackage` the
    /// years to 2107 the DOS date holds, and the end of that range after it (`PackageEdgeTests`).
    @Test func generatedPartsAndTimestampsGiveTheSameBytes() throws {
        var state: UInt64 = 0x1234_5678
        func random() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        let noise = Data((0..<70_000).map { _ in random() })
        let text = Data(String(repeating: "Avtalsparterna ska samverka. Æ ø å – § 3.\n", count: 2_000).utf8)
        let parts = [
            PackagePart(
                name: "mimetype", mediaType: "", data: Data("application/vnd.oasis.opendocument.text".utf8),
                compressed: false),
            PackagePart(name: "empty.xml", mediaType: "", data: Data()),
            PackagePart(name: "stored-empty", mediaType: "", data: Data(), compressed: false),
            PackagePart(name: "one", mediaType: "", data: Data([0x41])),
            PackagePart(name: "noise.bin", mediaType: "", data: noise),
            PackagePart(name: "runs", mediaType: "", data: Data(repeating: 0x20, count: 100_000)),
            PackagePart(name: "ord/åäö – text.xml", mediaType: "", data: text),
            PackagePart(name: "stored-noise", mediaType: "", data: noise.prefix(20_000), compressed: false),
        ]
        for timestamp: Int64 in [0, 315_532_800, 1_709_164_799, 1_767_225_601, 4_102_444_799] {
            let ours = try ZipPackage.archive(parts, options: RenderOptions(timestamp: timestamp))
            #expect(ours == (try Self.zipFoundation(parts, timestamp: timestamp)), "timestamp \(timestamp)")
        }
    }

    @Test func theArchiveReadsBackWithEveryPart() throws {
        let parts = try Self.sampleParts()[1]
        let data = try ZipPackage.archive(parts, options: Samples.options)
        let archive = try Archive(data: data, accessMode: .read)
        #expect(archive.map(\.path) == parts.map(\.name))
        for part in parts {
            var read = Data()
            _ = try archive.extract(try #require(archive[part.name])) { read.append($0) }
            #expect(read == part.data, "\(part.name)")
        }
    }
}
