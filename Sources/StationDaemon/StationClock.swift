import Foundation

/// The daemon's wall clock: the system's, or — for tests of clock steps, which must not set
/// the machine's clock — the system's plus an offset read from a file (`--clock-offset-file`)
/// at start and again on SIGUSR1, which then counts as a clock step.
final class StationClock: @unchecked Sendable {
    private let file: URL?
    private let lock = NSLock()
    private var offset: TimeInterval = 0

    init(offsetFile: String?) throws {
        file = offsetFile.map(URL.init(fileURLWithPath:))
        try reload()
    }

    var isInjected: Bool { file != nil }

    func now() -> Date { Date().addingTimeInterval(lock.withLock { offset }) }

    /// Reads the offset file again ("3600", "-5.5"); a missing file means no offset.
    func reload() throws {
        guard let file else { return }
        var seconds: TimeInterval = 0
        if let text = try? String(contentsOf: file, encoding: .utf8) {
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let value = TimeInterval(trimmed), value.isFinite else {
                throw DaemonFailure("\(file.path): \"\(trimmed)\" is not a number of seconds")
            }
            seconds = value
        }
        lock.withLock { offset = seconds }
    }
}
