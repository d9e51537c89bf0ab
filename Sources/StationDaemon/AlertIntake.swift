// The station's drop folder for CAP alerts (docs/alerts.md): a USB stick's files copied in,
// or a relay writing them. Each new file is read by the CAP library, decided by its AlertBook,
// applied to the engine (say at the mapped priority, once per CAP identity and broadcast;
// Update and Cancel through the engine's cancel, with 预警已解除 when people had heard it) and
// moved to done/ or rejected/ (with a .reason file) — the schedule goes on meanwhile.
import CAP
import ControlWire
import Foundation
import Messages
import Platform
import Station
import Vocabulary

final class AlertIntake: @unchecked Sendable {
    let folder: URL
    private let engine: StationEngine<AnnouncerSpeaker>
    private let log: StationLog
    private let now: @Sendable () -> Date
    /// Every step runs here: the watcher's callbacks, the engine's events, the control query.
    private let queue = DispatchQueue(label: "dalaba.alerts")
    private var book = AlertBook()
    private var policy: AlertPolicy
    /// The engine's announcements of each alert, to cancel on Update and Cancel.
    private var broadcasts: [CAPReference: [AnnouncementID]] = [:]
    private var watcher: DirectoryWatcher?
    private var observer: UUID?
    /// The book and the broadcasts' ids, kept across restarts (STATE/alerts.json), so that an
    /// Update or Cancel after a restart still withdraws what it names.
    private let bookFile: URL
    /// Files that failed while they may still have been being written, looked at once more.
    private var retried: Set<String> = []

    /// Keys of the alerts' `say`s start with this (the engine's idempotency keys are kept in the
    /// store, so a file dropped again after a restart is not queued twice).
    static let keyPrefix = "cap:"

    init(policy: AlertPolicy, stateDirectory: URL, engine: StationEngine<AnnouncerSpeaker>, log: StationLog,
         now: @escaping @Sendable () -> Date) {
        self.policy = policy
        folder = policy.folder.map { URL(fileURLWithPath: $0) } ?? stateDirectory.appendingPathComponent("alerts")
        bookFile = stateDirectory.appendingPathComponent("alerts.json")
        self.engine = engine
        self.log = log
        self.now = now
    }

