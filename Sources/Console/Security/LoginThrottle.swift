import Foundation

/// Limits password guessing: after `limit` wrong passwords within `window` for one name, or from
/// one client address, further sign-ins for it are refused unchecked until the oldest failure
/// leaves the window. Both keys count: spreading guesses over many names from one address, or
/// over many addresses for one name, is stopped alike.
actor LoginThrottle {
    let limit: Int
    let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(limit: Int = 10, window: TimeInterval = 15 * 60) {
        self.limit = limit
        self.window = window
    }

    private func keys(name: String, client: String?) -> [String] {
        ["name:" + name] + (client.map { ["client:" + $0] } ?? [])
    }

    /// Seconds until a sign-in for `name` from `client` may be tried again; nil: now.
    func wait(name: String, client: String?, now: Date = Date()) -> TimeInterval? {
        var longest: TimeInterval?
        for key in keys(name: name, client: client) {
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            failures[key] = recent.isEmpty ? nil : recent
            if recent.count >= limit, let oldest = recent.first {
                let wait = window - now.timeIntervalSince(oldest)
                longest = max(longest ?? 0, wait)
            }
        }
        return longest
    }

    func failed(name: String, client: String?, now: Date = Date()) {
        for key in keys(name: name, client: client) { failures[key, default: []].append(now) }
        if failures.count > 10_000 { failures = failures.filter { now.timeIntervalSince($0.value.last ?? now) < window } }
    }

    /// A right password clears the name's count (not the address's: a guesser who also knows one
    /// password must not reset their budget).
    func succeeded(name: String) { failures["name:" + name] = nil }
}
