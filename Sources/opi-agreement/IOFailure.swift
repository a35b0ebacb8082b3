/// A file could not be read or written (exit status 3).
struct IOFailure: Error, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "\(path): \(reason)" }
}
