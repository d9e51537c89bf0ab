import ControlWire
import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// The installed dalabad, started by hand as the unit starts it (user dalaba, umask 0027, its
/// state and runtime directories owned by dalaba and closed to others): a clerk in group dalaba
/// is served, anyone else is refused with one clear line.
final class InstalledServiceTests: XCTestCase {
    let clerk = "dalabaclerk"

    func sh(_ command: String) throws -> ProcessResult {
        try runDalaba(["-c", command], executable: "/bin/sh")
    }

    func testServesGroupMembersAndRefusesOthers() throws {
        try XCTSkipUnless(getuid() == 0, "creating the dalaba user and a clerk needs root")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd"), "needs useradd")
        let root = try temporaryDirectory(self)
        chmod(root.path, 0o755)
        let prefix = root.appendingPathComponent("usr/local").path
        let install = try runDalaba(["-C", repositoryRoot.path, "--no-print-directory", "install-only", "PREFIX=\(prefix)",
                                     "SYSCONFDIR=\(root.path)/etc", "BUILD_DIR=\(productsDirectory.path)"], executable: "/usr/bin/make")
        XCTAssertEqual(install.status, 0, install.stderr)

        // The system user as the installed sysusers file makes it (removed afterwards if new).
        let hadUser = try sh("getent passwd dalaba").status == 0
        let sysusers = try runDalaba(["\(prefix)/lib/sysusers.d/dalaba.conf"], executable: "/usr/bin/systemd-sysusers")
        XCTAssertEqual(sysusers.status, 0, sysusers.stderr)
        XCTAssertEqual(try sh("useradd --system --no-create-home -G dalaba \(clerk)").status, 0)
        addTeardownBlock { [clerk] in
            _ = try? runDalaba(["-c", "userdel \(clerk)"], executable: "/bin/sh")
            if !hadUser { _ = try? runDalaba(["-c", "userdel dalaba; groupdel dalaba"], executable: "/bin/sh") }
        }

        // What StateDirectory= and RuntimeDirectory= create: owned by dalaba, mode 0750.
        let state = root.appendingPathComponent("var/lib/dalaba").path, run = root.appendingPathComponent("run/dalaba").path
        XCTAssertEqual(try sh("mkdir -p \(state) \(run) && chown dalaba:dalaba \(state) \(run) && chmod 0750 \(state) \(run)").status, 0)
        let socket = "\(run)/control.sock"
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: "/bin/sh")
        daemon.arguments = ["-c", "umask 0027; exec /usr/bin/setpriv --reuid=dalaba --regid=dalaba --init-groups \(prefix)/bin/dalabad "
            + "--schedules \(root.path)/etc/dalaba/schedules --voices \(root.path)/etc/dalaba/voices "
            + "--state \(state) --socket \(socket) --output null"]
        let log = Pipe()
        daemon.standardError = log
        daemon.standardOutput = log
        try daemon.run()
        addTeardownBlock {
            daemon.terminate()
            daemon.waitUntilExit()
        }
        let deadline = Date().addingTimeInterval(30)
        // Until it answers: the socket file appears a moment before the daemon listens on it.
        while !UnixSocket.isLive(socket), Date() < deadline, daemon.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertTrue(UnixSocket.isLive(socket), "the daemon came up as user dalaba")

        let attributes = try FileManager.default.attributesOfItem(atPath: socket)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o660)
        XCTAssertEqual(attributes[.ownerAccountName] as? String, "dalaba")

        let asClerk = "/usr/bin/setpriv --reuid=\(clerk) --regid=\(clerk) --init-groups \(prefix)/bin/dalaba"
        let status = try sh("\(asClerk) status --socket \(socket)")
        XCTAssertEqual(status.status, 0, status.stderr)
        let say = try sh("\(asClerk) say 各位村民请注意 --socket \(socket)")
        XCTAssertEqual(say.status, 0, say.stderr)

        let asOutsider = "/usr/bin/setpriv --reuid=nobody --regid=nogroup --clear-groups \(prefix)/bin/dalaba"
        let refused = try sh("\(asOutsider) status --socket \(socket)")
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr.trimmingCharacters(in: .whitespacesAndNewlines),
                       "Error: permission denied on \(socket): only root and members of group dalaba may use the station")
    }
}
