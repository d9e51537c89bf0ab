import DalabaCLI
import Foundation
import Messages
import XCTest

/// `make install` into a DESTDIR, with the binaries this test run built: the documented tree,
/// the clerk's files kept on a second install, a verified and hardened unit.
final class InstallTests: XCTestCase {
    func install(into destdir: URL, target: String = "install-only") throws -> ProcessResult {
        try runDalaba(["-C", repositoryRoot.path, "--no-print-directory", target, "DESTDIR=\(destdir.path)",
                       "BUILD_DIR=\(productsDirectory.path)"], executable: "/usr/bin/make")
    }

    func testInstallsTheDocumentedTree() throws {
        let root = try temporaryDirectory(self)
        let result = try install(into: root)
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = [
            "usr/local/bin/dalaba", "usr/local/bin/dalabad", "usr/local/libexec/dalaba/dalaba-tools", "usr/local/libexec/dalaba/dalaba-hub",
            "usr/local/share/dalaba/voices/standard.yaml", "usr/local/share/dalaba/voices/slow.yaml",
            "usr/local/share/dalaba/voices/mandarin/lexicon.bin", "usr/local/share/dalaba/voices/mandarin/g2pm.bin",
            "usr/local/share/dalaba/examples/schedules/station.yaml",
            "usr/local/lib/systemd/system/dalabad.service", "usr/local/lib/sysusers.d/dalaba.conf",
            "usr/local/lib/tmpfiles.d/dalaba.conf",
            "usr/local/share/bash-completion/completions/dalaba", "usr/local/share/zsh/site-functions/_dalaba",
            "usr/local/share/fish/vendor_completions.d/dalaba.fish",
            "usr/local/share/man/man1/dalaba.1", "usr/local/share/man/man8/dalabad.8",
            "usr/local/share/man/zh_CN/man1/dalaba.1",
            "usr/local/share/doc/dalaba/README.md",
            "etc/dalaba/schedules/station.yaml", "etc/dalaba/schedules/README.md",
            "etc/dalaba/voices/lexicon.local.tsv",
        ]
        for path in expected {
            XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "missing \(path)")
        }
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: root.appendingPathComponent("usr/local/bin/dalabad").path))
        // The shared voices are reached from /etc/dalaba/voices, where the admin may override one.
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: root.appendingPathComponent("etc/dalaba/voices/standard.yaml").path)
        XCTAssertEqual(link, "/usr/local/share/dalaba/voices/standard.yaml")
        let unit = try String(contentsOf: root.appendingPathComponent("usr/local/lib/systemd/system/dalabad.service"), encoding: .utf8)
        XCTAssertTrue(unit.contains("ExecStart=/usr/local/bin/dalabad "), unit)
        let completion = try String(contentsOf: root.appendingPathComponent("usr/local/share/bash-completion/completions/dalaba"), encoding: .utf8)
        XCTAssertTrue(completion.contains("say"), "the completion knows the subcommands")
        // The installed light `dalaba` finds the installed dalaba-tools for what it does not run itself.
        let handed = try runDalaba(["normalize", "12月5日"], executable: root.appendingPathComponent("usr/local/bin/dalaba").path)
        XCTAssertEqual(handed.status, 0, handed.stderr)
        XCTAssertEqual(handed.stdout, "十二月五日\n")
        // `man -L zh_CN dalaba` finds the Chinese page, plain `man dalaba` the English one.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/man") {
            let manpath = ["MANPATH": root.appendingPathComponent("usr/local/share/man").path, "MANWIDTH": "80"]
            let chinese = try runDalaba(["-L", "zh_CN", "dalaba"], executable: "/usr/bin/man", environment: manpath)
            XCTAssertEqual(chinese.status, 0, chinese.stderr)
            XCTAssertTrue(chinese.stdout.contains("控制村里的大喇叭"), chinese.stdout)
            let english = try runDalaba(["-L", "C", "dalaba"], executable: "/usr/bin/man", environment: manpath)
            XCTAssertTrue(english.stdout.contains("Control the village loudspeaker"), english.stdout)
        }
    }

    func testSecondInstallKeepsTheClerksSchedules() throws {
        let root = try temporaryDirectory(self)
        XCTAssertEqual(try install(into: root).status, 0)
        let schedules = root.appendingPathComponent("etc/dalaba/schedules")
        let samples = try FileManager.default.contentsOfDirectory(atPath: schedules.path).sorted()
        let edited = schedules.appendingPathComponent(samples.first { $0.hasSuffix(".yaml") && $0 != "station.yaml" }!)
        try "title: 本村自己的节目\n".write(to: edited, atomically: true, encoding: .utf8)
        let removed = schedules.appendingPathComponent("station.yaml")
        try FileManager.default.removeItem(at: removed)
        let lexicon = root.appendingPathComponent("etc/dalaba/voices/lexicon.local.tsv")
        try "檀山村\ttan2 shan1 cun1\n".write(to: lexicon, atomically: true, encoding: .utf8)

        let again = try install(into: root)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("already has files: left as they are"), again.stdout)
        XCTAssertEqual(try String(contentsOf: edited, encoding: .utf8), "title: 本村自己的节目\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: removed.path), "a sample the clerk deleted stays deleted")
        XCTAssertEqual(try String(contentsOf: lexicon, encoding: .utf8), "檀山村\ttan2 shan1 cun1\n")

        XCTAssertEqual(try install(into: root, target: "uninstall").status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("usr/local/bin/dalabad").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("usr/local/libexec/dalaba").path))
        XCTAssertEqual(try String(contentsOf: edited, encoding: .utf8), "title: 本村自己的节目\n", "uninstall leaves /etc/dalaba")
    }

    /// The issue's acceptance: exposure at most 2.0, and the installed unit verifies.
    func testUnitIsHardenedAndVerifies() throws {
        try checkUnit("dalabad", maxExposure: 2.0)
    }

    /// dalaba-link's unit (issue 15) as good as dalabad's: the same check, the same bound; it
    /// needs the network for the hub (dalabad has none), which is most of its exposure.
    func testLinkUnitIsHardenedAndVerifies() throws {
        try checkUnit("dalaba-link", maxExposure: 2.0)
        let unit = try String(contentsOf: repositoryRoot.appendingPathComponent("systemd/dalaba-link.service"), encoding: .utf8)
        XCTAssertTrue(unit.contains("LoadCredential=hub:/etc/dalaba/hub.credentials"), "the password comes from a credential, never a command line")
        let lines = unit.split(separator: "\n")
        XCTAssertFalse(lines.contains { $0.hasPrefix("ExecStart=") && $0.lowercased().contains("pass") }, "no password on its command line")
        XCTAssertFalse(lines.contains { $0.hasPrefix("Environment") }, "nor in its environment")
    }

    /// The township web console's unit (issue 16): the same bound; its login to the hub comes
    /// from a credential, never a command line or the environment.
    func testConsoleUnitIsHardenedAndVerifies() throws {
        try checkUnit("dalaba-console", maxExposure: 2.0)
        let unit = try String(contentsOf: repositoryRoot.appendingPathComponent("systemd/dalaba-console.service"), encoding: .utf8)
        XCTAssertTrue(unit.contains("LoadCredential=console.credentials:/etc/dalaba/console.credentials"))
        let settings = unit.split(separator: "\n").filter { !$0.hasPrefix("#") }
        XCTAssertFalse(settings.contains { $0.lowercased().contains("password") || $0.contains("PGPASS") }, "no password in the unit")
    }

    private func checkUnit(_ name: String, maxExposure: Double) throws {
        let unitFile = repositoryRoot.appendingPathComponent("systemd/\(name).service").path
        let security = try runDalaba(["security", "--offline=true", "--threshold=20", unitFile], executable: "/usr/bin/systemd-analyze")
        XCTAssertEqual(security.status, 0, security.stdout + security.stderr)
        let overall = security.stdout.split(separator: "\n").first { $0.contains("Overall exposure level") }
        let score = overall.flatMap { line in line.split(separator: " ").compactMap { Double($0) }.first }
        XCTAssertNotNil(score, security.stdout)
        XCTAssertLessThanOrEqual(score ?? 99, maxExposure)

        // verify wants ExecStart= and the man page to exist, so install relocated under a
        // temporary prefix (no DESTDIR) and verify the unit as installed there.
        let root = try temporaryDirectory(self)
        let relocated = try runDalaba(["-C", repositoryRoot.path, "--no-print-directory", "install-only",
                                       "PREFIX=\(root.path)/usr/local", "SYSCONFDIR=\(root.path)/etc",
                                       "BUILD_DIR=\(productsDirectory.path)"], executable: "/usr/bin/make")
        XCTAssertEqual(relocated.status, 0, relocated.stderr)
        let unit = root.appendingPathComponent("usr/local/lib/systemd/system/\(name).service")
        XCTAssertTrue(try String(contentsOf: unit, encoding: .utf8).contains("ExecStart=\(root.path)/usr/local/bin/\(name) "))
        let verify = try runDalaba(["verify", unit.path], executable: "/usr/bin/systemd-analyze",
                                   environment: ["MANPATH": root.appendingPathComponent("usr/local/share/man").path])
        XCTAssertEqual(verify.status, 0, verify.stdout + verify.stderr)
    }
}

