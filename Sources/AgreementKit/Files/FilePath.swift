/// Path arithmetic on the paths users type, in plain Swift. Foundation's `NSString.deletingLastPathComponent` traps
/// (an illegal instruction) on Linux for a relative path of one character (`"s"`, `"."`), which is what
/// `-o s` or an output file named `a` gives; every caller that needs a path's folder uses `parent(_:)` instead.
public enum FilePath {
    /// The folder part of `path`: everything before its last component, without trailing slashes. `""` for a path
    /// of one component (`"out"`, `"."`), `"/"` for a component at the root (`"/out"`), and `"/"` for `"/"` itself.
    /// A trailing slash does not make a component (`"a/b/"` gives `"a"`), as with `deletingLastPathComponent`.
    public static func parent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        var head = trimmed[..<slash]
        while head.count > 1, head.hasSuffix("/") { head = head.dropLast() }
        return String(head)
    }
}
