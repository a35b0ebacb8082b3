/// The signature page content: one signature per signing party.
public struct SignatureBlock: Sendable, Equatable, Codable {
    /// The signatures, in order.
    public var signatures: [Signature]

    /// Creates a signature block.
    public init(signatures: [Signature]) {
        self.signatures = signatures
    }
}
