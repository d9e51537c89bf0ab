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

/// Runs an admin's command line through /bin/sh with a time limit. The command gets its own
/// process group, so a timeout stops everything it started (not only /bin/sh); its output is
/// read while it runs (a command that prints more than a pipe holds would otherwise block
/// until the time limit) and only the last few KB of its stderr are kept.
public enum ShellCommand {
    public static let timeLimit: TimeInterval = 10
    /// How much of the command's stderr goes into the error text (its end: the reason).
    static let keptErrorBytes = 2048

    /// Nil on success, else what went wrong (exit status and the command's stderr).
    @Sendable public static func run(_ command: String) -> String? {
        run(command, timeLimit: timeLimit)
    }

    static func run(_ command: String, timeLimit: TimeInterval) -> String? {
        var output: [Int32] = [-1, -1], errors: [Int32] = [-1, -1]
        guard pipe(&output) == 0 else { return "cannot run '\(command)': \(String(cString: strerror(errno)))" }
        guard pipe(&errors) == 0 else {
            close(output[0]); close(output[1])
            return "cannot run '\(command)': \(String(cString: strerror(errno)))"
        }
        for fd in output + errors { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        defer { close(output[0]); close(errors[0]) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group (to stop it whole), default signals (the daemon ignores
        // SIGPIPE and SIGHUP, which a child would inherit), nothing blocked.
        var defaults = sigset_t(), none = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGHUP, SIGUSR1, SIGINT, SIGTERM] { sigaddset(&defaults, signal) }
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let arguments: [UnsafeMutablePointer<CChar>?] = (["/bin/sh", "-c", command] as [String]).map { $0.withCString { strdup($0) } }
        defer { arguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, arguments + [nil], environ)
        close(output[1])
        close(errors[1])
        guard spawned == 0 else { return "cannot run '\(command)': \(String(cString: strerror(spawned)))" }

        var kept = [UInt8]()
        var truncated = false
        func keep(_ bytes: ArraySlice<UInt8>) {
            kept += bytes
            if kept.count > keptErrorBytes {
                kept.removeFirst(kept.count - keptErrorBytes)
                truncated = true
            }
        }
        var status: Int32 = 0
        var exited = false
        let deadline = Date().addingTimeInterval(timeLimit)
        var descriptors = [pollfd(fd: output[0], events: Int16(POLLIN), revents: 0),
                           pollfd(fd: errors[0], events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        while !exited {
            if waitpid(pid, &status, WNOHANG) == pid { exited = true }
            let open = descriptors.filter { $0.fd >= 0 }
            if exited || Date() >= deadline { break }
            if open.isEmpty {
                Thread.sleep(forTimeInterval: 0.01)  // both pipes closed; waiting for the exit
                continue
            }
            _ = poll(&descriptors, nfds_t(descriptors.count), 20)
            for index in descriptors.indices where descriptors[index].fd >= 0 && descriptors[index].revents != 0 {
                let count = read(descriptors[index].fd, &buffer, buffer.count)
                if count > 0 {
                    if index == 1 { keep(buffer[0..<count]) }  // stdout is read only to keep the pipe flowing
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    descriptors[index].fd = -1  // end of file (our copy is closed by the defer)
                }
            }
        }
        if !exited {
            // The time limit: stop the whole group — /bin/sh and everything it started.
            kill(-pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return "'\(command)' took over \(Int(timeLimit)) s and was stopped"
        }
        // What it wrote just before exiting (children that keep the pipe open are not waited for).
        var flags = fcntl(errors[0], F_GETFL)
        flags |= O_NONBLOCK
        _ = fcntl(errors[0], F_SETFL, flags)
        while descriptors[1].fd >= 0 {
            let count = read(errors[0], &buffer, buffer.count)
            guard count > 0 else { break }
            keep(buffer[0..<count])
        }
        // WIFEXITED / WEXITSTATUS, which Glibc's module does not export as functions.
        let signaled = status & 0x7F
        guard signaled != 0 || (status >> 8) & 0xFF != 0 else { return nil }
        var text = String(decoding: kept, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if truncated { text = "…" + text }
        let how = signaled != 0 ? "was killed by signal \(signaled)" : "exited with status \((status >> 8) & 0xFF)"
        return "'\(command)' \(how)" + (text.isEmpty ? "" : ": \(text)")
    }
}
