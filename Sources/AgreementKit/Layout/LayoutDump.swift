/// A readable text form of a laid-out document, one line per style, list, paragraph and cell, in the spirit of
/// pandoc's `native` output. The golden files of the bundled examples store it, so a clause, assembly or layout
/// change shows up in review as the lines it changes in both formats at once.
extension LaidOutDocument {
    /// The dump.
    func dump() -> String {
        var out: [String] = []
        let page = styles.page
        out.append("language \(languageTag)")
        let margins =
            page.uniformMargin.map { "margin \($0)" }
            ?? "margins \(page.marginTop) \(page.marginRight) \(page.marginBottom) \(page.marginLeft)"
        out.append(
            "page \(page.pageWidth) x \(page.pageHeight), \(margins), header/footer at "
                + "\(page.headerFooterDistance) spaced \(page.headerFooterSpacing), tab stops every \(page.defaultTabStop)"
        )
        out.append("text \(Self.describe(styles.defaultText)), space after \(styles.defaultSpaceAfter)")
        for style in styles.paragraphStyles { out.append("paragraph style " + Self.describe(style)) }
        for style in styles.characterStyles {
            out.append("character style \"\(style.id.displayName)\" \(Self.describe(style.text))")
        }
        for style in styles.tableStyles {
            let p = style.cellPadding
            out.append(
                "table style \"\(style.kind.displayName)\" border \(style.border?.pointsDescription ?? "none") padding \(p.top) \(p.bottom) "
                    + "\(p.start) \(p.end) header \(style.headerBackground?.hex ?? "-") keep rows \(style.keepRowsTogether) "
                    + "space \(style.spaceBefore) \(style.spaceAfter)")
        }
        for list in styles.lists {
            for (index, level) in list.levels.enumerated() {
                out.append(
                    "list \(list.id) level \(index + 1) \(level.format) \"\(level.prefix)\" \"\(level.suffix)\" shows "
                        + "\(level.displayLevels) label at \(level.labelAt) text at \(level.textAt)"
                        + (level.style.map { " style \"\($0.displayName)\"" } ?? ""))
            }
        }
        for (index, instance) in listInstances.enumerated() {
            out.append("list instance \(index): \(instance.list)\(instance.isShared ? " shared" : " restarts")")
        }
        out.append("header " + paragraph(header))
        out.append("first-page header " + paragraph(firstPageHeader))
        out.append("footer " + paragraph(footer))
        if let mark = watermark {
            out.append(
                "watermark \"\(mark.text)\" \(mark.font) \(mark.size.pointsDescription) \(mark.colour.hex) in "
                    + "\(mark.width) x \(mark.height) turned \(mark.angle) degrees, centred at \(mark.centreX) \(mark.centreY)"
            )
        } else {
            out.append("watermark none")
        }
        out.append("body")
        for block in body { dump(block, indent: "  ", into: &out) }
        for (index, comment) in comments.enumerated() {
            out.append(
                "comment \(index) by \(Self.quoted(comment.author)): "
                    + comment.paragraphs.map(Self.quoted).joined(separator: " / "))
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func dump(_ block: LaidOutBlock, indent: String, into out: inout [String]) {
        switch block {
        case .paragraph(let p):
            out.append(indent + paragraph(p))
        case .list(let list):
            dump(list, indent: indent, into: &out)
        case .table(let table):
            out.append(
                indent + "table \(table.kind) indent \(table.indent) columns "
                    + table.columns.map(\.description).joined(separator: " "))
            if let header = table.header { dump(header, name: "header row", indent: indent + "  ", into: &out) }
            for row in table.rows { dump(row, name: "row", indent: indent + "  ", into: &out) }
        case .columns(let columns):
            out.append(indent + "columns " + columns.columns.map(\.description).joined(separator: " "))
            for row in columns.rows {
                out.append(indent + "  row")
                for (index, cell) in row.cells.enumerated() {
                    out.append(indent + "    column \(index + 1)")
                    for block in cell { dump(block, indent: indent + "      ", into: &out) }
                }
            }
        case .pageBreak:
            out.append(indent + "page break")
        }
    }

    private func dump(_ row: LaidOutRow, name: String, indent: String, into out: inout [String]) {
        out.append(indent + name)
        for (index, cell) in row.cells.enumerated() {
            for p in cell { out.append(indent + "  cell \(index + 1): " + paragraph(p)) }
        }
    }

    private func dump(_ list: LaidOutList, indent: String, into out: inout [String]) {
        out.append(
            indent + "list instance \(list.instance) in clause level \(list.clauseLevel)"
                + (list.startValue.map { " from \($0)" } ?? ""))
        for item in list.items {
            out.append(indent + "  item " + paragraph(item.paragraph))
            if let children = item.children { dump(children, indent: indent + "    ", into: &out) }
        }
    }

    private func paragraph(_ p: LaidOutParagraph) -> String {
        var s = "\(p.role) \"\(p.style.displayName)\""
        if let n = p.numbering {
            let number = listInstances[n.instance].list == .clauses ? p.bookmark.flatMap(numberText) : nil
            s +=
                " numbered \(listInstances[n.instance].list) level \(n.level + 1)" + (number.map { " (\($0))" } ?? "")
                + (n.restarts ? " restarts" : "")
        }
        if let i = p.indent { s += " indent \(i.start) hanging \(i.hanging)" }
        if let b = p.bookmark { s += " bookmark \(b)" }
        return s + ": " + Self.inlines(p.content)
    }

    private func numberText(_ bookmark: String) -> String? {
        numbers.values.first { $0.bookmark == bookmark }?.numberText
    }

    private static func inlines(_ content: [LaidOutInline]) -> String {
        content.map { inline -> String in
            switch inline {
            case .text(let t): return quoted(t)
            case .span(let style, let inner): return "[\(style.displayName): \(inlines(inner))]"
            case .reference(let r): return "{ref \(r.bookmark) \(r.kind) \(quoted(r.result))}"
            case .comment(let n): return "{comment \(n)}"
            case .lineBreak: return "{line break}"
            case .pageNumber: return "{page}"
            case .pageCount: return "{pages}"
            case .change(let mark, let inner):
                return "[\(mark.kind == .insertion ? "inserted" : "deleted") \(mark.id): \(inlines(inner))]"
            }
        }.joined(separator: " ")
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func describe(_ text: TextProperties) -> String {
        var parts: [String] = []
        if let font = text.font { parts.append("font \(font)") }
        if let size = text.size { parts.append("size \(size.wholePoints.map { "\($0)pt" } ?? size.description)") }
        if text.bold { parts.append("bold") }
        if text.italic { parts.append("italic") }
        if text.capitals { parts.append("capitals") }
        if let colour = text.colour { parts.append("colour \(colour.hex)") }
        if let background = text.background { parts.append("background \(background.hex)") }
        if let language = text.language { parts.append("language \(language)") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }

    private static func describe(_ style: ParagraphStyle) -> String {
        var parts = ["\"\(style.id.displayName)\""]
        if let basedOn = style.basedOn { parts.append("based on \"\(basedOn.displayName)\"") }
        if let next = style.next { parts.append("next \"\(next.displayName)\"") }
        parts.append(style.category.rawValue)
        if let level = style.outlineLevel { parts.append("outline \(level)") }
        if let n = style.numbering { parts.append("numbered \(n.list) level \(n.level + 1)") }
        if style.keepWithNext { parts.append("keep with next") }
        if style.keepTogether { parts.append("keep together") }
        if let v = style.spaceBefore { parts.append("before \(v)") }
        if let v = style.spaceAfter { parts.append("after \(v)") }
        if let v = style.indentStart { parts.append("indent \(v)") }
        if let v = style.alignment { parts.append("align \(v)") }
        if let v = style.rightTab { parts.append("right tab \(v)") }
        parts.append(describe(style.text))
        return parts.joined(separator: " ")
    }
}
