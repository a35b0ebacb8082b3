import Foundation

extension ReferenceDocuments {
    /// The laid-out default reference document (`DocumentRenderer.defaultReference`): every paragraph and word
    /// uses one of the agreement's named styles and says which; the header and footer are empty.
    static func defaultReferenceDocument(_ vocabulary: Vocabulary) -> LaidOutDocument {
        let styles = StyleSheet.standard(languageTag: vocabulary.languageTag, annexWord: vocabulary.annexWord)
        func paragraph(
            _ style: ParagraphStyleID, role: ParagraphRole = .body, list: ListID? = nil, level: Int = 0,
            content: [LaidOutInline]? = nil
        ) -> LaidOutParagraph {
            LaidOutParagraph(
                role: role, style: style,
                numbering: list.flatMap(LaidOutDocument.sharedInstance).map {
                    ListItemNumber(instance: $0, level: level)
                },
                content: content ?? [.text(style.displayName)], origin: "reference \(style.displayName)")
        }
        var body: [LaidOutBlock] = [
            .paragraph(paragraph(.title, role: .title)),
            .paragraph(paragraph(.subtitle, role: .subtitle)),
            .paragraph(paragraph(.normal)),
        ]
        var words: [LaidOutInline] = [.text(ParagraphStyleID.bodyText.displayName + ":")]
        for style in CharacterStyleID.allCases where style != .annotationReference {
            words += [.text(" "), .span(style, [.text(style.displayName)])]
        }
        body.append(.paragraph(paragraph(.bodyText, content: words)))
        // Parties and annex entries are lists, as in an agreement, so that every format shows their labels.
        func list(_ paragraph: LaidOutParagraph, _ list: ListID) -> LaidOutBlock {
            .list(
                LaidOutList(
                    instance: LaidOutDocument.sharedInstance(list)!, clauseLevel: 0, startValue: 1,
                    items: [LaidOutListItem(paragraph: paragraph)]))
        }
        body.append(list(paragraph(.party, role: .party, list: .parties), .parties))
        for level in 1...StyleSheet.listLevels {
            body.append(
                .paragraph(
                    paragraph(
                        .clauseHeading(level), role: .clauseHeading(level: level), list: .clauses, level: level - 1)))
            body.append(.paragraph(paragraph(.clauseBody(level), role: .clauseBody(level: level))))
            body.append(
                .paragraph(
                    paragraph(.clauseText(level), role: .clauseText(level: level), list: .clauses, level: level - 1)))
        }
        body.append(
            .list(
                LaidOutList(
                    instance: LaidOutDocument.sharedInstance(.bullets)!, clauseLevel: 0,
                    items: [
                        LaidOutListItem(paragraph: paragraph(.listParagraph, role: .listItem(level: 0), list: .bullets))
                    ])))
        let columns = Length.split(styles.page.textWidth, weights: [1, 1])
        body.append(
            .table(
                LaidOutTable(
                    kind: .agreement, indent: .zero, columns: columns,
                    header: LaidOutRow(
                        cells: Array(repeating: [paragraph(.tableHeading, role: .tableCell(header: true))], count: 2)),
                    rows: [
                        LaidOutRow(
                            cells: Array(repeating: [paragraph(.tableText, role: .tableCell(header: false))], count: 2))
                    ],
                    origin: "reference table")))
        body.append(.paragraph(paragraph(.annexHeading, role: .annexesHeading)))
        body.append(list(paragraph(.annex, role: .annexEntry, list: .annexes), .annexes))
        body.append(.paragraph(paragraph(.signature, role: .signatureLine)))
        let empty: (ParagraphStyleID, ParagraphRole) -> LaidOutParagraph = { style, role in
            LaidOutParagraph(role: role, style: style, content: [], origin: "reference \(style.displayName)")
        }
        return LaidOutDocument(
            styles: styles, body: body, header: empty(.header, .header), firstPageHeader: empty(.header, .header),
            footer: empty(.footer, .footer), comments: [],
            listInstances: LaidOutDocument.sharedLists.map { ListInstance(list: $0, isShared: true) }, numbers: [:],
            languageTag: vocabulary.languageTag, languageCode: vocabulary.languageCode,
            countryCode: vocabulary.countryCode, decimalSymbol: vocabulary.decimalSymbol,
            listSeparator: vocabulary.listSeparator)
    }
}
