/// Audio rendered ahead of its due time, by announcement: what is ready, and what is being
/// rendered now (so each is rendered once). Used on the engine's queue only.
struct RenderCache<Rendered> {
    private var ready: [AnnouncementID: Result<Rendered, Error>] = [:]
    private var inFlight: [AnnouncementID: RenderPromise<Rendered>] = [:]

    /// Neither ready nor being rendered.
    func needsRender(_ id: AnnouncementID) -> Bool { ready[id] == nil && inFlight[id] == nil }

    /// A render begins; its promise is fulfilled by the render thread when it ends.
    mutating func began(_ id: AnnouncementID) -> RenderPromise<Rendered> {
        let promise = RenderPromise<Rendered>()
        inFlight[id] = promise
        return promise
    }

    /// The render of `id` still running, for a player to wait for (nil: none).
    func running(_ id: AnnouncementID) -> RenderPromise<Rendered>? { inFlight[id] }

    /// A render ended; its result is kept only if the announcement still waits (it may have
    /// started, been cancelled or missed meanwhile). Returns whether it was kept.
    @discardableResult
    mutating func finished(_ id: AnnouncementID, _ result: Result<Rendered, Error>, stillWaiting: Bool) -> Bool {
        inFlight[id] = nil
        if stillWaiting { ready[id] = result }
        return stillWaiting
    }

    /// The audio for a start (nil: the player renders it itself).
    mutating func take(_ id: AnnouncementID) -> Result<Rendered, Error>? { ready.removeValue(forKey: id) }

    /// Forgets what was rendered for an announcement that changed or left the queue; returns
    /// the audio that was ready, for the output to withdraw.
    @discardableResult
    mutating func drop(_ id: AnnouncementID) -> Rendered? {
        guard case .success(let rendered)? = ready.removeValue(forKey: id) else { return nil }
        return rendered
    }
}
