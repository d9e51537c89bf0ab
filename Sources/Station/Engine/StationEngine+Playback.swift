import Foundation
import Vocabulary

/// Playback, on the engine's queue: start an announcement on its zone's player thread, record
/// its start and its outcome, and follow the speakers' health.
extension StationEngine {
    func startPlaying(_ announcement: Announcement, at instant: Date) {
        guard state.start(announcement.id), let zones = state.playingZones(announcement.id) else { return }
        let audio = renders.take(announcement.id)
        // Still rendering ahead: the player waits for that render rather than starting anew.
        let running = audio == nil ? renders.running(announcement.id) : nil
        let player = player(for: zones[0])
        playbacks[announcement.id] = Playback(zones: zones, player: player, waitsForRender: running != nil)
        // Handed over ahead (Speaker.startAhead): its stream starts the lead-in before it is due.
        let startAt = output.startAhead > 0 ? max(instant, announcement.due.addingTimeInterval(-output.leadIn)) : nil
        // The level in force when its sound starts (after the lead-in), even if rendered earlier.
        let level = volume.level(for: announcement.draft, at: (startAt ?? instant).addingTimeInterval(output.leadIn))
        player.play(
            Player<Output>.Job(
                announcement: announcement, rendered: audio, running: running, level: level.level, zones: zones, startAt: startAt,
                willStart: { [self] started in
                    queue.async { self.recordStart(announcement, at: started, level: level) }
                },
                done: { [self] result in
                    queue.async { self.finishPlaying(announcement, result: result) }
                }))
    }

    func recordStart(_ announcement: Announcement, at started: Date, level: VolumeControl.InForce) {
        guard var playback = playbacks[announcement.id] else { return }
        playback.since = started
        playback.logID = records.markStarted(announcement.id, at: started, volume: level.level)
        playbacks[announcement.id] = playback
        let late = started.timeIntervalSince(announcement.due)
        let outputs = playback.zones == [.whole] ? output.description : playback.zones.map { "\($0) (\(output.output(of: $0)))" }.joined(separator: ", ")
        log.info(String(format: "started \"%@\" (%.1f ms after due) on %@ at %@ (%@)", announcement.title, late * 1000,
                        outputs, level.level.description, level.reason.description), id: announcement.id)
        emit(about: .started, announcement, at: started, zones: playback.zones)
        publish()
    }

    /// Asks the player of `id` to stop; the first reason given is the one logged.
    func stopPlaying(_ id: AnnouncementID, _ reason: StopReason) {
        guard let playback = playbacks[id], playback.stopReason == nil else { return }
        playbacks[id]?.stopReason = reason
        playback.player.stop()
    }

    func finishPlaying(_ announcement: Announcement, result: Result<Bool, PlayerError>) {
        let instant = now()
        let playback = playbacks.removeValue(forKey: announcement.id)
        let zones = playback?.zones ?? state.playingZones(announcement.id) ?? []
        var result = result
        // Some zones failed while the others played: those go offline, the announcement
        // counts as played (or stopped) where it sounded.
        var failedZones: Set<ZoneName> = []
        if case .failure(.speaker(let error as ZoneOutputFailure)) = result {
            failedZones = Set(error.failed.keys)
            for (zone, message) in error.failed.sorted(by: { $0.key < $1.key }) {
                speakerWentOffline(message, zone: zone, at: instant, id: announcement.id)
            }
            if failedZones.count < zones.count { result = .success(error.othersFinished) }
        }
        let (outcome, reason): (Outcome, String?)
        switch (result, playback?.stopReason) {
        case (.success(true), _): (outcome, reason) = (.played, nil)
        case (.success(false), .interrupt(let emergency)?): (outcome, reason) = (.interrupted, "interrupted by emergency \(emergency.id)")
        case (.success(false), .skip(let user)?): (outcome, reason) = (.skipped, "skipped by \(user)")
        case (.success(false), .cancel(let why)?): (outcome, reason) = (.cancelled, why)
        case (.success(false), _): (outcome, reason) = (.interrupted, "the daemon was stopped")
        case (.failure(.speaker(let error)), _):
            // Not the announcement's fault: it waits for the speaker and plays again from its start.
            (outcome, reason) = (.interrupted, "the speaker failed (\(error)); it plays again from its start when the speaker is back")
        case (.failure(.render(let error as RecordingUnavailable)), _):
            // Its recording was removed or spoiled after the program was checked (issue 13).
            (outcome, reason) = (.missed, error.description)
        case (.failure(let error), _): (outcome, reason) = (.failed, String(describing: error))
        }
        switch result {
        case .failure(.speaker(let error)):
            if failedZones.isEmpty {
                for zone in zones { speakerWentOffline(String(describing: error), zone: zone, at: instant, id: announcement.id) }
            }
        case .failure(.render): break  // the announcement's own problem, not the speaker's
        case .success:
            for zone in zones where !failedZones.contains(zone) { speakerCameBack(zone: zone, at: instant) }
        }
        records.markFinished(announcement.id, logID: playback?.logID, outcome: outcome, reason: reason, at: instant)
        state.finishPlaying(announcement.id, requeue: outcome == .interrupted)
        let level: StationLog.Level = outcome == .failed ? .error : .info
        log(level, outcome.rawValue + (reason.map { ": \($0)" } ?? ""), id: announcement.id)
        emit(about: Self.eventKind(outcome), announcement, at: instant, reason, zones: zones.isEmpty ? nil : zones)
        if stopping {
            publish()
            if playbacks.isEmpty {
                whenStopped?()
                whenStopped = nil
            }
            return
        }
        reschedule()
    }

    static func eventKind(_ outcome: Outcome) -> StationEvent.Kind {
        switch outcome {
        case .played: .finished
        case .interrupted: .interrupted
        case .skipped: .skipped
        case .cancelled: .cancelled
        case .missed: .missed
        case .failed: .failed
        }
    }
}
