import Foundation
import TestSupport

@testable import AgreementKit

/// The small fixture library in `Fixtures/minilib`, and helpers to assemble from it.
enum MiniLibrary {
    static let directory = TestEnvironment.repositoryRoot.appendingPathComponent("Tests/AgreementKitTests/Fixtures/minilib")

    static func load() throws -> ClauseLibrary {
        try LibraryLoader.load(directory: directory.path)
    }

    /// Answers read from YAML text against the fixture's questionnaire.
    static func answers(_ yaml: String, library: ClauseLibrary, final: Bool = false) throws -> Answers {
        try AnswersLoader.load(Data(yaml.utf8), file: "answers.yaml", questionnaire: library.questionnaire, requireComplete: final)
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
        for block in blocks {
            if case .clause(let c) = block {
                out.append(c.id)
                out += clauseIDs(c.body)
            }
        }
        return out
    }

    /// The plain text of a model, paragraph by paragraph.
    static func text(_ blocks: [Block]) -> String {
        var out: [String] = []
        func inlines(_ list: [Inline]) -> String { Inline.plainText(list) }
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .clause(let c):
                    if let h = c.heading { out.append(inlines(h)) }
                    walk(c.body)
                case .paragraph(let p): out.append(inlines(p))
                case .list(let l):
                    func items(_ l: ListBlock) { for i in l.items { out.append(inlines(i.content)); if let c = i.children { items(c) } } }
                    items(l)
                case .table(let t):
                    for row in (t.header.map { [$0] } ?? []) + t.rows { out.append(row.cells.map(inlines).joined(separator: " | ")) }
                case .title(let t): out.append(inlines(t.title))
                case .annexes(let a): out += a.annexes.map { inlines($0.title) }
                default: break
                }
            }
        }
        walk(blocks)
        return out.joined(separator: "\n")
    }
}
