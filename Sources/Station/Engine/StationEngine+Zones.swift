import Foundation
import Vocabulary

/// Zones, on the engine's queue: what plays where, a player thread per zone, each zone's
/// speaker health. A station without `zones:` has one zone (`ZoneName.whole`) and all of this
/// reduces to one player and one speaker, as before zones.
extension StationEngine {
    /// One announcement playing: the zones it sounds in, the player thread it runs on (its
    /// first zone's), its play-log line once started, and why it is being stopped.
    struct Playback {
        var zones: [ZoneName]
        var player: Player<Output>
        var logID: Int64?
        var since: Date?
        var stopReason: StopReason?
        /// Handed over while its render ahead still ran: the player takes that render's result.
        var waitsForRender = false
    }

    /// The player thread of `zone`, started on first use; it lives as long as the process.
    func player(for zone: ZoneName) -> Player<Output> {
        if let player = players[zone] { return player }
        let clock = self.clock
        let player = Player(output: output, now: { clock.now() })
        player.startThread()
        players[zone] = player
        return player
    }

    func health(_ zone: ZoneName) -> SpeakerHealth { speakers[zone] ?? SpeakerHealth() }

    /// The station's zones changed (station.yaml reloaded). What plays keeps playing where it
    /// started; zones that are gone are forgotten.
    public func setZones(_ zones: [ZoneName]) {
        queue.sync {
            let zones = zones.isEmpty ? [ZoneName.whole] : zones
            guard zones != settings.zones else { return }
            settings.zones = zones
            state.setZones(zones)
            speakers = speakers.filter { zones.contains($0.key) }
            for zone in zones { _ = player(for: zone) }
            log.info("zones: " + zones.map(\.text).joined(separator: ", "))
            for zone in zones { probeSpeaker(zone) }
            reschedule()
        }
    }

    /// Each zone for `status`: what plays there and its speaker.
    func zoneStatuses() -> [ZoneStatus] {
        state.zones.map { zone in
            let playing = state.playing(in: zone)
            return ZoneStatus(name: zone, playing: playing?.id, playingTitle: playing?.title,
                              speaker: output.output(of: zone), speakerError: health(zone).error)
        }
    }

    /// The first speaker error, for the station-wide `speakerError` (prefixed by the zone when
    /// the station names zones).
    var firstSpeakerError: String? {
        for zone in state.zones {
            guard let error = health(zone).error else { continue }
            return zone == .whole ? error : "\(zone): \(error)"
        }
        return nil
    }

    /// The earliest probe any offline zone waits for.
    var speakerWake: Date? { state.zones.compactMap { health($0).wake }.min() }

    // MARK: the speakers' health

    func speakerWentOffline(_ message: String, zone: ZoneName, at instant: Date, id: AnnouncementID? = nil) {
        var health = health(zone)
        let news = health.failed(message, at: instant, retry: settings.speakerRetry)
        speakers[zone] = health
        state.setOffline(zone, true)
        guard news else { return }
        let which = zone == .whole ? "speaker" : "speaker of zone \(zone)"
        log.error(String(format: "%@ offline: %@; announcements wait, trying it again every %g s", which, message, settings.speakerRetry), id: id)
        emit(StationEvent(kind: .speakerOffline, time: instant, id: id, message: zone == .whole ? message : "\(zone): \(message)",
                          zones: zone == .whole ? nil : [zone]))
    }

    func speakerCameBack(zone: ZoneName, at instant: Date) {
        var health = health(zone)
        let news = health.works()
        speakers[zone] = health
        state.setOffline(zone, false)
        guard news else { return }
        log.info(zone == .whole ? "speaker online again" : "speaker of zone \(zone) online again")
        emit(StationEvent(kind: .speakerOnline, time: instant, message: output.output(of: zone), zones: zone == .whole ? nil : [zone]))
    }

    /// Opens and closes a zone's device off the engine's queue; one probe per zone at a time.
    func probeSpeaker(_ zone: ZoneName) {
        guard !health(zone).probing, !stopping else { return }
        speakers[zone, default: SpeakerHealth()].probing = true
        let failuresBefore = health(zone).failures
        probeQueue.async { [self] in
            let result = Result { try output.probe(zone: zone) }
            queue.async { [self] in
                speakers[zone, default: SpeakerHealth()].probing = false
                switch result {
                case .success:
                    // A playback that failed while this probe ran knows better: wait for the next.
                    if health(zone).failures == failuresBefore { speakerCameBack(zone: zone, at: now()) }
                case .failure(let error):
                    // A device busy with our own playback is not offline: the player will tell.
                    if state.playing(in: zone) == nil { speakerWentOffline(String(describing: error), zone: zone, at: now()) }
                }
                reschedule()
            }
        }
    }
}
