/// How far a batch has come: reported after each agreement is rendered.
public struct BatchProgress: Sendable, Equatable {
    /// The agreements rendered so far.
    public var done: Int
    /// The agreements to render.
    public var total: Int

    /// Creates a progress report.
    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }
}
