import Console
import Foundation
import HubTestSupport
import XCTest

/// Served over TLS (`--tls-certificate`/`--tls-key`), every cookie the console sets is `Secure`,
/// so a browser never sends the session over plain HTTP; behind a TLS proxy `--secure-cookies`
/// does the same. Over plain HTTP without it, cookies are not `Secure` (SignInTests: a browser
/// would drop a Secure cookie from http://, and nobody could sign in).
final class TLSCookieTests: ConsoleTestCase {
    nonisolated(unsafe) static var certificate = ""
    nonisolated(unsafe) static var directory: URL?

    override class func tearDown() {
        super.tearDown()
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    /// A self-signed certificate for 127.0.0.1 (openssl), the console serving HTTPS with it.
    override class func configure(_ configuration: inout ConsoleConfiguration) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-console-tls-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let certificate = directory.appendingPathComponent("console.crt").path, key = directory.appendingPathComponent("console.key").path
        let made = Tool.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                                                 "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", certificate])
        XCTAssertEqual(made.status, 0, made.output)
        Self.certificate = certificate
        Self.directory = directory
        configuration.tls = .init(certificate: certificate, key: key)
    }

    func testEveryCookieIsSecureOverTLS() throws {
        let client = try CurlClient(base: "https://127.0.0.1:\(harness.port)", caCertificate: Self.certificate)
        defer { try? FileManager.default.removeItem(atPath: client.jar) }
        let page = try client.request("/login")
        XCTAssertEqual(page.status, 200, page.body)
        let loginCookie = try XCTUnwrap(page.setCookies.first { $0.hasPrefix("dalaba_login=") }, "\(page.headers)")
        XCTAssertTrue(loginCookie.contains("; Secure"), loginCookie)
        let token = try XCTUnwrap(Browser.csrf(in: page.body))
        let signedIn = try client.request("/login", form: [("name", ConsoleHarness.clerkA.0), ("password", ConsoleHarness.clerkA.1), ("csrf", token)])
        XCTAssertEqual(signedIn.status, 303, signedIn.body)
        let session = try XCTUnwrap(signedIn.setCookies.first { $0.hasPrefix("dalaba_session=") }, "\(signedIn.headers)")
        XCTAssertTrue(session.contains("; Secure"), session)
        XCTAssertTrue(session.contains("HttpOnly") && session.contains("SameSite=Strict"), session)
        // The session works over HTTPS.
        let villages = try client.request("/villages")
        XCTAssertEqual(villages.status, 200)
        XCTAssertTrue(villages.body.contains("茅村"))
    }
}

final class ProxyCookieTests: ConsoleTestCase {
    override class func configure(_ configuration: inout ConsoleConfiguration) {
        configuration.secureCookies = true
    }

    func testSecureCookiesBehindATLSProxy() async throws {
        let browser = harness.browser()
        let page = try await browser.get("/login")
        XCTAssertTrue(try XCTUnwrap(page.setCookies.first { $0.hasPrefix("dalaba_login=") }).contains("; Secure"))
        let reply = try await browser.post("/login", [("name", ConsoleHarness.clerkA.0), ("password", ConsoleHarness.clerkA.1)])
        XCTAssertEqual(reply.status, 303, reply.body)
        let session = try XCTUnwrap(reply.setCookies.first { $0.hasPrefix("dalaba_session=") })
        XCTAssertTrue(session.contains("; Secure"), session)
    }
}

/// A program run to its end: its status and what it wrote (standard output and error together).
enum Tool {
    static func run(_ executable: String, _ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(executable): \(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// HTTPS requests with curl (the test's own HTTP client speaks plain HTTP only), trusting one
/// certificate, keeping cookies in a jar between requests.
struct CurlClient {
    let base: String
    let caCertificate: String
    let jar: String

    init(base: String, caCertificate: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else {
            throw XCTSkip("the TLS cookie test needs curl (Debian: apt-get install curl)")
        }
        self.base = base
        self.caCertificate = caCertificate
        jar = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-jar-\(UUID().uuidString.prefix(8))").path
    }

    func request(_ path: String, form: [(String, String)]? = nil) throws -> HTTPReply {
        var arguments = ["-sS", "--cacert", caCertificate, "-b", jar, "-c", jar, "-D", "-", "--max-time", "30"]
        for (name, value) in form ?? [] { arguments += ["--data-urlencode", "\(name)=\(value)"] }
        let result = Tool.run("/usr/bin/curl", arguments + [base + path])
        guard result.status == 0 else { throw HTTPFailure(description: "curl \(path): \(result.output)") }
        let parts = result.output.components(separatedBy: "\r\n\r\n")
        let head = parts[0].components(separatedBy: "\r\n")
        guard let statusLine = head.first, statusLine.split(separator: " ").count >= 2, let status = Int(statusLine.split(separator: " ")[1]) else {
            throw HTTPFailure(description: "curl \(path): no status line in \(result.output.prefix(200))")
        }
        let headers = head.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return HTTPReply(status: status, headers: headers, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}
