import Hummingbird
import NIOCore

/// Each request's context: the client's address (for the sign-in limits and the audit log).
struct ConsoleContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let client: String?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        switch source.channel.remoteAddress {
        case .some(let address): client = address.ipAddress ?? address.pathname ?? "\(address)"
        case nil: client = nil
        }
    }
}
