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
    /// pieces of work that share nothing (reading the files of a library, writing the forms of a document). With
    /// `jobs`, at most that many run at once, each taking every `jobs`-th piece (`check`'s answer sets).
    static func now<Value: Sendable>(_ count: Int, jobs: Int? = nil, _ work: @Sendable (Int) -> Value) -> [Value] {
        guard count > 0 else { return [] }
        let results = Slots<Value>(count)
        let lanes = min(max(jobs ?? count, 1), count)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            var index = lane
            while index < count {
                results.store(work(index), at: index)
                index += lanes
            }
        }
        return results.values
    }

    /// One slot per piece of work, in memory of its own (not an array property, which two threads may not change
    /// at once); each slot is written once, by the piece of work of its number only, and read when all are done.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Value?>

        init(_ count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            _ = slots.deinitialize()
            slots.deallocate()
        }

        func store(_ value: Value, at index: Int) { slots[index] = value }

        var values: [Value] { slots.map { $0! } }
    }
}
