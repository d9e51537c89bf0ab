import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOCore
import NIOSSL

/// The console as a Hummingbird application (docs/console.md): its routes, the hub's connection
/// pool and the live updates as its services. `dalaba-console` runs it; so do the tests and the
/// bench, on a loopback port (`listen.port` 0: `onServerRunning` is told the port).
public func buildConsoleApplication(
    configuration: ConsoleConfiguration,
    previewer: (any AnnouncementPreviewer)? = nil,
    logger: Logger = Logger(label: "dalaba.console"),
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let server = try ConsoleServer(configuration: configuration, previewer: previewer, logger: logger)
    let router = Router(context: ConsoleContext.self)
    server.addRoutes(to: router)
    var builder: HTTPServerBuilder = .http1()
    if let files = configuration.tls {
        let chain = try NIOSSLCertificate.fromPEMFile(files.certificate).map { NIOSSLCertificateSource.certificate($0) }
        let key = try NIOSSLPrivateKey(file: files.key, format: .pem)
        let tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
        builder = try .tls(.http1(), tlsConfiguration: tls)
    }
    let port = configuration.listen.port
    return Application(
        router: router,
        server: builder,
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.listen.host, port: port), serverName: "dalaba-console"),
        services: [server.hub.client, server.live],
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
        logger: logger)
}
