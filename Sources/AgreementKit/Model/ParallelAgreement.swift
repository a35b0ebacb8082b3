/// One agreement assembled in two languages, written side by side as a parallel document: `main` in the left
/// column, `second` in the right. Each column's text, numbers and references come from its own model; the two
/// models have the same outline (checked when the pair is made), so clause 7.2 on the left is clause 7.2 on the
/// right.
public struct ParallelAgreement: Sendable, Equatable {
    /// The main language's agreement: the left column, and the document's metadata.
    public let main: Agreement
    /// The second language's agreement: the right column.
    public let second: Agreement

    /// Where the two outlines part: the first place where a clause, annex or other structural block differs.
    public struct OutlineMismatch: Error, Sendable, Equatable {
        /// The place, as the left model's path reads (`blocks[4].body[2]`).
        public let place: String
        /// What stands there in the main language's model (`clause 'results'`, `nothing`).
        public let first: String
        /// What stands there in the second language's model.
        public let second: String

        /// The message that says it, naming both languages.
        public func message(_ languages: AgreementLanguages) -> Message {
            Message(
                .languagesOutlinesDiffer,
                [
                    "first": .text(languages.main.rawValue), "second": .text(languages.second?.rawValue ?? ""),
                    "place": .text(place), "left": .text(first), "right": .text(second),
                ])
        }
    }

    /// Pairs two models; throws when their outlines differ (`sameOutline`).
    public init(main: Agreement, second: Agreement) throws(OutlineMismatch) {
        if let mismatch = Self.mismatch(main.blocks, second.blocks, at: "blocks") { throw mismatch }
        self.main = main
        self.second = second
    }

    /// The outline of a block list: its clauses (by id, nested), annex lists, annex texts, titles, party and
    /// signature blocks and page breaks, in order. Running text, lists and tables between them are not part of it:
    /// each language may word a clause in its own number of paragraphs.
    static func outline(_ blocks: [Block]) -> [(item: String, children: [Block]?)] {
        blocks.compactMap { block in
            switch block {
            case .clause(let clause): return ("clause '\(outlineID(clause.id))'", clause.body)
            case .title: return ("title", nil)
            case .parties(let parties): return ("parties \(parties.parties.joined(separator: ","))", nil)
            case .signatures(let block):
                return ("signatures \(block.signatures.map(\.party).joined(separator: ","))", nil)
            case .annexes(let list): return ("annexes \(list.annexes.map(\.id).joined(separator: ","))", nil)
            case .annex(let content): return ("annex '\(content.annex)'", content.body)
            case .pageBreak: return ("page break", nil)
            case .paragraph, .list, .table: return nil
            }
        }
    }

    /// A clause id as the outline compares it: the id the assembler makes for a sub-clause without one names the
    /// line of its clause file (`results-l17`), which differs between languages, so the line is left out
    /// (`results-l#`).
    static func outlineID(_ id: String) -> String {
        var out = ""
        var rest = Substring(id)
        while let range = rest.range(of: "-l") {
            out += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, rest.dropFirst(digits.count).first.map({ $0 == "-" }) ?? true {
                out += "#"
                rest = rest.dropFirst(digits.count)
            }
        }
        return out + rest
    }

    /// The first difference between two block lists' outlines, nil when they are the same. A clause's sub-clauses
    /// may stand in another order when none has a heading or sub-clauses of its own: the definitions, which each
    /// language sorts alphabetically.
    static func mismatch(_ a: [Block], _ b: [Block], at path: String) -> OutlineMismatch? {
        let left = outline(a)
        let right = outline(b)
        if isSortedLeafList(a), isSortedLeafList(b), left.map(\.item).sorted() == right.map(\.item).sorted() {
            return nil
        }
        for index in 0..<max(left.count, right.count) {
            let place = "\(path)[\(index)]"
            guard index < left.count, index < right.count else {
                return OutlineMismatch(
                    place: place, first: index < left.count ? left[index].item : "nothing",
                    second: index < right.count ? right[index].item : "nothing")
            }
            if left[index].item != right[index].item {
                return OutlineMismatch(place: place, first: left[index].item, second: right[index].item)
            }
            if let children = left[index].children, let other = right[index].children,
                let mismatch = mismatch(children, other, at: place + ".body")
            {
                return mismatch
            }
            if (left[index].children == nil) != (right[index].children == nil) {
                return OutlineMismatch(
                    place: place, first: left[index].children == nil ? "no text" : "a text",
                    second: right[index].children == nil ? "no text" : "a text")
            }
        }
        return nil
    }

    /// Whether every block is a clause without heading and without sub-clauses (a sorted list such as the
    /// definitions), and there are at least two.
    private static func isSortedLeafList(_ blocks: [Block]) -> Bool {
        blocks.count > 1
            && blocks.allSatisfy { block in
                guard case .clause(let clause) = block, clause.heading == nil else { return false }
                return !clause.body.contains { if case .clause = $0 { return true } else { return false } }
            }
    }
}
