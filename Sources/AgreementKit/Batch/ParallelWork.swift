/// Runs numbered pieces of work concurrently, at most `jobs` at a time, and returns their results in number order.
enum ParallelWork {
    /// The results of `work(0) ..< work(count)`, in order; `completed` is told how many are done after each one.
    static func map<Value: Sendable>(
        _ count: Int, jobs: Int, _ work: @escaping @Sendable (Int) -> Value, completed: (Int) -> Void = { _ in }
    ) async -> [Value] {
        var results = [Value?](repeating: nil, count: count)
        await withTaskGroup(of: (Int, Value).self) { group in
            var next = 0
            func start() {
                let index = next
                next += 1
                group.addTask { (index, work(index)) }
            }
            while next < min(max(jobs, 1), count) { start() }
            var done = 0
            for await (index, value) in group {
                results[index] = value
                done += 1
                completed(done)
                if next < count { start() }
            }
        }
        return results.map { $0! }
    }
}
