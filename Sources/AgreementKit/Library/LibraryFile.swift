import Foundation

/// One file of a clause library, by its path below the library folder (`results/results-open.clause`).
public struct LibraryFile: Sendable, Equatable {
    /// The path below the library folder, with `/` separators.
    public var path: String
    /// The file's bytes.
    public var data: Data

    /// Creates a library file.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
