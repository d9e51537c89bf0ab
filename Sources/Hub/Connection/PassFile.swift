/// libpq's password file (~/.pgpass, PGPASSFILE): lines `host:port:database:user:password`,
/// `*` matching anything, `\:` and `\\` escaped; the first matching line wins. For a Unix socket
/// libpq matches the host `localhost`.
public enum PassFile {
    public static func password(in text: String, for settings: HubSettings) -> String? {
        let host = settings.usesUnixSocket ? "localhost" : settings.host
        let wanted = [host, String(settings.port), settings.database, settings.user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(line)
            guard fields.count == 5 else { continue }
            if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    private static func split(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 4 {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
