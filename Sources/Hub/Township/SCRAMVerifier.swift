import Crypto
import Foundation

/// PostgreSQL's stored form of a password (`SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`,
/// RFC 5803), made here so that `CREATE ROLE … PASSWORD` carries the verifier and never the
/// password itself: the server's log and pg_stat_activity then show nothing to steal.
enum SCRAMVerifier {
    static let iterations = 4096

    static func make(password: String, salt: [UInt8] = randomSalt()) -> String {
        let salted = pbkdf2(password: Array(password.utf8), salt: salt, iterations: iterations)
        let key = SymmetricKey(data: salted)
        let clientKey = Array(HMAC<SHA256>.authenticationCode(for: Array("Client Key".utf8), using: key))
        let storedKey = Array(SHA256.hash(data: clientKey))
        let serverKey = Array(HMAC<SHA256>.authenticationCode(for: Array("Server Key".utf8), using: key))
        return "SCRAM-SHA-256$\(iterations):\(base64(salt))$\(base64(storedKey)):\(base64(serverKey))"
    }

    static func randomSalt() -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }

    /// PBKDF2-HMAC-SHA256 with one 32-byte block, which is all SCRAM-SHA-256 needs.
    static func pbkdf2(password: [UInt8], salt: [UInt8], iterations: Int) -> [UInt8] {
        let key = SymmetricKey(data: password)
        var u = Array(HMAC<SHA256>.authenticationCode(for: salt + [0, 0, 0, 1], using: key))
        var result = u
        for _ in 1..<iterations {
            u = Array(HMAC<SHA256>.authenticationCode(for: u, using: key))
            for index in result.indices { result[index] ^= u[index] }
        }
        return result
    }

    static func base64(_ bytes: [UInt8]) -> String { Data(bytes).base64EncodedString() }
}
