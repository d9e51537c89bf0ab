import Foundation
import Hub

/// A signed-in person's session: the cookie's token, the CSRF token of their forms, and who they are.
struct Session: Sendable {
    let token: String
    let csrf: String
    let person: Person
    var expires: Date
    /// Emergencies waiting for their confirmation step, by confirmation token.
    var pendingEmergencies: [String: PendingEmergency] = [:]
}

struct PendingEmergency: Sendable {
    var text: String
    var villageIDs: [Int]
    var made: Date
}

/// The server-side session store. Sessions live in memory: a restart of the console signs
/// everybody out, which is the safe direction. A session expires `lifetime` after its last use.
actor SessionStore {
    private var sessions: [String: Session] = [:]
    let lifetime: TimeInterval
    private var lastPrune = Date()

    init(lifetime: TimeInterval) { self.lifetime = lifetime }

    func create(for person: Person, now: Date = Date()) -> Session {
        prune(now: now)
        let session = Session(token: Tokens.make(), csrf: Tokens.make(), person: person, expires: now.addingTimeInterval(lifetime))
        sessions[session.token] = session
        return session
    }

    /// The live session of `token`, its life extended; nil when unknown or expired.
    func session(_ token: String, now: Date = Date()) -> Session? {
        guard var session = sessions[token] else { return nil }
        guard session.expires > now else {
            sessions[token] = nil
            return nil
        }
        session.expires = now.addingTimeInterval(lifetime)
        sessions[token] = session
        return session
    }

    /// Whether the session is still there and unexpired, without extending it (a live page left
    /// open must not keep a session alive for ever).
    func isLive(_ token: String, now: Date = Date()) -> Bool { (sessions[token]?.expires ?? .distantPast) > now }

    func remove(_ token: String) { sessions[token] = nil }

    func addEmergency(_ emergency: PendingEmergency, to token: String) -> String? {
        guard sessions[token] != nil else { return nil }
        let confirmation = Tokens.make()
        sessions[token]!.pendingEmergencies = sessions[token]!.pendingEmergencies.filter { $0.value.made > emergency.made.addingTimeInterval(-600) }
        sessions[token]!.pendingEmergencies[confirmation] = emergency
        return confirmation
    }

    /// The emergency waiting under `confirmation` (taken: a second confirm does not send it twice).
    func takeEmergency(_ confirmation: String, from token: String, now: Date = Date()) -> PendingEmergency? {
        guard let emergency = sessions[token]?.pendingEmergencies.removeValue(forKey: confirmation) else { return nil }
        return emergency.made > now.addingTimeInterval(-600) ? emergency : nil
    }

    private func prune(now: Date) {
        guard now.timeIntervalSince(lastPrune) > 60 else { return }
        lastPrune = now
        sessions = sessions.filter { $0.value.expires > now }
    }
}
