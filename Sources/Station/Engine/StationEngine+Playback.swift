import Foundation

/// Playback and the speaker, on the engine's queue: start an announcement on the player
/// thread, record its start and its outcome, and follow the speaker's health.
extension StationEngine {
    func startPlaying(_ announcement: Announcement, at instant: Date) {
        guard state.start(announcement.id) else { return }
        let audio = renders.take(announcement.id)
        stopReason = nil
        playLogID = nil
        // The level in force when its sound starts (after the lead-in), even if rendered earlier.
        let level = volume.level(for: announcement.draft, at: instant.addingTimeInterval(output.leadIn))
        player.play(
            Player<Output>.Job(
                announcement: announcement, rendered: audio, level: level.level,
                willStart: { [self] started in
                    queue.async { self.recordStart(announcement, at: started, level: level) }
                },
                done: { [self] result in
                    queue.async { self.finishPlaying(announcement, result: result) }
                }))
    }

    func recordStart(_ announcement: Announcement, at started: Date, level: VolumeControl.InForce) {
        playingSince = started
        playLogID = records.markStarted(announcement.id, at: started, volume: level.level)
        let late = started.timeIntervalSince(announcement.due)
        log.info(String(format: "started \"%@\" (%.1f ms after due) on %@ at %@ (%@)", announcement.title, late * 1000,
                        output.description, level.level.description, level.reason.description), id: announcement.id)
        emit(.about(.started, announcement, at: started))
        publish()
    }

    func stopPlaying(_ reason: StopReason) {
        guard stopReason == nil else { return }
        stopReason = reason
        player.stop()
    }

    func finishPlaying(_ announcement: Announcement, result: Result<Bool, PlayerError>) {
        let instant = now()
        let (outcome, reason): (Outcome, String?)
        switch (result, stopReason) {
        case (.success(true), _): (outcome, reason) = (.played, nil)
        case (.success(false), .interrupt(let emergency)?): (outcome, reason) = (.interrupted, "interrupted by emergency \(emergency.id)")
        case (.success(false), .skip(let user)?): (outcome, reason) = (.skipped, "skipped by \(user)")
        case (.success(false), .cancel(let user)?): (outcome, reason) = (.cancelled, "cancelled by \(user)")
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
        case .failure(.speaker(let error)): speakerWentOffline(String(describing: error), at: instant, id: announcement.id)
        case .failure(.render): break  // the announcement's own problem, not the speaker's
        case .success: speakerCameBack(at: instant)
        }
        records.markFinished(announcement.id, logID: playLogID, outcome: outcome, reason: reason, at: instant)
        state.finishPlaying(requeue: outcome == .interrupted)
        playLogID = nil
        playingSince = nil
        stopReason = nil
        let level: StationLog.Level = outcome == .failed ? .error : .info
        log(level, outcome.rawValue + (reason.map { ": \($0)" } ?? ""), id: announcement.id)
        emit(.about(Self.eventKind(outcome), announcement, at: instant, reason))
        if stopping {
            publish()
            whenStopped?()
            whenStopped = nil
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

    // MARK: the speaker's health

    func speakerWentOffline(_ message: String, at instant: Date, id: AnnouncementID? = nil) {
        guard speaker.failed(message, at: instant, retry: settings.speakerRetry) else { return }
        log.error(String(format: "speaker offline: %@; announcements wait, trying it again every %g s", message, settings.speakerRetry), id: id)
        emit(StationEvent(kind: .speakerOffline, time: instant, id: id, message: message))
    }

    func speakerCameBack(at instant: Date) {
        guard speaker.works() else { return }
        log.info("speaker online again")
        emit(StationEvent(kind: .speakerOnline, time: instant, message: output.description))
    }

    /// Opens and closes the device off the engine's queue; one probe at a time.
    func probeSpeaker() {
        guard !speaker.probing, !stopping else { return }
        speaker.probing = true
        probeQueue.async { [self] in
            let result = Result { try output.probe() }
            queue.async { [self] in
                speaker.probing = false
                switch result {
                case .success: speakerCameBack(at: now())
                case .failure(let error):
                    // A device busy with our own playback is not offline: the player will tell.
                    if state.playing == nil { speakerWentOffline(String(describing: error), at: now()) }
                }
                reschedule()
            }
        }
    }
}
