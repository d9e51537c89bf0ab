import PostgresNIO

/// What went wrong, said so that the township's clerk or admin knows what to do next.
public enum HubError: Error, Equatable, CustomStringConvertible {
    case cannotConnect(url: String, underlying: String)
    case tls(sslRootCert: String?, underlying: String)
    case schemaTooNew(found: Int, known: Int)
    case notInitialized(url: String)
    case refused(String)

    public var description: String {
        switch self {
        case .cannotConnect(let url, let underlying):
            "Cannot reach the hub at \(url): \(underlying). Check --hub or DALABA_HUB (or PGHOST…), that PostgreSQL runs, and the password."
        case .tls(let root, let underlying):
            if let root {
                "Cannot set up TLS with the certificate authorities in \(root): \(underlying)."
            } else {
                "Cannot set up TLS: \(underlying)."
            }
        case .schemaTooNew(let found, let known):
            "The hub's schema is version \(found), newer than this dalaba-hub knows (\(known)): install the newer dalaba on this machine."
        case .notInitialized(let url):
            "The hub at \(url) has no dalaba schema yet: run `dalaba hub init` first."
        case .refused(let message):
            message
        }
    }

    /// PostgreSQL's own message when there is one (postgres-nio's description hides it).
    public static func describe(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] {
                return message
            }
            return "\(psql.code)"
        }
        if let transaction = error as? PostgresTransactionError, let inner = transaction.closureError {
            return describe(inner)
        }
        return "\(error)"
    }
}
