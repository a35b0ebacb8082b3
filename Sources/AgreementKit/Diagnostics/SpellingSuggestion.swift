/// Finds the name closest to a misspelt one, for "did you mean ...?" hints.
enum SpellingSuggestion {
    /// The candidate closest to `name`, if any is close enough to be a likely typo.
    static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased())
        var best: (String, Int)?
        for candidate in candidates where candidate != name {
            let d = distance(target, Array(candidate.lowercased()))
            let limit = max(1, min(target.count, candidate.count) / 3)
            if d <= limit, best == nil || d < best!.1 { best = (candidate, d) }
        }
        return best?.0
    }

    /// The `{hint}` of a message: "; did you mean 'x'?" when a close candidate exists, else nothing.
    static func hintValue(for name: String, in candidates: some Sequence<String>) -> Message.Value {
        closest(to: name, in: candidates).map { .message(Message(.didYouMean, ["suggestion": .text($0)])) } ?? ""
    }

    /// Levenshtein distance, with a transposition of two neighbours counted as one edit.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
