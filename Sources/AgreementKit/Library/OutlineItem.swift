/// One entry of an agreement outline.
public enum OutlineItem: Sendable, Equatable {
    /// The title block.
    case title
    /// The party block.
    case parties
    /// A clause file by id, used when `when` holds (and when its own `when` holds).
    case clause(id: String, when: Condition?, location: SourceLocation)
    /// An alternative slot: the first clause of the slot whose `when` holds is used.
    case slot(id: String, when: Condition?, location: SourceLocation)
    /// The generated definitions clause.
    case definitions(id: String, title: Localized<String>, location: SourceLocation)
    /// A page break.
    case pageBreak
    /// The signature blocks, one per party.
    case signatures
    /// The annex list.
    case annexes([OutlineAnnex])
}
