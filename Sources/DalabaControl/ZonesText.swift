import ControlWire
import Messages

/// How zones show in `status`, `queue` and `history`: only at a station whose station.yaml
/// names zones (one without shows exactly as before).
enum ZonesText {
    /// `[东头, 西头] ` / `【东头、西头】` before a title; `[all]` / `【全部】` for every zone. Empty
    /// when the station names no zones, or the daemon predates zones.
    static func tag(_ zones: [String]?, station: [String]?, in language: Language) -> String {
        guard let station, !station.isEmpty, let zones else { return "" }
        let names = zones.isEmpty ? ControlMessage.zonesAll().text(in: language)
            : zones.joined(separator: language == .chinese ? "、" : ", ")
        // Brackets, not words: the Chinese ones hold the names without a space after.
        return language == .chinese ? "【\(names)】" : "[\(names)] "
    }

    /// One line per zone for `status`, when the station names zones.
    static func statusLines(_ zones: [ZoneView]?, in language: Language) -> [String] {
        guard let zones, zones.count > 1 || zones.contains(where: { $0.name != "all" }) else { return [] }
        return zones.map { zone in
            let state = zone.playing.map {
                ControlMessage.zonePlaying(["id": "\($0)", "title": zone.playingTitle ?? ""]).text(in: language).trimmed
            } ?? ControlMessage.zoneIdle().text(in: language)
            guard let error = zone.speakerError else {
                return ControlMessage.zoneLine(["name": zone.name, "state": state, "speaker": zone.speaker]).text(in: language)
            }
            return ControlMessage.zoneLineOffline([
                "name": zone.name, "state": state, "speaker": zone.speaker, "error": DaemonMessage.localized(error, in: language),
            ]).text(in: language)
        }
    }

    /// The CSV and text value of an announcement's zones: `all` or `东头, 西头`; empty when unknown.
    static func value(_ zones: [String]?) -> String {
        guard let zones else { return "" }
        return zones.isEmpty ? "all" : zones.joined(separator: ", ")
    }
}
