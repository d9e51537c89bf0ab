import Messages

/// What a station's link needs to log in to the hub, as the file `dalaba hub villages add` prints
/// once and the station keeps (read by dalaba-link through systemd's `LoadCredential=`):
///
///     # comment lines
///     village=茅村
///     hub=postgresql://dalaba_station_330102001001@hub.example/dalaba?sslmode=verify-full
///     password=…
///
/// The password is in the file only, never in the URL or on a command line.
public struct StationCredentials: Sendable, Equatable {
    public var village: String
    /// The hub URL without the password.
    public var hub: String
    public var password: String

    public init(village: String, hub: String, password: String) {
        self.village = village
        self.hub = hub
        self.password = password
    }

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case missing(String)
        case malformed(line: Int, text: String)

        public var description: String {
            switch self {
            case .missing(let key):
                HubErrorMessage.credentialsMissing.localized(["key": key])
            case .malformed(let line, let text):
                HubErrorMessage.credentialsMalformed.localized(["line": line, "text": text])
            }
        }
    }

    public static func parse(_ text: String) throws(ParseError) -> StationCredentials {
        var values: [String: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else { throw .malformed(line: index + 1, text: String(line)) }
            let key = line[..<equals].trimmingCharacters(in: " \t")
            values[key] = String(line[line.index(after: equals)...])
        }
        guard let hub = values["hub"], !hub.isEmpty else { throw .missing("hub") }
        guard let password = values["password"], !password.isEmpty else { throw .missing("password") }
        return StationCredentials(village: values["village"] ?? "", hub: hub, password: password)
    }

    /// The file's text, with comments saying what it is and where it goes.
    public var fileText: String {
        """
        # dalaba-link's credentials for the village \(village): keep this file secret.
        # On the station: install -m 0600 this-file /etc/dalaba/hub.credentials (see docs/hub.md).
        village=\(village)
        hub=\(hub)
        password=\(password)

        """
    }

    /// The settings to connect with: the URL's, the password from the file; the environment is
    /// not consulted (a station names its hub in its credentials only).
    public func settings() throws(HubURLError) -> HubSettings {
        var settings = try HubSettings.resolve(url: hub, environment: [:], osUser: "")
        guard !settings.user.isEmpty else { throw .invalid(HubErrorMessage.credentialsNoUser.localized()) }
        settings.password = password
        return settings
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(self.drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