    /// Makes the folders, takes the files already there, then watches for new ones.
    func start() {
        let manager = FileManager.default
        do {
            for sub in ["", "done", "rejected"] {
                try manager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
        } catch {
            log.error("alerts: cannot make the drop folder \(folder.path): \(error); alerts from files are not read")
            return
        }
        load()
        observer = engine.observe { [weak self] event in
            guard event.kind == .started, let key = event.key, key.hasPrefix(Self.keyPrefix), let intake = self else { return }
            intake.queue.async { intake.noteStarted(key: key) }
        }
        do {
            // A short settle time: an alert must sound within a second of being dropped.
            watcher = try DirectoryWatcher(directories: [folder.path], debounce: .milliseconds(40), queue: queue,
                                           relevant: { !$0.hasPrefix(".") }) { [weak self] in self?.scan() }
        } catch {
            log.error("alerts: \(error); files dropped in \(folder.path) are read only at start")
        }
        log.info("alerts: reading CAP files dropped in \(folder.path)")
        queue.async { self.scan() }
    }

    func update(policy: AlertPolicy) {
        queue.async {
            if policy.folder != self.policy.folder {
                self.log.warning("alerts: a new alerts.folder takes effect when dalabad restarts")
            }
            self.policy = policy
        }
    }

    /// `dalaba alerts`: the records, newest last, each in its state as of now.
    func reply() -> AlertsReply {
        let (records, time) = queue.sync { (book.records, now()) }
        let views = records.map { record in
            let state: String
            switch record.state {
            case _ where record.isExpired(at: time): state = "expired"
            case .waiting: state = "waiting"
            case .spoken: state = "spoken"
            case .cancelled: state = "cancelled"
            case .ignored: state = "ignored"
            case .rejected: state = "rejected"
            }
            return AlertView(state: state, file: record.file, identifier: record.identity?.identifier, sender: record.identity?.sender,
                             title: record.title, msgType: record.msgType?.rawValue, priority: record.priority,
                             received: record.received, expires: record.expires,
                             reason: record.state.reason?.english, reasonChinese: record.state.reason?.chinese)
        }
        return AlertsReply(alerts: views, folder: folder.path)
    }

    // MARK: on `queue`

    /// Every regular file in the folder, oldest name first (relays name files by time).
    private func scan() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            take(name)
        }
    }

    private func take(_ name: String) {
        let path = folder.appendingPathComponent(name).path
        let time = now()
        let alert: CAPAlert
        do {
            alert = try CAPFile.read(path: path)
        } catch {
            // A file still being copied in (a USB stick is slow) fails as unfinished XML: look
            // again in a second, once, before refusing it.
            if error.kind != .tooBig, !retried.contains(name), let modified = Self.modified(path), time.timeIntervalSince(modified) < 2 {
                retried.insert(name)
                queue.asyncAfter(deadline: .now() + 1) { [weak self] in self?.scan() }
                return
            }
            retried.remove(name)
            book.reject(file: name, error, now: time)
            save()
            finish(name, rejected: error.text)
            return
        }
        retried.remove(name)
        let decision = book.receive(alert, file: name, now: time, policy: policy)
        withdraw(decision.withdrawn, by: alert)
        if let announcement = decision.announcement { broadcast(announcement, of: alert) }
        save()
        switch decision.record.state {
        case .rejected(let reason): finish(name, rejected: reason)
        case .ignored(let reason): finish(name, note: reason.english)
        default: finish(name, note: nil)
        }
    }

    private func broadcast(_ announcement: AlertAnnouncement, of alert: CAPAlert) {
        var ids: [AnnouncementID] = []
        for (index, due) in announcement.times.enumerated() {
            let draft = AnnouncementDraft(
                title: "预警：" + announcement.title, text: announcement.text, repeatCount: announcement.readings,
                priority: announcement.priority, source: .alert(sender: alert.sender), due: due, expires: announcement.expires,
                key: Self.keyPrefix + alert.identity.text + "#\(index + 1)")
            do {
                let result = try engine.say(once: draft)
                ids.append(result.announcement.id)
            } catch {
                log.error("alerts: \(alert.identifier) broadcast \(index + 1) not queued: \(error)")
            }
        }
        broadcasts[alert.identity] = ids
        log.info("alerts: \(alert.identifier) from \(alert.sender): \(announcement.priority), \(ids.count) broadcast(s)"
                 + (announcement.drill ? " (drill)" : ""))
    }

    /// Stops the withdrawn alerts' broadcasts; people who heard one hear 预警已解除.
    private func withdraw(_ records: [AlertRecord], by alert: CAPAlert) {
        for record in records {
            guard let identity = record.identity else { continue }
            let playing = engine.status().playing.map { playing in broadcasts[identity]?.contains(playing.id) ?? false } ?? false
            for id in broadcasts[identity] ?? [] {
                try? engine.cancel(id, by: "\(alert.msgType.rawValue.lowercased()) \(alert.identifier)")
            }
            broadcasts[identity] = nil
            log.info("alerts: \(identity.identifier) withdrawn by \(alert.msgType.rawValue) \(alert.identifier)")
            guard alert.msgType == .cancel, playing || record.state == .spoken else { continue }
            let notice = AnnouncementDraft(
                title: "预警已解除：" + record.title, text: AlertReading.cancellationNotice(title: record.title),
                priority: record.priority ?? .high, source: .alert(sender: alert.sender), due: now(),
                key: Self.keyPrefix + "cancel:" + alert.identity.text + ":" + identity.text)
            do { _ = try engine.say(once: notice) } catch { log.error("alerts: the cancellation notice was not queued: \(error)") }
        }
    }

    private func noteStarted(key: String) {
        let body = key.dropFirst(Self.keyPrefix.count)
        guard !body.hasPrefix("cancel:"), let hash = body.lastIndex(of: "#") else { return }
        let parts = body[..<hash].split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return }
        book.noteSpoken(CAPReference(sender: String(parts[0]), identifier: String(parts[1]), sent: String(parts[2])))
        save()
    }

    private struct Saved: Codable {
        var records: [AlertRecord]
        var broadcasts: [CAPReference: [AnnouncementID]]
    }

    private func load() {
        guard let data = try? Data(contentsOf: bookFile) else { return }
        do {
            let saved = try JSONDecoder().decode(Saved.self, from: data)
            book = AlertBook(records: saved.records)
            broadcasts = saved.broadcasts
        } catch {
            log.warning("alerts: \(bookFile.path) cannot be read (\(error)); the list of received alerts starts empty")
        }
    }

    private func save() {
        do {
            try JSONEncoder().encode(Saved(records: book.records, broadcasts: broadcasts)).write(to: bookFile, options: .atomic)
        } catch {
            log.error("alerts: cannot save \(bookFile.path): \(error)")
        }
    }

    static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// Moves the file out of the drop folder: to done/, or to rejected/ with its reason beside
    /// it, and says so in the journal.
    private func finish(_ name: String, rejected reason: LocalizedText? = nil, note: String? = nil) {
        let target = folder.appendingPathComponent(reason == nil ? "done" : "rejected")
        let source = folder.appendingPathComponent(name)
        var destination = target.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: destination.path) {
            destination = target.appendingPathComponent("\(Int(now().timeIntervalSince1970))-\(name)")
        }
        do {
            try FileManager.default.moveItem(at: source, to: destination)
        } catch {
            // Left in place it would be read again at every change: remove it instead.
            log.error("alerts: cannot move \(name) to \(target.lastPathComponent)/: \(error); removing it")
            try? FileManager.default.removeItem(at: source)
        }
        if let reason {
            log.warning("alerts: rejected \(name): \(reason.english)")
            try? (reason.english + "\n" + reason.chinese + "\n").write(
                to: destination.appendingPathExtension("reason"), atomically: true, encoding: .utf8)
        } else if let note {
            log.info("alerts: \(name) not broadcast: \(note)")
        }
    }
}
