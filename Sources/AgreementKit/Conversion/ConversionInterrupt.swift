import Foundation

/// While LibreOffice converts, Ctrl-C (SIGINT), SIGTERM and SIGHUP first stop LibreOffice and remove the
/// conversion's folder, then end the program as they would have: LibreOffice runs in a process group of its own, so
/// a signal to `opi-agreement` alone would leave it running, and its folder behind. Only signals whose handling is
/// the default are taken over; one that a caller handles itself (the interview's Ctrl-C, which ends with `exit`) is
/// left to it, and `exit` then does the same clean-up (`atexit`).
final class ConversionInterrupt: @unchecked Sendable {
    private let lock = NSLock()
    private let folder: ConversionFolder
    private var group: pid_t?
    /// A signal arrived and its handler is ending the program.
    private var interrupted = false
    private var sources: [(number: Int32, source: any DispatchSourceSignal)] = []

    /// The conversion running now, cleaned up when the program exits during it.
    private static let running = Running()

    /// The conversion running now, behind a lock.
    private final class Running: @unchecked Sendable {
        private let lock = NSLock()
        private var current: ConversionInterrupt?
        private var registered = false

        func set(_ interrupt: ConversionInterrupt?) {
            lock.lock()
            defer { lock.unlock() }
            current = interrupt
            if interrupt != nil, !registered {
                registered = true
                atexit { ConversionInterrupt.running.cleanUp() }
            }
        }

        func cleanUp() {
            lock.lock()
            let interrupt = current
            current = nil
            lock.unlock()
            interrupt?.stop()
        }
    }

    /// Takes over the signals for the conversion in `folder`.
    init(folder: ConversionFolder) {
        self.folder = folder
        defer { Self.running.set(self) }
        for number in [SIGINT, SIGTERM, SIGHUP] {
            // The previous handling, found by setting one: nil is the default (end the program).
            let previous = signal(number, SIG_IGN)
            guard previous == nil else {
                signal(number, previous)
                continue
            }
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [self] in
                lock.lock()
                interrupted = true
                lock.unlock()
                stop()
                signal(number, SIG_DFL)
                // Unblocked here (a program may start with signals blocked, which the dispatch source still sees),
                // so that the signal, raised again, ends the program.
                var set = sigset_t()
                sigemptyset(&set)
                sigaddset(&set, number)
                pthread_sigmask(SIG_UNBLOCK, &set, nil)
                raise(number)
                // The default handling ends the program; should the signal not arrive, end it as the shell would.
                sleep(1)
                exit(128 + number)
            }
            source.resume()
            sources.append((number, source))
        }
    }

    /// Notes LibreOffice's process group, once it runs.
    func started(group: pid_t) {
        lock.lock()
        defer { lock.unlock() }
        self.group = group
    }

    /// Stops LibreOffice, if it runs, and removes the conversion's folder: the program is ending.
    private func stop() {
        lock.lock()
        defer { lock.unlock() }
        if let group { OfficeConverter.stop(group: group) }
        group = nil
        folder.remove()
    }

    /// Gives the signals back their default handling: the conversion is over. When a signal arrived, its handler
    /// has stopped LibreOffice, which is why the conversion is over: the calling thread then waits for the handler to
    /// end the program by the signal, rather than go on to report a failed conversion and exit with a status of its
    /// own (a race the signal would lose on a busy machine).
    func end() {
        lock.lock()
        let ending = interrupted
        lock.unlock()
        if ending {
            while true { pause() }
        }
        Self.running.set(nil)
        lock.lock()
        defer { lock.unlock() }
        for (number, source) in sources {
            source.cancel()
            signal(number, SIG_DFL)
        }
        sources = []
        group = nil
    }
}
