/// A batch config read and checked: every agreement with its answers, options, file name and problems, in config
/// order. Problems that belong to no agreement (the config's structure, the name pattern, a default every agreement
/// overrides) are thrown by `BatchConfigLoader` instead.
public struct BatchPlan: Sendable, Equatable {
    /// The config file, as named in diagnostics.
    public var file: String
    /// The agreements, in config order.
    public var agreements: [BatchAgreement]
    /// Problems in the defaults, each naming the agreements that use the default; those agreements are invalid.
    public var sharedDiagnostics: [Diagnostic]
    /// The reference documents the config names (`reference_doc:`), as paths relative to the current folder.
    public var referenceDocuments: [String] = []

    /// Creates a plan.
    public init(file: String, agreements: [BatchAgreement], sharedDiagnostics: [Diagnostic] = []) {
        self.file = file
        self.agreements = agreements
        self.sharedDiagnostics = sharedDiagnostics
    }

    /// The agreements with problems.
    public var invalid: [BatchAgreement] { agreements.filter { !$0.isValid } }

    /// Every problem: those in the defaults, then each agreement's in config order.
    public var diagnostics: [Diagnostic] { sharedDiagnostics + agreements.flatMap(\.diagnostics) }
}
