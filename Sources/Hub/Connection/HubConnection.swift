import Logging
import Messages
import NIOSSL
import PostgresNIO

extension Logger {
    /// postgres-nio wants a logger; the hub's commands print their own messages, so by default
    /// its log goes nowhere.
    public static let hub = Logger(label: "dalaba.hub", factory: { _ in SwiftLogNoOpLogHandler() })
}

extension HubSettings {
    /// postgres-nio's configuration for these settings, TLS included: verify-full checks the
    /// certificate chain against `sslRootCert` (or the system's roots) and the host name;
    /// verify-ca the chain only; require and prefer encrypt without checking, as libpq does.
    public func connectionConfiguration() throws -> PostgresConnection.Configuration {
        if usesUnixSocket {
            // TLS means nothing over a local socket; libpq does not try it either.
            return PostgresConnection.Configuration(
                unixSocketPath: unixSocketPath, username: user, password: password, database: database)
        }
        // postgres-nio sends a host name as SNI and NIOSSL checks it (verify-full); for an IP
        // address it checks the address the connection went to.
        return PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: try tls())
    }

    func tls() throws -> PostgresConnection.Configuration.TLS {
        guard let (tls, required) = tlsConfiguration() else { return .disable }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: tls)
        } catch {
            throw HubError.tls(sslRootCert: sslRootCert, underlying: "\(error)")
        }
        return required ? .require(context) : .prefer(context)
    }

    /// NIOSSL's client configuration for `sslMode` (nil: disable), and whether TLS is required
    /// (require, verify-ca, verify-full) or only tried (allow, prefer). A connection pool
    /// (the web console's) takes the configuration itself.
    public func tlsConfiguration() -> (configuration: TLSConfiguration, required: Bool)? {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch sslMode {
        case .disable:
            return nil
        case .allow, .prefer, .require:
            tls.certificateVerification = .none
        case .verifyCA:
            tls.certificateVerification = .noHostnameVerification
        case .verifyFull:
            tls.certificateVerification = .fullVerification
        }
        if let root = sslRootCert, sslMode == .verifyCA || sslMode == .verifyFull {
            tls.trustRoots = .file(root)
        }
        return (tls, !(sslMode == .allow || sslMode == .prefer))
    }

    /// One connection to the hub. The caller closes it.
    public func connect(logger: Logger = .hub) async throws -> PostgresConnection {
        let configuration = try connectionConfiguration()
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            if let why = certificateRefusal(error) { throw HubError.certificateRefused(url: url, why: why) }
            throw HubError.cannotConnect(url: url, underlying: HubError.describe(error))
        }
    }

    /// What our check of the hub's certificate refused, in words that say what to do; nil for
    /// any other failure. postgres-nio hands on NIOSSL's error as its `underlying`.
    func certificateRefusal(_ error: any Error) -> String? {
        var current: (any Error)? = error
        while let error = current {
            if let psql = error as? PSQLError {
                current = psql.underlying
                continue
            }
            if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname {
                return HubErrorMessage.certificateName.localized(["host": host])
            }
            if let ssl = error as? NIOSSLError, case .handshakeFailed(let boring) = ssl, "\(boring)".contains("CERTIFICATE_VERIFY_FAILED") {
                return HubErrorMessage.certificateUntrusted.localized([
                    "roots": sslRootCert ?? HubErrorMessage.systemRoots.localized(), "mode": sslMode.rawValue,
                ])
            }
            return nil
        }
        return nil
    }
}
