import Foundation
import Station

#if canImport(Glibc)
    import Glibc
#endif

/// The control socket: a Unix stream socket speaking JSON lines. Non-blocking I/O on one
/// serial queue with Dispatch sources; every limit in `ControlLimits` is enforced here, and a
/// misbehaving client only ever loses its own connection.
public final class ControlServer: @unchecked Sendable {
    public let path: String
    private let handler: ControlHandler
    private let limits: ControlLimits
    private let log: StationLog
    private let queue = DispatchQueue(label: "dalaba.control")
    private var listener: Int32 = -1
    private var acceptSource: DispatchSourceRead?
    private var connections: [Int32: Connection] = [:]
    private var idleSweep: DispatchSourceTimer?
    /// Busy refusals are logged at most once a second; the others are counted into that line.
    private var lastBusyLog: UInt64 = 0
    private var unloggedBusy = 0

    /// Touched only on `queue`; Sendable so that a watcher's event callback can hold it weakly.
    private final class Connection: @unchecked Sendable {
        let fd: Int32
        let peer: Peer
        var readSource: DispatchSourceRead?
        var writeSource: DispatchSourceWrite?
        var input = Data()
        var output = Data()
        var watchToken: UUID?
        var readSuspended = false
        /// After an oversize line: the error reply goes out, the rest of the input is read and
        /// thrown away (closing with unread input would reset the connection and lose the reply).
        var discarding = false
        var discarded = 0
        /// Set once the connection is to be closed as soon as its output is flushed.
        var closing = false
        /// Uptime (ns) of the last byte received or sent: the idle timeout counts from it.
        var lastActivity = DispatchTime.now().uptimeNanoseconds
        /// A reply is still being sent: further request lines wait (and reading stops) until
        /// it is, so a client that pipelines requests without reading holds one reply, not many.
        var waitingForFlush = false
        /// A `later` reply is being computed: the next lines wait (reading pauses) until it is sent.
        var awaiting = false
        /// The client half-closed while a reply was awaited: finish once it is sent.
        var inputEnded = false

        init(fd: Int32, peer: Peer) {
            self.fd = fd
            self.peer = peer
        }
    }

    public init(path: String, handler: ControlHandler, limits: ControlLimits = ControlLimits(), log: StationLog) {
        self.path = path
        self.handler = handler
        self.limits = limits
        self.log = log
    }

