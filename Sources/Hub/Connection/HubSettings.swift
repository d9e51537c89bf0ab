import Messages

/// Where the hub is and how to reach it, read as libpq reads it: a `postgresql://` URL (`--hub` or
/// `DALABA_HUB`), whatever it leaves out from the standard PG* environment variables (PGHOST,
/// PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, PGSSLROOTCERT), then the defaults. One
/// difference from libpq: with no database named anywhere the hub's is `dalaba`, not the user's name.
public struct HubSettings: Sendable, Equatable {
    /// A host name or address, or (starting with `/`) the directory of PostgreSQL's Unix socket.
    public var host: String
    public var port: Int
    public var user: String
    /// Only for passwords that come from a file or the environment: a URL with a password in it
    /// works but puts the secret on a command line, which the docs tell the reader not to do.
    public var password: String?
    public var database: String
    public var sslMode: SSLMode
    /// A PEM file of the certificate authorities to trust (verify-ca, verify-full); nil: the system's.
    public var sslRootCert: String?

    public static let defaultDatabase = "dalaba"
    /// Debian's socket directory, libpq's default host there.
    public static let defaultSocketDirectory = "/var/run/postgresql"

    public init(
        host: String = HubSettings.defaultSocketDirectory, port: Int = 5432, user: String, password: String? = nil,
        database: String = HubSettings.defaultDatabase, sslMode: SSLMode = .prefer, sslRootCert: String? = nil
    ) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.sslMode = sslMode
        self.sslRootCert = sslRootCert
    }

    /// libpq's `sslmode`. allow and prefer try TLS and take plain if the server has none; require
    /// insists on TLS without checking the certificate; verify-ca checks it against the roots;
    /// verify-full checks also that it names the host.
    public enum SSLMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var usesUnixSocket: Bool { host.hasPrefix("/") }

    /// The socket file of a Unix-socket host: `<directory>/.s.PGSQL.<port>`.
    public var unixSocketPath: String { host + "/.s.PGSQL.\(port)" }

    /// The settings from `url` (may be nil), completed from `environment` and the defaults.
    /// `osUser` is libpq's last resort for the user name.
    public static func resolve(url: String?, environment: [String: String], osUser: String) throws(HubURLError) -> HubSettings {
        var parts = try url.map { (u) throws(HubURLError) in try HubURL.parse(u) } ?? HubURL.Parts()
        func env(_ name: String) -> String? {
            guard let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        parts.host = parts.host ?? env("PGHOST")
        parts.port = parts.port ?? env("PGPORT")
        parts.user = parts.user ?? env("PGUSER")
        parts.password = parts.password ?? env("PGPASSWORD")
        parts.database = parts.database ?? env("PGDATABASE")
        parts.sslMode = parts.sslMode ?? env("PGSSLMODE")
        parts.sslRootCert = parts.sslRootCert ?? env("PGSSLROOTCERT")

        var settings = HubSettings(user: parts.user ?? osUser)
        if let host = parts.host {
            // libpq: several hosts separated by commas; the hub is one server.
            guard !host.contains(",") else { throw .invalid(HubErrorMessage.urlSeveralHosts.localized(["host": host])) }
            settings.host = host
        }
        if let port = parts.port {
            guard let number = Int(port), (1...65535).contains(number) else { throw .invalid(HubErrorMessage.urlPort.localized(["port": port])) }
            settings.port = number
        }
        settings.password = parts.password
        if let database = parts.database { settings.database = database }
        if let mode = parts.sslMode {
            guard let sslMode = SSLMode(rawValue: mode) else {
                throw .invalid(HubErrorMessage.urlSSLMode.localized(["mode": mode, "modes": SSLMode.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            settings.sslMode = sslMode
        }
        settings.sslRootCert = parts.sslRootCert
        return settings
    }

    /// The same place as a URL without the password, for messages and for a station's
    /// credentials file (the password goes on its own line there).
    public var url: String {
        var text = "postgresql://" + HubURL.encode(user, allowing: HubURL.userSafe) + "@"
        if usesUnixSocket {
            text += "/" + HubURL.encode(database, allowing: HubURL.pathSafe)
            text += "?host=" + HubURL.encode(host, allowing: HubURL.querySafe)
            if port != 5432 { text += "&port=\(port)" }
        } else {
            text += host.contains(":") ? "[\(host)]" : HubURL.encode(host, allowing: HubURL.userSafe)
            if port != 5432 { text += ":\(port)" }
            text += "/" + HubURL.encode(database, allowing: HubURL.pathSafe)
            text += "?sslmode=" + sslMode.rawValue
        }
        if let root = sslRootCert { text += "&sslrootcert=" + HubURL.encode(root, allowing: HubURL.querySafe) }
        return text
    }
}

public enum HubURLError: Error, Equatable, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let why):
            HubErrorMessage.urlUnusable.localized(["why": why])
        }
    }
}
