/// A ZIP package could not be made (the archive library failed); the parts themselves were fine.
public struct PackageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What failed.
    public var reason: String

    /// Creates an error.
    public init(reason: String) {
        self.reason = reason
    }

    /// The text form, as messages show it.
    public var description: String { "cannot make the ZIP package (\(reason))" }
}