    /// Creates the socket file (mode 0660, group `dalaba` when it exists) and starts accepting.
    /// Fails with a sentence when another daemon already answers at `path`.
    public func start() throws {
        let directory = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: path) {
            if UnixSocket.isLive(path) {
                throw UnixSocket.Failure(description: "another dalabad is already running at \(path)")
            }
            unlink(path)  // left behind by a daemon that was killed
        }
        let fd = try UnixSocket.stream(nonBlocking: true)
        do {
            try UnixSocket.bind(fd, to: path)
            chmod(path, 0o660)
            if let group = getgrnam(Peer.group)?.pointee.gr_gid { _ = chown(path, uid_t.max, group) }
            guard listen(fd, 128) == 0 else {
                throw UnixSocket.Failure(description: "cannot listen on \(path): \(UnixSocket.errorText())")
            }
        } catch {
            close(fd)
            throw error
        }
        listener = fd
        let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        source.setEventHandler { [weak self] in self?.acceptAll() }
        source.setCancelHandler { close(fd) }
        acceptSource = source
        source.resume()
        let sweep = DispatchSource.makeTimerSource(queue: queue)
        let every = max(0.05, min(1, limits.idleTimeout / 4))
        sweep.schedule(deadline: .now() + every, repeating: every, leeway: .milliseconds(100))
        sweep.setEventHandler { [weak self] in self?.closeIdle() }
        idleSweep = sweep
        sweep.resume()
    }

    /// Closes every connection and removes the socket file.
    public func stop() {
        queue.sync {
            acceptSource?.cancel()
            acceptSource = nil
            idleSweep?.cancel()
            idleSweep = nil
            for connection in connections.values { drop(connection) }
            unlink(path)
        }
    }

    public var connectionCount: Int { queue.sync { connections.count } }

    // MARK: on `queue`

    private func acceptAll() {
        while true {
            // accept4 hides behind _GNU_SOURCE in Glibc's module: set the flags by hand.
            let fd = accept(listener, nil, nil)
            if fd >= 0 {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            }
            if fd < 0 {
                if errno == EINTR { continue }
                if errno != EAGAIN && errno != EWOULDBLOCK { log.warning("control socket: accept failed: \(UnixSocket.errorText())") }
                return
            }
            guard let peer = Peer.of(socket: fd) else {
                close(fd)
                continue
            }
            if let refusal = refusal(for: peer) {
                // Sent before closing: the client reads "busy" (its own request, unread, is
                // dropped; the client reads the reply already queued to it).
                let line = Wire.failure(refusal)
                _ = line.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                close(fd)
                logBusy(peer, refusal)
                continue
            }
            open(Connection(fd: fd, peer: peer))
        }
    }

    /// Why `peer` may not connect now, or nil. Root may use every connection; the other users
    /// together leave `rootReserve` for root, and each of them has `maxClientsPerUser`.
    private func refusal(for peer: Peer) -> ControlError? {
        if peer.uid == 0 {
            return connections.count < limits.maxClients ? nil : .busy
        }
        guard connections.count < limits.maxClients - limits.rootReserve else { return .busy }
        let own = connections.values.reduce(0) { $0 + ($1.peer.uid == peer.uid ? 1 : 0) }
        return own < limits.maxClientsPerUser ? nil : .busy(user: peer.name, limit: limits.maxClientsPerUser)
    }

    private func logBusy(_ peer: Peer, _ refusal: ControlError) {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now &- lastBusyLog >= 1_000_000_000 else {
            unloggedBusy += 1
            return
        }
        let more = unloggedBusy > 0 ? " (and \(unloggedBusy) more refused since the last such line)" : ""
        log.warning("control socket: busy: refused \(peer.name) (pid \(peer.pid)) with \(connections.count) connection(s) open: \(refusal.message)\(more)")
        lastBusyLog = now
        unloggedBusy = 0
    }

    /// Closes connections that sent nothing for `idleTimeout` (a watcher only listens and is
    /// left alone); they get an `idle` error line first when nothing else is waiting for them.
    private func closeIdle() {
        let now = DispatchTime.now().uptimeNanoseconds
        let limit = UInt64(limits.idleTimeout * 1e9)
        var closed: [String: Int] = [:]
        for connection in connections.values
        where connection.watchToken == nil && !connection.discarding && !connection.awaiting
            && now &- connection.lastActivity > limit {
            // Bytes that arrived while this queue was busy (a long reload) are not idleness.
            var byte: UInt8 = 0
            if !connection.readSuspended, recv(connection.fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) > 0 {
                connection.lastActivity = now
                continue
            }
            closed[connection.peer.name, default: 0] += 1
            if connection.output.isEmpty && !connection.closing {
                enqueue(Wire.failure(.idle(Int(limits.idleTimeout.rounded(.up)))), on: connection)
                finish(connection)
            } else {
                drop(connection)  // not reading what it was sent
            }
        }
        guard !closed.isEmpty else { return }
        let who = closed.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
        log.warning("control socket: closed \(closed.values.reduce(0, +)) connection(s) that sent nothing for \(Int(limits.idleTimeout.rounded(.up))) s (\(who))")
    }

    private func open(_ connection: Connection) {
        connections[connection.fd] = connection
        let source = DispatchSource.makeReadSource(fileDescriptor: connection.fd, queue: queue)
        source.setEventHandler { [weak self, weak connection] in if let connection { self?.readAvailable(connection) } }
        let fd = connection.fd
        source.setCancelHandler { close(fd) }
        connection.readSource = source
        source.resume()
    }

    private func readAvailable(_ connection: Connection) {
        guard connections[connection.fd] === connection else { return }  // dropped; its fd may be reused
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while !connection.closing, !connection.awaiting {
            let count = recv(connection.fd, &chunk, chunk.count, 0)
            if count > 0, connection.discarding {
                connection.lastActivity = DispatchTime.now().uptimeNanoseconds
                connection.discarded += count
                if connection.discarded > Self.discardLimit { return drop(connection) }
                continue
            }
            if count > 0 {
                connection.lastActivity = DispatchTime.now().uptimeNanoseconds
                connection.input.append(contentsOf: chunk[0..<count])
                processLines(connection)
                if connection.waitingForFlush { return }  // reading resumes once the reply is sent
                continue
            }
            if count < 0 && errno == EINTR { continue }
            if count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { return }
            if connection.discarding { return drop(connection) }
            return endOfInput(connection, reset: count < 0)
        }
    }

    /// End of input (or a reset): a last line without its newline still counts.
    private func endOfInput(_ connection: Connection, reset: Bool) {
        connection.inputEnded = true
        pauseReading(connection)
        if !connection.input.isEmpty, !connection.closing {
            let line = connection.input
            connection.input.removeAll()
            handle(line, on: connection)
        }
        if connection.awaiting { return }  // finished once its reply is sent
        if connection.watchToken == nil || reset { finish(connection) }  // else a watcher that half-closed keeps listening
    }

    private func processLines(_ connection: Connection) {
        while !connection.closing, !connection.discarding, !connection.awaiting, let newline = connection.input.firstIndex(of: 0x0A) {
            if !connection.output.isEmpty {
                // The last reply is not sent yet: the next request waits for it.
                connection.waitingForFlush = true
                return pauseReading(connection)
            }
            let line = connection.input[connection.input.startIndex..<newline]
            connection.input.removeSubrange(connection.input.startIndex...newline)
            guard line.count <= limits.maxLineBytes else { return refuseOversize(connection) }
            handle(Data(line), on: connection)
        }
        if !connection.discarding, !connection.awaiting, connection.input.count > limits.maxLineBytes { refuseOversize(connection) }
    }

    /// How much of an oversize request is read and dropped before the connection is cut.
    static let discardLimit = 64 << 20

    private func refuseOversize(_ connection: Connection) {
        connection.input.removeAll()
        connection.discarding = true
        log.warning("control socket: \(connection.peer.name) (pid \(connection.peer.pid)) sent a line over \(limits.maxLineBytes) bytes; closing")
        enqueue(Wire.failure(.lineTooLong(limits.maxLineBytes)), on: connection)
    }

    private func handle(_ line: Data, on connection: Connection) {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }  // blank lines are harmless
        switch handler.handle(line, from: connection.peer) {
        case .reply(let reply):
            enqueue(reply, on: connection)
        case .later(let work):
            connection.awaiting = true
            pauseReading(connection)
            let queue = self.queue
            DispatchQueue.global(qos: .userInitiated).async { [weak self] in
                let reply = work()
                queue.async { [weak self] in self?.deliver(reply, laterOn: connection) }
            }
        case .watch(let reply):
            enqueue(reply, on: connection)
            guard connection.watchToken == nil else { return }
            let queue = self.queue
            // Keyed by the connection, not its fd: the engine drops an observer asynchronously,
            // so an event may still arrive after this connection closed and a new client got
            // the same descriptor.
            connection.watchToken = handler.observe { [weak self, weak connection] line in
                queue.async { [weak self, weak connection] in
                    guard let self, let connection, self.connections[connection.fd] === connection,
                          connection.watchToken != nil else { return }
                    self.enqueue(line, on: connection, isEvent: true)
                }
            }
        }
    }

    /// A `later` reply is ready: send it, then go on with the lines that came after its request.
    private func deliver(_ reply: Data, laterOn connection: Connection) {
        guard connections[connection.fd] === connection else { return }  // the client left meanwhile
        connection.awaiting = false
        enqueue(reply, on: connection)
        guard connections[connection.fd] === connection, !connection.closing else { return }
        processLines(connection)
        if connection.awaiting || connection.waitingForFlush { return }  // resumed once that is done
        if connection.inputEnded { endOfInput(connection, reset: false) } else { resumeReading(connection) }
    }

    /// A reply is queued whole, however large; events to a watcher that does not read them
    /// are bounded by `maxPendingOutputBytes`.
    private func enqueue(_ data: Data, on connection: Connection, isEvent: Bool = false) {
        connection.output.append(data)
        if isEvent, connection.output.count > limits.maxPendingOutputBytes {
            log.warning("control socket: \(connection.peer.name) (pid \(connection.peer.pid)) is not reading; dropping it")
            return drop(connection)
        }
        flush(connection)
    }

    private func flush(_ connection: Connection) {
        guard connections[connection.fd] === connection else { return }
        while !connection.output.isEmpty {
            let sent = connection.output.withUnsafeBytes { send(connection.fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent > 0 {
                connection.output.removeFirst(sent)
                connection.lastActivity = DispatchTime.now().uptimeNanoseconds
                continue
            }
            if sent < 0 && errno == EINTR { continue }
            if sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
                if connection.writeSource == nil {
                    let source = DispatchSource.makeWriteSource(fileDescriptor: connection.fd, queue: queue)
                    source.setEventHandler { [weak self, weak connection] in if let connection { self?.flush(connection) } }
                    connection.writeSource = source
                    source.resume()
                }
                return
            }
            return drop(connection)  // the peer went away
        }
        connection.writeSource?.cancel()
        connection.writeSource = nil
        if connection.discarding { shutdown(connection.fd, Int32(SHUT_WR)) }  // the reply, then end of file
        if connection.closing { return drop(connection) }
        if connection.waitingForFlush {
            connection.waitingForFlush = false
            // While a `later` reply is computed, its delivery resumes reading instead.
            if !connection.awaiting {
                resumeReading(connection)
                processLines(connection)  // requests that arrived meanwhile
            }
        }
    }

    /// Stops the (level-triggered) read source from firing for a connection we no longer read.
    private func pauseReading(_ connection: Connection) {
        guard !connection.readSuspended else { return }
        connection.readSuspended = true
        connection.readSource?.suspend()
    }

    private func resumeReading(_ connection: Connection) {
        guard connection.readSuspended, !connection.closing else { return }
        connection.readSuspended = false
        connection.readSource?.resume()
    }

    /// Closes once the replies already queued are sent.
    private func finish(_ connection: Connection) {
        connection.closing = true
        pauseReading(connection)
        if connection.output.isEmpty { drop(connection) } else { flush(connection) }
    }

    private func drop(_ connection: Connection) {
        guard connections.removeValue(forKey: connection.fd) != nil else { return }
        if let token = connection.watchToken { handler.stopObserving(token) }
        connection.watchToken = nil
        connection.writeSource?.cancel()
        connection.writeSource = nil
        // A suspended source must be resumed before it can be cancelled.
        if let source = connection.readSource {
            source.cancel()
            if connection.readSuspended { source.resume() }
        }
        connection.readSource = nil
    }
}
