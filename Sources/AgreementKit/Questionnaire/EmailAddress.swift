/// A plausibility check of e-mail addresses: one `@`, a local part without spaces, and a domain of at least two
/// dot-separated labels of letters, digits and hyphens, the last at least two letters long.
enum EmailAddress {
    /// Whether `text` looks like an e-mail address.
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty,
            !local.contains(where: { $0.isWhitespace || $0.isNewline }), !local.hasPrefix("."), !local.hasSuffix(".")
        else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        for label in labels {
            guard !label.isEmpty, !label.hasPrefix("-"), !label.hasSuffix("-"),
                label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" })
            else { return false }
        }
        guard let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { return false }
        return true
    }
}