final class ManualTests: XCTestCase {
    /// The committed man page (make man) must keep up with the commands.
    func testManPageNamesEverySubcommand() throws {
        let page = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/man/dalaba.1"), encoding: .utf8)
        let names = Dalaba.configuration.subcommands.compactMap { $0._commandName }
        XCTAssertGreaterThan(names.count, 10)
        for name in names {
            XCTAssertTrue(page.contains(".It Em \(name)\n"), "docs/man/dalaba.1 lacks \(name): run make man")
        }
    }

    /// The Chinese page (translated by hand) has every command, argument and option of the
    /// English one, in the same order, and its text is Chinese.
    func testChineseManPageFollowsTheEnglishOne() throws {
        func page(_ path: String) throws -> String {
            try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        }
        func items(_ page: String) -> [String] {
            page.split(separator: "\n").filter { $0.hasPrefix(".It ") }.map(String.init)
        }
        let english = try page("docs/man/dalaba.1"), chinese = try page("docs/man/zh_CN/dalaba.1")
        XCTAssertEqual(items(chinese), items(english), "docs/man/zh_CN/dalaba.1 must list what docs/man/dalaba.1 lists")
        // Prose lines: not requests, not the literal block of example commands.
        var inExample = false
        let text = chinese.split(separator: "\n").filter { line in
            if line.hasPrefix(".Bd") { inExample = true } else if line.hasPrefix(".Ed") { inExample = false }
            return !line.hasPrefix(".") && !inExample
        }
            .map { $0.replacingOccurrences(of: "\\:", with: "").replacingOccurrences(of: "\\%", with: "") }
        XCTAssertGreaterThan(text.count, 50)
        for line in text {
            XCTAssertEqual(EnglishProse.sentences(in: line, allowed: ["dalaba", "dalabad"]), [], line)
        }
    }
}
