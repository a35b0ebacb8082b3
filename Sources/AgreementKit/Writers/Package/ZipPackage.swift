internal import CDeflate
import Foundation

/// Puts package parts into a ZIP archive in the given order, each entry with the same fixed timestamp, so the same
/// parts give the same bytes on every run.
///
/// The archive is written in one pass into memory: for each part a local header, then its data (raw deflate
/// through zlib, or stored), then the central directory and its end record. The bytes are those ZIPFoundation's
/// `Archive.addEntry` wrote for the same parts, which the writers used before (UTF-8 names, version 2.0, made by
/// UNIX 2.1, regular files with mode 644, the DOS date and time in UTC clamped to 1980–2099, deflate at zlib's
/// default level with memory level 9); `ZipPackageParityTests` compares the two.
enum ZipPackage {
    /// Throws `PackageError` when zlib fails or a part is too large for a ZIP archive without ZIP64 (4 GB).
    static func archive(_ parts: [PackagePart], options: RenderOptions) throws(PackageError) -> Data {
        let (date, time) = dosDateTime(options.timestamp)
        var out: [UInt8] = []
        out.reserveCapacity(parts.reduce(1024) { $0 + $1.data.count / 3 + 128 })
        var directory: [UInt8] = []
        for part in parts {
            let offset = out.count
            let name = Array(part.name.utf8)
            let size = part.data.count
            let (checksum, deflation) = part.data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                return (crc32(bytes), part.compressed ? Result { () throws(PackageError) in try deflated(bytes) } : nil)
            }
            let stored = try deflation?.get()
            let compressedSize = stored?.count ?? size
            guard size < Int(UInt32.max), compressedSize < Int(UInt32.max), offset < Int(UInt32.max),
                name.count <= Int(UInt16.max)
            else { throw PackageError(reason: "the part \(part.name) is too large for a ZIP archive") }
            let method: UInt16 = part.compressed ? 8 : 0
            // Local file header.
            out.append32(0x0403_4B50)
            out.appendEntryFields(method, date, time, checksum, compressedSize, size, name.count)
            out.append(contentsOf: name)
            if let stored {
                out.append(contentsOf: stored)
            } else {
                out.append(contentsOf: part.data)
            }
            // Its central directory entry.
            directory.append32(0x0201_4B50)
            directory.append16(789)  // made by UNIX (3), ZIP 2.1
            directory.appendEntryFields(method, date, time, checksum, compressedSize, size, name.count)
            directory.append16(0)  // comment
            directory.append16(0)  // disk number
            directory.append16(0)  // internal attributes
            directory.append32(UInt32(0o100644) << 16)  // a regular file, rw-r--r--
            directory.append32(UInt32(offset))
            directory.append(contentsOf: name)
        }
        let directoryOffset = out.count
        guard parts.count < Int(UInt16.max), directoryOffset < Int(UInt32.max) else {
            throw PackageError(reason: "too many parts for a ZIP archive")
        }
        out.append(contentsOf: directory)
        // End of central directory record.
        out.append32(0x0605_4B50)
        out.append16(0)
        out.append16(0)
        out.append16(UInt16(parts.count))
        out.append16(UInt16(parts.count))
        out.append32(UInt32(directory.count))
        out.append32(UInt32(directoryOffset))
        out.append16(0)  // no comment
        return Data(out)
    }

    /// The first ZIP time, 1980-01-01 00:00:00, as DOS date and time.
    static let first: (date: UInt16, time: UInt16) = (1 + 1 * 32, 0)
    /// The last ZIP time, 2099-12-31 23:59:58, as DOS date and time.
    static let last: (date: UInt16, time: UInt16) = (31 + 12 * 32 + 119 * 512, 29 + 59 * 32 + 23 * 2048)

    /// The DOS date and time of a Unix timestamp, in UTC; years before 1980 are 1980 and after 2099 are 2099. A
    /// timestamp beyond the C library's calendar (a year no `Int32` holds) is the first or the last ZIP time,
    /// 1980-01-01 00:00:00 or 2099-12-31 23:59:58.
    static func dosDateTime(_ timestamp: Int64) -> (date: UInt16, time: UInt16) {
        var seconds = time_t(timestamp)
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return timestamp < 0 ? first : last }
        let year = min(max(Int(parts.tm_year) + 1900, 1980), 2099)
        let date = Int(parts.tm_mday) + (Int(parts.tm_mon) + 1) * 32 + (year - 1980) * 512
        let time = Int(parts.tm_sec) / 2 + Int(parts.tm_min) * 32 + Int(parts.tm_hour) * 2048
        return (UInt16(truncatingIfNeeded: date), UInt16(truncatingIfNeeded: time))
    }

    /// The CRC-32 of the bytes, as ZIP records it.
    private static func crc32(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var checksum: UInt = 0
        var start = 0
        // zlib takes a length of 32 bits; parts are far smaller, but go in pieces all the same.
        while start < bytes.count {
            let length = min(bytes.count - start, 1 << 30)
            checksum = CDeflate.crc32(checksum, bytes.baseAddress! + start, UInt32(length))
            start += length
        }
        return UInt32(truncatingIfNeeded: checksum)
    }

    /// The bytes deflated (raw, without a zlib header), in one call: the output buffer is zlib's bound for the input.
    private static func deflated(_ bytes: UnsafeBufferPointer<UInt8>) throws(PackageError) -> [UInt8] {
        var stream = z_stream()
        guard opi_deflate_init_raw(&stream) == Z_OK else { throw PackageError(reason: "zlib deflateInit2 failed") }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, UInt(bytes.count)))
        var result = Z_OK
        let output = [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            stream.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress)
            stream.avail_in = UInt32(bytes.count)
            stream.next_out = buffer.baseAddress
            stream.avail_out = UInt32(bound)
            result = deflate(&stream, Z_FINISH)
            count = bound - Int(stream.avail_out)
        }
        guard result == Z_STREAM_END else { throw PackageError(reason: "zlib deflate failed (\(result))") }
        return output
    }
}

extension [UInt8] {
    /// Appends the fields a local header and a central directory entry share, from "version needed" to "extra
    /// field length": version 2.0, a UTF-8 name, the method, the DOS time and date, the CRC-32, both sizes, the
    /// name's length and no extra field.
    fileprivate mutating func appendEntryFields(
        _ method: UInt16, _ date: UInt16, _ time: UInt16, _ checksum: UInt32, _ compressedSize: Int, _ size: Int,
        _ nameLength: Int
    ) {
        append16(20)  // version needed to extract: 2.0
        append16(0x0800)  // the name is UTF-8
        append16(method)
        append16(time)
        append16(date)
        append32(checksum)
        append32(UInt32(compressedSize))
        append32(UInt32(size))
        append16(UInt16(nameLength))
        append16(0)  // no extra field
    }

    /// Appends a little-endian 16-bit number.
    fileprivate mutating func append16(_ value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    /// Appends a little-endian 32-bit number.
    fileprivate mutating func append32(_ value: UInt32) {
        append16(UInt16(truncatingIfNeeded: value))
        append16(UInt16(truncatingIfNeeded: value >> 16))
    }
}
