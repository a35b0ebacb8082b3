/// The exit statuses the README documents.
enum ExitStatus: Int32 {
    case invalidInput = 1
    case usage = 2
    case ioError = 3
    /// Ctrl-C during an interview (128 + SIGINT, as shells report it).
    case interrupted = 130
}
