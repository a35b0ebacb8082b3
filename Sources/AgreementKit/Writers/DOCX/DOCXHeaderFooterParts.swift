import Foundation

/// Writes `word/header1.xml` and `word/footer1.xml` from the laid-out header and footer paragraphs, and the first
/// page's `word/header2.xml` and `word/footer2.xml` (the section has a different first page, `w:titlePg`).
struct DOCXHeaderFooterParts {
    let document: LaidOutDocument

    /// The header part's XML.
    func header() throws -> Data {
        try part("w:hdr", document.header, watermark: document.watermark, before: document.firm?.header ?? [])
    }

    /// The footer part's XML.
    func footer() throws -> Data { try part("w:ftr", document.footer, after: document.firm?.footer ?? []) }

    /// The first page's header part.
    func firstPageHeader() throws -> Data {
        try part(
            "w:hdr", document.firstPageHeader, watermark: document.watermark, before: document.firm?.header ?? [])
    }

    /// The first page's footer part: the same footer as every page.
    func firstPageFooter() throws -> Data { try footer() }

    /// A header or footer part: the firm's content `before` the tool's paragraph and `after` it.
    private func part(
        _ root: String, _ paragraph: LaidOutParagraph, watermark: Watermark? = nil, before: [XMLTreeElement] = [],
        after: [XMLTreeElement] = []
    ) throws -> Data {
        let xml = try XMLWriter()
        xml.origin = paragraph.origin
        try xml.declaration()
        try xml.start(root)
        if !before.isEmpty || !after.isEmpty {
            for (prefix, uri) in DOCXNamespace.contentPrefixes { try xml.attribute("xmlns:\(prefix)", uri) }
        } else {
            try xml.attribute("xmlns:w", DOCXNamespace.wordprocessingML)
            if watermark != nil {
                try xml.attribute("xmlns:v", DOCXNamespace.vml)
                try xml.attribute("xmlns:o", DOCXNamespace.officeVML)
                try xml.attribute("xmlns:w10", DOCXNamespace.wordVML)
            }
        }
        let prefixes = Dictionary(uniqueKeysWithValues: DOCXNamespace.contentPrefixes.map { ($0.uri, $0.prefix) })
        for block in before { try xml.write(block, prefixes: prefixes) }
        try xml.element("w:p") {
            try DOCXParagraphProperties(paragraph, in: document).write(to: xml)
            if let watermark { try Self.write(watermark, into: xml) }
            try DOCXRunWriter(xml: xml).write(paragraph.content)
        }
        for block in after { try xml.write(block, prefixes: prefixes) }
        try xml.end()
        return try xml.finish()
    }

    /// The watermark as Word writes one: a VML WordArt shape (`o:spt="136"`, plain text) in a run of the header
    /// paragraph, turned, centred on the page, behind the text (a negative z-index) and not wrapping it.
    static func write(_ watermark: Watermark, into xml: XMLWriter) throws {
        try xml.element("w:r") {
            try xml.element("w:rPr") { try xml.element("w:noProof") }
            try xml.element("w:pict") {
                try writeShapeType(into: xml)
                let left = watermark.centreX - Length(emu: watermark.width.emu / 2)
                let top = watermark.centreY - Length(emu: watermark.height.emu / 2)
                let style = [
                    "position:absolute", "margin-left:\(left.pointsDescription)", "margin-top:\(top.pointsDescription)",
                    "width:\(watermark.width.pointsDescription)", "height:\(watermark.height.pointsDescription)",
                    "rotation:\((360 - watermark.angle) % 360)", "z-index:-251657216",
                    "mso-position-horizontal-relative:page", "mso-position-vertical-relative:page",
                ].joined(separator: ";")
                try xml.element(
                    "v:shape",
                    [
                        "id": "OPIDraftWatermark", "o:spid": "_x0000_s2049", "type": "#_x0000_t136", "style": style,
                        "o:allowincell": "f", "fillcolor": "#" + watermark.colour.hex, "stroked": "f",
                    ]
                ) {
                    try xml.element(
                        "v:textpath",
                        [
                            "style": "font-family:\"\(watermark.font)\";font-size:\(watermark.size.pointsDescription)",
                            "string": watermark.text,
                        ])
                    try xml.element("w10:wrap", ["anchorx": "page", "anchory": "page"])
                }
            }
        }
    }

    /// The shape type of plain WordArt text (`#_x0000_t136`), as Word defines it in every part that uses it.
    private static func writeShapeType(into xml: XMLWriter) throws {
        try xml.element(
            "v:shapetype",
            [
                "id": "_x0000_t136", "coordsize": "21600,21600", "o:spt": "136", "adj": "10800",
                "path": "m@7,l@8,m@5,21600l@6,21600e",
            ]
        ) {
            try xml.element("v:formulas") {
                for equation in [
                    "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0",
                    "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8",
                    "mid @6 @7", "sum @6 0 @5",
                ] {
                    try xml.element("v:f", ["eqn": equation])
                }
            }
            try xml.element(
                "v:path",
                [
                    "textpathok": "t", "o:connecttype": "custom", "o:connectlocs": "@9,0;@10,10800;@11,21600;@12,10800",
                    "o:connectangles": "270,180,90,0",
                ])
            try xml.element("v:textpath", ["on": "t", "fitshape": "t"])
            try xml.element("v:handles") {
                try xml.element("v:h", ["position": "#0,bottomRight", "xrange": "6629,14971"])
            }
            try xml.element("o:lock", ["v:ext": "edit", "text": "t", "shapetype": "t"])
        }
    }
}
