import Foundation

@testable import Station
import Vocabulary

/// A fixed "now" for pure tests: 2026-03-02 08:00:00 UTC (16:00 in Asia/Shanghai).
let t0 = Date(timeIntervalSince1970: 1_772_438_400)

func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

func say(
    _ id: AnnouncementID, _ priority: Priority = .normal, due: TimeInterval = 0, expires: TimeInterval? = nil
) -> Announcement {
    Announcement(
        id: id,
        draft: AnnouncementDraft(
            title: "say \(id)", text: "通知\(id)", priority: priority, source: .user("clerk"), due: at(due),
            expires: expires.map(at)))
}

func occurrence(_ file: String, due: TimeInterval, order: Int = 0, priority: Priority = .normal) -> AnnouncementDraft {
    AnnouncementDraft(
        title: file, text: "节目 \(file)", priority: priority, source: .program(file: file), due: at(due), order: order)
}

func program(_ id: AnnouncementID, _ file: String, due: TimeInterval, order: Int = 0, priority: Priority = .normal)
    -> Announcement
{
    Announcement(id: id, draft: occurrence(file, due: due, order: order, priority: priority))
}

let shanghai = TimeZone(identifier: "Asia/Shanghai")!
