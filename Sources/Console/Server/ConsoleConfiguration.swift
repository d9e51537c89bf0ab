import Foundation
import Hub

/// How the console runs (docs/console.md, "Running it").
public struct ConsoleConfiguration: Sendable {
    public struct Listen: Sendable, Equatable {
        public var host: String
        /// 0: any free port (`onServerRunning` is told which).
        public var port: Int
        public init(host: String = "127.0.0.1", port: Int = 8080) {
            self.host = host
            self.port = port
        }
    }

    public struct TLSFiles: Sendable, Equatable {
        public var certificate: String
        public var key: String
        public init(certificate: String, key: String) {
            self.certificate = certificate
            self.key = key
        }
    }

    /// The hub as the console's own role (`dalaba_console`) with its password.
    public var hub: HubSettings
    public var listen: Listen
    /// HTTPS with this certificate chain and key (PEM); cookies then get `Secure`.
    public var tls: TLSFiles?
    /// `Secure` cookies although the console speaks plain HTTP (behind a TLS-terminating proxy).
    public var secureCookies: Bool
    /// A session's life since its last use.
    public var sessionLifetime: TimeInterval
    /// A village silent longer counts as offline (as `dalaba hub status --offline-after`).
    public var offlineAfter: Double
    /// Connections of `dalaba_console` to the hub.
    public var poolSize: Int
    /// Wrong passwords within `loginWindow` for one name or from one address before the
    /// following sign-ins are refused unchecked.
    public var loginLimit: Int
    public var loginWindow: TimeInterval
    /// How long the live pages gather changes before asking the hub (one query for all of them).
    public var liveGathering: Duration
    /// The township's clock for the pages (the machine's by default).
    public var timeZone: TimeZone
    /// 试听 renderings at a time; one more is answered 503 at once (RenderGate).
    public var previewRenders: Int
    /// The pages' clock: which programs are past and next, what is today (the machine's; a test
    /// sets an instant near midnight). Sign-in, sessions and sending keep the real clock.
    public var clock: @Sendable () -> Date

    public init(
        hub: HubSettings, listen: Listen = Listen(), tls: TLSFiles? = nil, secureCookies: Bool = false,
        sessionLifetime: TimeInterval = 12 * 3600, offlineAfter: Double = 90, poolSize: Int = 10,
        loginLimit: Int = 10, loginWindow: TimeInterval = 15 * 60, liveGathering: Duration = .milliseconds(300),
        timeZone: TimeZone = .current, previewRenders: Int = 2, clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.hub = hub
        self.listen = listen
        self.tls = tls
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.offlineAfter = offlineAfter
        self.poolSize = poolSize
        self.loginLimit = loginLimit
        self.loginWindow = loginWindow
        self.liveGathering = liveGathering
        self.timeZone = timeZone
        self.previewRenders = previewRenders
        self.clock = clock
    }

    var cookiesSecure: Bool { secureCookies || tls != nil }
}
