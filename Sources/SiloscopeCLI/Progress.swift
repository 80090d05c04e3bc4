import Foundation

/// A spinner on standard error for work that lasts more than a second, shown only when
/// standard error is a terminal (never in pipes or CI).
final class Progress: @unchecked Sendable {
    private let label: String
    private let lock = NSLock()
    private var running = true
    private var shown = false

    private init(label: String) {
        self.label = label
    }

    /// Starts a spinner that appears after one second.
    static func start(_ label: String) -> Progress {
        let progress = Progress(label: label)
        guard isatty(STDERR_FILENO) == 1, ProcessInfo.processInfo.environment["CI"] == nil else {
            progress.running = false
            return progress
        }
        let thread = Thread { progress.spin() }
        thread.start()
        return progress
    }

    private func spin() {
        let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
        let start = Date()
        var frame = 0
        while true {
            Thread.sleep(forTimeInterval: 0.1)
            lock.lock()
            defer { lock.unlock() }
            guard running else { return }
            let elapsed = Date().timeIntervalSince(start)
            if elapsed >= 1 {
                FileHandle.standardError.write(Data("\r\(frames[frame % frames.count]) \(label)… \(Int(elapsed)) s".utf8))
                shown = true
                frame += 1
            }
        }
    }

    /// Stops and clears the spinner.
    func stop() {
        lock.lock()
        defer { lock.unlock() }
        running = false
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
