/// A semantic version `MAJOR.MINOR.PATCH` with optional pre-release (`1.2.0-rc.1`), as semver.org defines it.
public struct SemanticVersion: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The major version number.
    public var major: Int
    /// The minor version number.
    public var minor: Int
    /// The patch version number.
    public var patch: Int
    /// The pre-release identifiers, if any.
    public var prerelease: String?

    /// Parses a version; nil when the text is not semver (leading zeros, missing parts, bad characters).
    public init?(_ text: String) {
        var core = Substring(text)
        var pre: String?
        if let plus = core.firstIndex(of: "+") { core = core[..<plus] }
        if let dash = core.firstIndex(of: "-") {
            pre = String(core[core.index(after: dash)...])
            core = core[..<dash]
            guard let pre, !pre.isEmpty,
                pre.split(separator: ".", omittingEmptySubsequences: false).allSatisfy({ part in
                    !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
                })
            else { return nil }
        }
        let parts = core.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var numbers: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.allSatisfy({ $0.isASCII && $0.isNumber }), part == "0" || part.first != "0",
                let n = Int(part)
            else { return nil }
            numbers.append(n)
        }
        (major, minor, patch, prerelease) = (numbers[0], numbers[1], numbers[2], pre)
    }

    /// The text form, as messages show it.
    public var description: String { "\(major).\(minor).\(patch)" + (prerelease.map { "-\($0)" } ?? "") }
}
