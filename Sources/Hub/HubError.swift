import Messages
import PostgresNIO

/// What went wrong, said so that the township's clerk or admin knows what to do next.
public enum HubError: Error, Equatable, CustomStringConvertible {
    case cannotConnect(url: String, underlying: String)
    case tls(sslRootCert: String?, underlying: String)
    /// The hub answered, but its certificate did not pass our check (verify-ca, verify-full):
    /// `why` says which part (HubSettings.certificateRefusal).
    case certificateRefused(url: String, why: String)
    case schemaTooNew(found: Int, known: Int)
    case notInitialized(url: String)
    case refused(String)

    public var description: String {
        switch self {
        case .cannotConnect(let url, let underlying):
            HubErrorMessage.cannotConnect.localized(["url": url, "underlying": underlying])
        case .tls(let root, let underlying):
            if let root {
                HubErrorMessage.tlsWithRoots.localized(["file": root, "underlying": underlying])
            } else {
                HubErrorMessage.tls.localized(["underlying": underlying])
            }
        case .certificateRefused(let url, let why):
            HubErrorMessage.certificateRefused.localized(["url": url, "why": why])
        case .schemaTooNew(let found, let known):
            HubErrorMessage.schemaTooNew.localized(["found": found, "known": known])
        case .notInitialized(let url):
            HubErrorMessage.notInitialized.localized(["url": url])
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
