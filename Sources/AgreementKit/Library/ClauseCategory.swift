/// What a clause is about; `clauses list --category` filters by it.
public enum ClauseCategory: String, Sendable, Equatable, Hashable, CaseIterable {
    case parties, purpose, definitions, project, organisation, roles, contributions
    case resultsOwnership = "results-ownership"
    case procurementNeutrality = "procurement-neutrality"
    case stateAid = "state-aid"
    case confidentiality, publication
    case valueAdd = "value-add"
    case dataProtection = "data-protection"
    case liability, term, breach, disputes, signatures, annexes, general
}
