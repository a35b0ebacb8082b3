import Foundation
import TestSupport

@testable import AgreementKit

/// Progress reports collected from a `@Sendable` callback.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [BatchProgress] = []

    func add(_ progress: BatchProgress) {
        lock.lock()
        entries.append(progress)
        lock.unlock()
    }

    var all: [BatchProgress] {
        lock.lock()
        defer { lock.unlock() }
        return entries
    }
}
