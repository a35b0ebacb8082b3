import Foundation
import TestSupport
import Testing

@testable import AgreementKit

/// The redline's tokens: tabs and line ends on their own, white space apart from words, a comment anchor compared
/// by what its note says, the content of a change read as text.
@Suite("Redline: tokens")
struct WordDiffEdgeTests {
    @Test func tabsAndLineEndsAreTokensOfTheirOwn() {
        #expect(RedlineToken.words("a\tb\nc  d ") == ["a", "\t", "b", "\n", "c", "  ", "d", " "])
        #expect(RedlineToken.words("\t\t") == ["\t", "\t"])
        #expect(RedlineToken.words("") == [])
        let tokens = RedlineToken.tokens([.text("a \tb")], comments: [])
        #expect(tokens.map(\.isSpace) == [false, true, true, false])
    }

    /// Two anchors of the same note compare equal; another note, or one the document lacks, does not.
    @Test func aCommentAnchorComparesByItsNote() {
        let comments = [
            LaidOutComment(author: "A", paragraphs: ["Kolla"]), LaidOutComment(author: "A", paragraphs: ["Kolla"]),
            LaidOutComment(author: "B", paragraphs: ["Kolla"]),
        ]
        func key(_ index: Int) -> String? {
            RedlineToken.tokens([.comment(index)], comments: comments).first?.key
        }
        #expect(key(0) == key(1))
        #expect(key(0) != key(2))
        #expect(key(9) != nil && key(9) != key(0))
    }

    @Test func aChangesContentIsReadAsItsText() {
        let mark = ChangeMark(kind: .insertion, id: 1)
        #expect(
            RedlineToken.tokens([.change(mark, [.text("ny text")])], comments: []).map(\.key)
                == RedlineToken.tokens([.text("ny text")], comments: []).map(\.key))
    }

    /// Unchanged white space alone between two changes is replaced too (one change reads better), but an unchanged
    /// run that holds an atom as well (a line break) stays unchanged: the line break is not marked.
    @Test func anUnchangedRunWithALineBreakBetweenChangesStays() {
        func tokens(_ first: String, _ last: String) -> [RedlineToken] {
            RedlineToken.tokens([.text(first + " "), .lineBreak, .text(last)], comments: [])
        }
        let diff = wordDiff(tokens("alfa", "beta"), tokens("gamma", "delta"))
        #expect(diff.map(\.0) == [.deletion, .insertion, nil, .deletion, .insertion])
        #expect(RedlineToken.inlines(diff[2].1) == [.text(" "), .lineBreak])
        let spaced = wordDiff(
            RedlineToken.tokens([.text("alfa beta")], comments: []),
            RedlineToken.tokens([.text("gamma delta")], comments: []))
        #expect(spaced.map(\.0) == [.deletion, .insertion])
    }
}
