import Hub
import HubTestSupport
import PostgresNIO
import XCTest

/// sslmode against a real PostgreSQL speaking TLS with a certificate from a CA of the test's own.
final class TLSTests: ClusterTestCase {
    override class func makeCluster() throws -> TestCluster {
        // 127.0.0.2 too: an address the certificate does not name (it names localhost and 127.0.0.1).
        try TestCluster(tls: true, settings: ["listen_addresses": "'127.0.0.1,127.0.0.2'"])
    }

    private func sslInUse(_ settings: HubSettings) async throws -> Bool {
        let connection = try await settings.connect()
        let ssl = try await connection.values("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()", as: Bool.self)
        try await connection.close()
        return ssl == [true]
    }

    func testVerifyFullConnectsWithTheHubsCAAndTheRightName() async throws {
        let cluster = Self.cluster!
        let settings = cluster.settings(
            user: cluster.superuser, password: cluster.superuserPassword, database: "postgres", overTCP: true, sslMode: .verifyFull,
            host: "localhost")
        XCTAssertEqual(settings.sslRootCert, cluster.caCertificatePath)
        let encrypted = try await sslInUse(settings)
        XCTAssertTrue(encrypted)
    }

    func testVerifyFullRefusesACertificateItCannotTrust() async throws {
        let cluster = Self.cluster!
        var settings = cluster.settings(
            user: cluster.superuser, password: cluster.superuserPassword, database: "postgres", overTCP: true, sslMode: .verifyFull,
            host: "localhost")
        settings.sslRootCert = nil  // the system's roots: they do not know the test's CA
        do {
            _ = try await sslInUse(settings)
            XCTFail("verify-full accepted a certificate from an unknown CA")
        } catch let error as HubError {
            guard case .certificateRefused(_, let why) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(why.contains("not signed by a certificate authority in this system's certificate authorities"), why)
            XCTAssertTrue("\(error)".contains("sslrootcert=FILE"), "it says what to do: \(error)")
        }
    }

    func testVerifyFullChecksTheNameAndVerifyCADoesNot() async throws {
        let cluster = Self.cluster!
        var settings = cluster.settings(
            user: cluster.superuser, password: cluster.superuserPassword, database: "postgres", overTCP: true, sslMode: .verifyFull,
            host: "127.0.0.1")
        let named = try await sslInUse(settings)
        XCTAssertTrue(named, "127.0.0.1 is in the certificate")
        settings.host = "127.0.0.2"
        do {
            _ = try await sslInUse(settings)
            XCTFail("verify-full accepted a certificate that does not name 127.0.0.2")
        } catch let error as HubError {
            guard case .certificateRefused(_, let why) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(why.contains("does not name 127.0.0.2"), why)
        }
        settings.sslMode = .verifyCA
        let chainOnly = try await sslInUse(settings)
        XCTAssertTrue(chainOnly, "verify-ca checks the chain, not the name")
    }

    func testRequireEncryptsWithoutCheckingAndDisableDoesNot() async throws {
        let cluster = Self.cluster!
        var settings = cluster.settings(
            user: cluster.superuser, password: cluster.superuserPassword, database: "postgres", overTCP: true, sslMode: .require)
        settings.sslRootCert = nil
        let required = try await sslInUse(settings)
        XCTAssertTrue(required)
        settings.sslMode = .disable
        let plain = try await sslInUse(settings)
        XCTAssertFalse(plain)
    }
}
