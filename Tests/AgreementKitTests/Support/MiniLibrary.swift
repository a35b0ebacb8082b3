import Foundation
import TestSupport

@testable import AgreementKit

/// The small fixture library in `Fixtures/minilib`, and helpers to assemble from it.
enum MiniLibrary {
    static let directory = TestEnvironment.repositoryRoot.appendingPathComponent(
        "Tests/AgreementKitTests/Fixtures/minilib")

    static func load() throws -> ClauseLibrary {
        try LibraryLoader.load(directory: directory.path)
    }

    /// Answers read from YAML text against the fixture's questionnaire.
    static func answers(_ yaml: String, library: ClauseLibrary, final: Bool = false) throws -> Answers {
        try AnswersLoader.load(
            Data(yaml.utf8), file: "answers.yaml", questionnaire: library.questionnaire, requireComplete: final)
    }

    static let complete = """
        public_parties:
          - name: Exempelstads kommun
            organisation_number: 212000-0142
        suppliers:
          - name: Alfa AB
            organisation_number: 556036-0793
            contribution: 100000
          - name: Beta AB
            organisation_number: 556016-0680
            contribution: 250000 SEK
        project_title: Smart avfall
        start_date: 2026-04-01
        budget: 1250000.50
        results_model: open
        publish: yes
        publication_deadline: 2027-01-31
        """

    /// Every clause id in a model, in document order.
    static func clauseIDs(_ blocks: [Block]) -> [String] {
        var out: [String] = []
        blocks.forEachBlock { block, _ in
            if case .clause(let c) = block { out.append(c.id) }
        }
        return out
    }

    /// The plain text of a model, paragraph by paragraph (a list item, a table row, a heading or title each a line).
    static func text(_ blocks: [Block]) -> String {
        var lines = TextLines()
        lines.walk(blocks)
        return lines.lines.joined(separator: "\n")
    }

    private struct TextLines: ModelWalker {
        var lines: [String] = []

        mutating func visit(_ block: Block, at position: ModelPosition) {
            switch block {
            case .clause(let c): if let h = c.heading { lines.append(Inline.plainText(h)) }
            case .paragraph(let p): lines.append(Inline.plainText(p))
            case .table(let t):
                for row in (t.header.map { [$0] } ?? []) + t.rows {
                    lines.append(row.cells.map(Inline.plainText).joined(separator: " | "))
                }
            case .title(let t): lines.append(Inline.plainText(t.title))
            case .annexes(let a): lines += a.annexes.map { Inline.plainText($0.title) }
            default: break
            }
            descend(into: block, at: position)
        }

        mutating func visit(_ item: ListItem, at position: ModelPosition) {
            lines.append(Inline.plainText(item.content))
            descend(into: item, at: position)
        }
    }
}
