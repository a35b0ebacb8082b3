/// Which list instances (`w:num`) the document uses. The fixed instances are shared; every numbered list and every
/// party block after the first gets an instance of its own, numbered in document order from
/// `firstAllocatedNumID`, which restarts its counting with `w:lvlOverride/w:startOverride`.
///
/// | abstractNumId | numId | list |
/// |---|---|---|
/// | 0 | 1 | legal clause numbering 1 / 1.1 / 1.1.1, bound to Clause Heading 1–9 |
/// | 1 | 2 | parties (1), (2), bound to Party |
/// | 2 | 3 | annexes "Bilaga 1" / "Annex 1", bound to Annex |
/// | 3 | 4 | bullets (all bulleted lists) |
/// | 4 | 5… | numbered lists (a) / (i) / (A), one instance per list |
/// | 1 | 5… | party blocks after the first, one instance per block |
struct DOCXNumberingPlan {
    /// One list instance with its own restart.
    struct Instance {
        /// The `w:numId`.
        let numID: Int
        /// The `w:abstractNumId` it instantiates.
        let abstractID: Int
    }

    static let clauseAbstractID = 0
    static let partyAbstractID = 1
    static let annexAbstractID = 2
    static let bulletAbstractID = 3
    static let numberedAbstractID = 4

    static let clauseNumID = 1
    static let partyNumID = 2
    static let annexNumID = 3
    static let bulletNumID = 4
    static let firstAllocatedNumID = 5

    /// The instances allocated so far, in document order.
    private(set) var instances: [Instance] = []

    /// A fresh instance of the (a) / (i) / (A) list that starts at (a).
    mutating func newNumberedList() -> Int {
        allocate(DOCXNumberingPlan.numberedAbstractID)
    }

    /// A fresh instance of the party numbering that starts at (1).
    mutating func newPartyList() -> Int {
        allocate(DOCXNumberingPlan.partyAbstractID)
    }

    private mutating func allocate(_ abstractID: Int) -> Int {
        let id = DOCXNumberingPlan.firstAllocatedNumID + instances.count
        instances.append(Instance(numID: id, abstractID: abstractID))
        return id
    }
}
