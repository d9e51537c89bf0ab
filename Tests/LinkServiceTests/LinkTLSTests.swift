import Foundation
import Hub
import HubTestSupport
import StationTestSupport
import XCTest

/// A real TLS handshake between dalaba-link and the hub (issue 15): the cluster speaks TLS with
/// a server certificate (localhost, 127.0.0.1) signed by a CA made for the test; the station's
/// credentials say `sslmode=verify-full` with that CA as `sslrootcert`. The link connects, and
/// an announcement goes both ways over it; a CA that did not sign the hub's certificate, or a
/// host name the certificate does not give, is refused with an error that says which.
final class LinkTLSTests: ClusterTestCase {
    override class func makeCluster() throws -> TestCluster {
        // 127.0.0.2 too: an address the certificate does not name.
        try TestCluster(tls: true, settings: ["listen_addresses": "'127.0.0.1,127.0.0.2'"])
    }

    var stations: [Station] = []

    override func tearDown() {
        for station in stations { station.stop() }
        stations = []
    }

    private func village(_ name: String, code: String, database: String) async throws -> (Village, StationCredentials) {
        try await Self.cluster.addVillage(name, regionCode: "330102", villageCode: code, database: database, overTCP: true, sslMode: .verifyFull)
    }

    private func station(_ credentials: StationCredentials) throws -> Station {
        let station = try Station("茅村", credentials: credentials)
        stations.append(station)
        try station.startDaemon()
        return station
    }

    func testTheLinkConnectsWithVerifyFullAndTheHubsCA() async throws {
        let cluster = Self.cluster!
        let database = "tls_good"
        try await cluster.createHub(database)
        let (village, credentials) = try await village("茅村", code: "101001", database: database)
        XCTAssertTrue(credentials.hub.contains("sslmode=verify-full") && credentials.hub.contains("sslrootcert="), credentials.hub)
        XCTAssertTrue(credentials.hub.contains("@127.0.0.1:"), credentials.hub)
        let a = try station(credentials)
        try a.startLink()
        // The station's session is encrypted (the hub's own view of it).
        let encrypted = try await cluster.withSuperuser(database: database) { connection in
            try await connection.values(
                "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.usename = \(village.stationRole)", as: Bool.self)
        }
        XCTAssertEqual(encrypted, [true])
        try await cluster.execute("""
            INSERT INTO announcements (text) VALUES ('加密连接上的通知');
            INSERT INTO announcement_targets (announcement_id, village_id) SELECT max(id), \(village.id) FROM announcements;
            """, database: database)
        let played = eventually(timeout: 20) { (try? a.history().contains { $0.status == "played" && $0.key != nil }) == true }
        XCTAssertTrue(played, a.link?.output.text ?? "")
    }

    func testACAThatDidNotSignTheHubsCertificateIsRefused() async throws {
        let cluster = Self.cluster!
        try await cluster.createHub("tls_wrong_ca")
        let (_, credentials) = try await village("李庄", code: "101002", database: "tls_wrong_ca")
        let otherCA = try makeOtherCA()
        var settings = try credentials.settings()
        settings.sslRootCert = otherCA
        var wrong = credentials
        wrong.hub = settings.url
        let a = try station(wrong)
        try a.startLink(waitConnected: false)
        let link = try XCTUnwrap(a.link)
        XCTAssertTrue(link.wait(for: "is not signed by a certificate authority in \(otherCA)", timeout: 15), link.output.text)
        XCTAssertFalse(link.output.text.contains("connected to the hub"), link.output.text)
    }

    func testAHostNameTheCertificateDoesNotGiveIsRefused() async throws {
        let cluster = Self.cluster!
        try await cluster.createHub("tls_wrong_name")
        let (_, credentials) = try await village("王家", code: "101003", database: "tls_wrong_name")
        var settings = try credentials.settings()
        settings.host = "127.0.0.2"
        var wrong = credentials
        wrong.hub = settings.url
        let a = try station(wrong)
        try a.startLink(waitConnected: false)
        let link = try XCTUnwrap(a.link)
        XCTAssertTrue(link.wait(for: "the hub's certificate does not name 127.0.0.2", timeout: 15), link.output.text)
        XCTAssertFalse(link.output.text.contains("connected to the hub"), link.output.text)
    }

    /// A CA of its own (openssl), which signed nothing the hub holds.
    private func makeOtherCA() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-other-ca-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=another CA",
                             "-keyout", directory.appendingPathComponent("ca.key").path, "-out", directory.appendingPathComponent("ca.crt").path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return directory.appendingPathComponent("ca.crt").path
    }
}
