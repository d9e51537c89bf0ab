import Foundation
import Vocabulary

/// Switches the amplifier on before the station speaks and off after, through commands the
/// admin configures (a GPIO relay, a smart plug). On comes early enough for the warm-up to end
/// at the due second; off waits `hold` seconds, so back-to-back announcements keep it on.
/// A failing command is logged and playback goes on: a silent amplifier is no reason to drop
/// the queue, and the admin sees why in the log.
public final class Amplifier: @unchecked Sendable {
    /// The commands and times, as `station.yaml` gives them.
    public typealias Settings = AmplifierSettings

    private enum Power: Equatable {
        case off
        case scheduled            // on is planned for later
        case switchingOn
        case on(readyAt: Date)
        case switchingOff
    }

    public let settings: Settings
    private let run: @Sendable (String) -> String?
    private let log: @Sendable (String) -> Void
    private let queue = DispatchQueue(label: "dalaba.amplifier")
    private let condition = NSCondition()
    private var power = Power.off
    /// Bumped by every request, so a planned switch-off that is no longer wanted does nothing.
    private var generation = 0

    /// `run` executes a command and returns its error text, or nil on success.
    public init(settings: Settings, log: @escaping @Sendable (String) -> Void,
                run: @escaping @Sendable (String) -> String? = ShellCommand.run) {
        self.settings = settings
        self.log = log
        self.run = run
    }

    public var isOn: Bool {
        condition.lock()
        defer { condition.unlock() }
        if case .on = power { return true }
        return false
    }

    /// The station will speak at `due`: switch on at `due − warmUp` (at once if that is past).
    public func willSpeak(at due: Date) {
        guard settings.isConfigured else { return }
        condition.lock()
        generation += 1
        let idle = power == .off || power == .switchingOff
        if idle { power = .scheduled }
        condition.unlock()
        guard idle else { return }
        let at = due.addingTimeInterval(-settings.warmUp)
        queue.asyncAfter(wallDeadline: .now() + max(0, at.timeIntervalSinceNow)) { [self] in
            // Unless withdrawn meanwhile (`nothingToSay`): an announcement cancelled before its
            // time must not leave the amplifier on all night.
            condition.lock()
            let stillWanted = power == .scheduled
            condition.unlock()
            if stillWanted { switchOn() }
        }
    }

    /// What was announced with `willSpeak` will not play after all (cancelled, missed): a
    /// planned switch-on is dropped, and an amplifier already on goes off after `hold`.
    public func nothingToSay() {
        guard settings.isConfigured else { return }
        condition.lock()
        let planned = power == .scheduled
        if planned { power = .off }
        condition.unlock()
        if !planned { doneSpeaking() }
    }

    /// Blocks the calling (player) thread until the amplifier is on and warmed up; switches it
    /// on now if nobody announced this announcement in advance.
    public func waitUntilReady() {
        guard settings.isConfigured else { return }
        condition.lock()
        generation += 1
        let mustSwitch = power == .off || power == .scheduled || power == .switchingOff
        condition.unlock()
        if mustSwitch { switchOn() }
        condition.lock()
        while power == .switchingOn || power == .switchingOff { condition.wait() }
        let readyAt: Date? = if case .on(let at) = power { at } else { nil }
        condition.unlock()
        if let readyAt, readyAt > Date() { Thread.sleep(until: readyAt) }
    }

    /// Nothing more to say for now: switch off after `hold` unless the station speaks again first.
    public func doneSpeaking() {
        guard settings.isConfigured else { return }
        condition.lock()
        generation += 1
        let planned = generation
        condition.unlock()
        queue.asyncAfter(wallDeadline: .now() + settings.hold) { [self] in
            condition.lock()
            guard generation == planned, case .on = power else { condition.unlock(); return }
            power = .switchingOff
            condition.unlock()
            if let command = settings.offCommand, let error = run(command) {
                log("amplifier off command failed: \(error)")
            } else {
                log("amplifier off")
            }
            condition.lock()
            if power == .switchingOff { power = .off }
            condition.broadcast()
            condition.unlock()
        }
    }

    private func switchOn() {
        condition.lock()
        guard power == .scheduled || power == .off || power == .switchingOff else { condition.unlock(); return }
        power = .switchingOn
        condition.unlock()
        if let command = settings.onCommand, let error = run(command) {
            log("amplifier on command failed: \(error); speaking anyway")
        } else {
            log("amplifier on")
        }
        condition.lock()
        power = .on(readyAt: Date().addingTimeInterval(settings.warmUp))
        condition.broadcast()
        condition.unlock()
    }
}

/// Runs an admin's command line through /bin/sh with a time limit.
public enum ShellCommand {
    public static let timeLimit: TimeInterval = 10

    /// Nil on success, else what went wrong (exit status and the command's stderr).
    @Sendable public static func run(_ command: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { return "cannot run '\(command)': \(error.localizedDescription)" }
        if finished.wait(timeout: .now() + timeLimit) == .timedOut {
            process.terminate()
            return "'\(command)' took over \(Int(timeLimit)) s and was stopped"
        }
        process.waitUntilExit()
        guard process.terminationStatus != 0 else { return nil }
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return "'\(command)' exited with status \(process.terminationStatus)" + (text.isEmpty ? "" : ": \(text)")
    }
}
