/// What of a clause survives the end of the agreement, as its header's `survives:` declares: the `{{survivors}}`
/// directive lists the surviving clauses and sub-clauses an agreement includes.
public enum ClauseSurvival: Sendable, Equatable {
    /// Nothing survives (`survives: false`, or no `survives` key).
    case none
    /// The whole clause survives (`survives: true`).
    case whole
    /// These sub-clauses of the clause survive (`survives: [id, ...]`).
    case subclauses([String])
}
