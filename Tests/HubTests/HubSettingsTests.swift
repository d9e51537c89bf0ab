import Hub
import XCTest

final class HubSettingsTests: XCTestCase {
    func testAFullURLWithVerifyFull() throws {
        let settings = try HubSettings.resolve(
            url: "postgresql://township@hub.example.cn:6432/county?sslmode=verify-full&sslrootcert=/etc/dalaba/ca.crt",
            environment: ["PGHOST": "elsewhere", "PGUSER": "nobody"], osUser: "root")
        XCTAssertEqual(settings, HubSettings(
            host: "hub.example.cn", port: 6432, user: "township", password: nil, database: "county",
            sslMode: .verifyFull, sslRootCert: "/etc/dalaba/ca.crt"))
        XCTAssertEqual(settings.url, "postgresql://township@hub.example.cn:6432/county?sslmode=verify-full&sslrootcert=/etc/dalaba/ca.crt")
    }

    func testTheEnvironmentFillsWhatTheURLLeavesOut() throws {
        let settings = try HubSettings.resolve(
            url: "postgresql://hub.example.cn",
            environment: ["PGUSER": "clerk", "PGPASSWORD": "secret", "PGSSLMODE": "require", "PGPORT": "5433", "PGDATABASE": "hub"],
            osUser: "root")
        XCTAssertEqual(settings.user, "clerk")
        XCTAssertEqual(settings.password, "secret")
        XCTAssertEqual(settings.sslMode, .require)
        XCTAssertEqual(settings.port, 5433)
        XCTAssertEqual(settings.database, "hub")
    }

    func testNothingGivenIsTheLocalSocketTheOSUserAndTheDalabaDatabase() throws {
        let settings = try HubSettings.resolve(url: nil, environment: [:], osUser: "postgres")
        XCTAssertEqual(settings, HubSettings(host: "/var/run/postgresql", port: 5432, user: "postgres", database: "dalaba", sslMode: .prefer))
        XCTAssertTrue(settings.usesUnixSocket)
        XCTAssertEqual(settings.unixSocketPath, "/var/run/postgresql/.s.PGSQL.5432")
    }

    func testSocketDirectoriesIPv6AndPercentEncoding() throws {
        let socket = try HubSettings.resolve(url: "postgresql://%2Ftmp%2Fpg:5499/hub", environment: [:], osUser: "u")
        XCTAssertEqual(socket.host, "/tmp/pg")
        XCTAssertEqual(socket.unixSocketPath, "/tmp/pg/.s.PGSQL.5499")
        let query = try HubSettings.resolve(url: "postgresql:///hub?host=/tmp/pg&port=5499&user=%E8%8C%85", environment: [:], osUser: "u")
        XCTAssertEqual(query.host, "/tmp/pg")
        XCTAssertEqual(query.user, "茅")
        XCTAssertEqual(try HubSettings.resolve(url: query.url, environment: [:], osUser: "x"), query, "url round-trips")
        let v6 = try HubSettings.resolve(url: "postgres://a:p%40ss@[::1]:7000/d", environment: [:], osUser: "u")
        XCTAssertEqual(v6.host, "::1")
        XCTAssertEqual(v6.port, 7000)
        XCTAssertEqual(v6.password, "p@ss")
        XCTAssertFalse(v6.url.contains("p@ss") || v6.url.contains("p%40ss"), "the password never goes back into a URL")
    }

    func testMistakesAreRefusedWithTheReason() {
        for (url, reason) in [
            ("mysql://x", "does not start with postgresql://"),
            ("postgresql://h:99999/d", "port 99999"),
            ("postgresql://h/d?sslmode=verify", "sslmode=verify: use one of disable, allow, prefer, require, verify-ca, verify-full"),
            ("postgresql://h/d?sslmod=require", "unknown parameter sslmod"),
            ("postgresql://h1,h2/d", "several hosts"),
            ("postgresql://h/d%zz", "not followed by two hex digits"),
        ] {
            XCTAssertThrowsError(try HubSettings.resolve(url: url, environment: [:], osUser: "u"), url) { error in
                XCTAssertTrue("\(error)".contains(reason), "\(url): \(error)")
            }
        }
    }

    func testTLSModesBecomePostgresNIOsSettings() throws {
        let base = try HubSettings.resolve(url: "postgresql://u@hub.example.cn/d", environment: [:], osUser: "u")
        for (mode, allowed, enforced) in [
            (HubSettings.SSLMode.disable, false, false), (.prefer, true, false), (.require, true, true), (.verifyFull, true, true),
        ] {
            var settings = base
            settings.sslMode = mode
            let configuration = try settings.connectionConfiguration()
            XCTAssertEqual(configuration.tls.isAllowed, allowed, mode.rawValue)
            XCTAssertEqual(configuration.tls.isEnforced, enforced, mode.rawValue)
        }
        var missingRoots = base
        missingRoots.sslMode = .verifyFull
        missingRoots.sslRootCert = "/nonexistent/ca.crt"
        XCTAssertThrowsError(try missingRoots.connectionConfiguration()) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/ca.crt"), "\(error)")
        }
    }

    func testStationCredentialsRoundTripAndRefuseAnIncompleteFile() throws {
        let credentials = StationCredentials(
            village: "茅村", hub: "postgresql://dalaba_station_330102001001@hub.example.cn/dalaba?sslmode=verify-full", password: "s3cret=x")
        let parsed = try StationCredentials.parse(credentials.fileText)
        XCTAssertEqual(parsed, credentials)
        let settings = try parsed.settings()
        XCTAssertEqual(settings.user, "dalaba_station_330102001001")
        XCTAssertEqual(settings.password, "s3cret=x")
        XCTAssertEqual(settings.sslMode, .verifyFull)
        XCTAssertThrowsError(try StationCredentials.parse("village=茅村\nhub=postgresql://u@h/d\n")) { error in
            XCTAssertEqual(error as? StationCredentials.ParseError, .missing("password"))
        }
    }
}
