import ControlWire
import FoundationEssentials
import Messages

#if canImport(Glibc)
    import Glibc
#endif

/// How the CLI shows instants: in the station's time zone (station.yaml, as the daemon reports
/// it), which need not be the machine's: a program due at 18:30 shows as 18:30.
///
/// The zone rules come from glibc (TZ and the system's tzdata), not from ICU: linking ICU's
/// data would make the client binary many times larger and slower to start. glibc keeps the
/// zone process-wide, which suits a short-lived command.
public struct StationTimeFormat {
    /// `identifier` from the daemon's reply; the machine's zone if it sent none or the system
    /// has no such zone.
    public init(zone identifier: String?) {
        if let identifier, Self.systemKnows(identifier) { setenv("TZ", identifier, 1) }
        tzset()
    }

    /// Whether tzdata has the zone (glibc would silently read an unknown name as UTC).
    static func systemKnows(_ identifier: String) -> Bool {
        guard !identifier.isEmpty, !identifier.hasPrefix("/"), !identifier.contains("..") else { return false }
        let directory = getenv("TZDIR").map { String(cString: $0) } ?? "/usr/share/zoneinfo"
        return access(directory + "/" + identifier, R_OK) == 0
    }

    private func parts(_ date: Date) -> tm {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var result = tm()
        localtime_r(&seconds, &result)
        return result
    }

    public func time(_ date: Date) -> String {
        let t = parts(date)
        return digits(Int(t.tm_hour), 2) + ":" + digits(Int(t.tm_min), 2) + ":" + digits(Int(t.tm_sec), 2)
    }

    /// The time alone today, else with its date.
    public func dateTime(_ date: Date, now: Date = Date()) -> String {
        let day = parts(date)
        let today = parts(now)
        if day.tm_year == today.tm_year, day.tm_yday == today.tm_yday { return time(date) }
        return digits(Int(day.tm_year) + 1900, 4) + "-" + digits(Int(day.tm_mon) + 1, 2) + "-"
            + digits(Int(day.tm_mday), 2) + " " + time(date)
    }

    /// `dateTime` for `language`: in Chinese `今天 18:30`, or `12月4日 周五 18:30` on another
    /// day (seconds shown only when not zero).
    public func dateTime(_ date: Date, in language: Language, now: Date = Date()) -> String {
        guard language == .chinese else { return dateTime(date, now: now) }
        let day = parts(date)
        let today = parts(now)
        let time = ChineseFormat.time(hour: Int(day.tm_hour), minute: Int(day.tm_min), second: Int(day.tm_sec))
        if day.tm_year == today.tm_year, day.tm_yday == today.tm_yday {
            return ControlMessage.today().chinese + " " + time
        }
        let weekday = day.tm_wday == 0 ? 7 : Int(day.tm_wday)
        return ChineseFormat.date(month: Int(day.tm_mon) + 1, day: Int(day.tm_mday), isoWeekday: weekday) + " " + time
    }
}
