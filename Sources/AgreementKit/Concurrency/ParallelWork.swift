import Dispatch

/// Runs numbered pieces of work concurrently: at most `jobs` at a time, each result handed on as it is done (`each`),
/// or all at once, the results in number order (`now`).
enum ParallelWork {
    /// Runs `work(0) ..< work(count)`, at most `jobs` at a time, and hands each result to `receive` as it is done,
    /// one at a time, in the order they finish: for results that are folded into something smaller at once.
    static func each<Value: Sendable>(
        _ count: Int, jobs: Int, _ work: @escaping @Sendable (Int) -> Value, receive: (Int, Value) -> Void
    ) async {
        await withTaskGroup(of: (Int, Value).self) { group in
            var next = 0
            func start() {
                let index = next
                next += 1
                group.addTask { (index, work(index)) }
            }
            while next < min(max(jobs, 1), count) { start() }
            for await (index, value) in group {
                receive(index, value)
                if next < count { start() }
            }
        }
    }

    /// The results of `work(0) ..< work(count)`, in order, computed on every core at once and waited for: for
    /// pieces of work that share nothing (reading the files of a library).
    static func now<Value: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Value) -> [Value] {
        let results = Slots<Value>(count)
        DispatchQueue.concurrentPerform(iterations: count) { index in results.store(work(index), at: index) }
        return results.values
    }

    /// One slot per piece of work; each is written once, by the piece of work of its number only.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private var slots: [Value?]

        init(_ count: Int) { slots = [Value?](repeating: nil, count: count) }

        func store(_ value: Value, at index: Int) {
            slots.withUnsafeMutableBufferPointer { $0[index] = value }
        }

        var values: [Value] { slots.map { $0! } }
    }
}
