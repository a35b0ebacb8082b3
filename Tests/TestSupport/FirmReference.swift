import AgreementKit
import Foundation
import ZIPFoundation

/// A firm's reference documents for tests: the default reference (`DocumentRenderer.defaultReference`) edited as a
/// firm would edit it in Word or LibreOffice: DejaVu Serif as the font of all text, a blue, larger Clause Heading 1,
/// 3 cm page margins and a PNG logo with the firm's name in the header.
public enum FirmReference {
    /// The firm's font.
    public static let font = "DejaVu Serif"
    /// The firm's colour of Clause Heading 1.
    public static let headingColour = "1F4E79"
    /// The text next to the logo.
    public static let firmName = "Advokatfirman Exempel"

    /// The firm's DOCX reference.
    public static func docx() throws -> Data {
        let reference = try PackageContents(try DocumentRenderer.defaultReference(.docx, language: .sv))
        var entries: [(String, Data)] = []
        for entry in reference.entries {
            var text = String(decoding: entry.data, as: UTF8.self)
            switch entry.name {
            case "[Content_Types].xml":
                text = text.replacingOccurrences(
                    of: "<Default Extension=\"xml\"",
                    with: "<Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"xml\"")
            case "word/styles.xml":
                text = text.replacingOccurrences(of: "\"Times New Roman\"", with: "\"\(font)\"")
                text = replacingFirst(
                    in: text, after: "w:styleId=\"ClauseHeading1\"", of: "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>",
                    with: "<w:color w:val=\"\(headingColour)\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")
            case "word/document.xml":
                text = text.replacingOccurrences(
                    of: #"w:top="1417" w:right="1417" w:bottom="1417" w:left="1417""#,
                    with: #"w:top="1701" w:right="1701" w:bottom="1701" w:left="1701""#)
            case "word/header1.xml":
                text = text.replacingOccurrences(
                    of: "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">",
                    with: "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                        + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
                        + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                        + "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">" + docxLogo)
            default:
                break
            }
            entries.append((entry.name, Data(text.utf8)))
        }
        entries.append(("word/media/logo.png", png))
        entries.append(
            (
                "word/_rels/header1.xml.rels",
                Data(
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdLogo\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
                        + "Target=\"media/logo.png\"/></Relationships>").utf8)
            ))
        return try zip(entries)
    }

    /// The firm's ODT reference.
    public static func odt() throws -> Data {
        let reference = try PackageContents(try DocumentRenderer.defaultReference(.odt, language: .sv))
        var entries: [(String, Data)] = []
        for entry in reference.entries {
            var text = String(decoding: entry.data, as: UTF8.self)
            switch entry.name {
            case "styles.xml":
                text = text.replacingOccurrences(
                    of: "style:font-name=\"Times New Roman\"", with: "style:font-name=\"\(font)\"")
                text = text.replacingOccurrences(
                    of: "<office:font-face-decls>",
                    with:
                        "<office:font-face-decls><style:font-face style:name=\"\(font)\" svg:font-family=\"'\(font)'\" "
                        + "style:font-family-generic=\"roman\"/>")
                text = replacingFirst(
                    in: text, after: "style:name=\"Clause_20_Heading_20_1\"", of: "<style:text-properties ",
                    with: "<style:text-properties fo:color=\"#\(headingColour.lowercased())\" ")
                text = text.replacingOccurrences(
                    of: "fo:margin-left=\"2.5cm\" fo:margin-right=\"2.5cm\"",
                    with: "fo:margin-left=\"3cm\" fo:margin-right=\"3cm\"")
                text = text.replacingOccurrences(
                    of:
                        "<style:master-page style:name=\"Standard\" style:page-layout-name=\"PageLayout1\"><style:header>",
                    with:
                        "<style:master-page style:name=\"Standard\" style:page-layout-name=\"PageLayout1\"><style:header>"
                        + odtLogo)
            case "META-INF/manifest.xml":
                text = text.replacingOccurrences(
                    of: "</manifest:manifest>",
                    with:
                        "<manifest:file-entry manifest:full-path=\"Pictures/logo.png\" manifest:media-type=\"image/png\"/>"
                        + "</manifest:manifest>")
            default:
                break
            }
            entries.append((entry.name, entry.name == "mimetype" ? entry.data : Data(text.utf8)))
        }
        entries.append(("Pictures/logo.png", png))
        return try zip(entries)
    }

    static let docxLogo =
        "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" "
        + "distR=\"0\"><wp:extent cx=\"540000\" cy=\"540000\"/><wp:docPr id=\"1\" name=\"Logo\"/><a:graphic>"
        + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic><pic:nvPicPr>"
        + "<pic:cNvPr id=\"1\" name=\"logo.png\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdLogo\"/>"
        + "<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
        + "<a:ext cx=\"540000\" cy=\"540000\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
        + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r><w:r><w:t xml:space=\"preserve\"> "
        + firmName + "</w:t></w:r></w:p>"

    static let odtLogo =
        "<text:p text:style-name=\"Header\"><draw:frame draw:name=\"Logo\" text:anchor-type=\"as-char\" "
        + "svg:width=\"1.5cm\" svg:height=\"1.5cm\"><draw:image xlink:href=\"Pictures/logo.png\" xlink:type=\"simple\" "
        + "xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame> " + firmName + "</text:p>"

    private static func replacingFirst(in text: String, after anchor: String, of old: String, with new: String)
        -> String
    {
        guard let start = text.range(of: anchor),
            let range = text.range(of: old, range: start.upperBound..<text.endIndex)
        else { return text }
        return text.replacingCharacters(in: range, with: new)
    }

    /// A ZIP package of `entries` in order; `mimetype` stored, the rest deflated.
    public static func zip(_ entries: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, data) in entries {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: name == "mimetype" ? .none : .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return archive.data ?? Data()
    }

    /// A 16 × 16 red PNG (zlib with one stored block, so no compressor is needed).
    public static let png: Data = {
        var raw: [UInt8] = []
        for _ in 0..<16 { raw += [0] + Array(repeating: [200, 30, 30], count: 16).flatMap { $0 } }
        var zlib: [UInt8] = [0x78, 0x01, 0x01]
        zlib += [
            UInt8(raw.count & 0xFF), UInt8(raw.count >> 8), UInt8(~raw.count & 0xFF), UInt8((~raw.count >> 8) & 0xFF),
        ]
        zlib += raw
        var (a, b): (UInt32, UInt32) = (1, 0)
        for byte in raw {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        zlib += bigEndian((b << 16) | a)
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
        }
        let header = bigEndian(16) + bigEndian(16) + [8, 2, 0, 0, 0]
        let bytes: [UInt8] =
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", zlib)
            + chunk("IEND", [])
        return Data(bytes)
    }()

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }
}
