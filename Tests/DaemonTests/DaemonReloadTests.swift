import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// A reload of a large schedules folder must not hold up the control socket.
final class DaemonReloadTests: XCTestCase {
    func testStatusAnswersWithin50msWhileAThousandFileReloadRuns() throws {
        let harness = try DaemonHarness()
        defer { harness.tearDown() }
        // A large station: 1,000 daily programs, none due within hours of now.
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date().addingTimeInterval(6 * 3600))
        for number in 0..<1000 {
            try """
                title: 通知\(number)
                text: 第\(number)号通知。
                days: daily
                times: ["\(String(format: "%02d:%02d", parts.hour!, number % 60))"]
                """.write(to: harness.schedules.appendingPathComponent(String(format: "p%04d.yaml", number)), atomically: true, encoding: .utf8)
        }
        try harness.start(output: "null")

        let reloader = try LineClient(path: harness.socket)
        let statuses = try LineClient(path: harness.socket)
        let reloadStart = Date()
        try reloader.send(#"{"cmd":"reload"}"#)
        let reloadReply = LineBox()
        DispatchQueue.global().async { reloadReply.line = (try? reloader.readLine()) ?? "no reply" }
        var latencies: [TimeInterval] = []
        var wholeProcess: [TimeInterval] = []
        while !reloadReply.done {
            let asked = Date()
            try statuses.send(#"{"cmd":"status"}"#)
            let reply = try statuses.readLine()
            latencies.append(Date().timeIntervalSince(asked))
            XCTAssertTrue(reply.contains(#""ok":true"#), reply)
            // And the clerk's command as a whole process, once the daemon is busy reloading.
            if wholeProcess.isEmpty, Date().timeIntervalSince(reloadStart) > 0.05 {
                let started = Date()
                let result = try harness.dalaba("status")
                XCTAssertEqual(result.status, 0, result.stderr)
                if !reloadReply.done { wholeProcess.append(Date().timeIntervalSince(started)) }
            }
        }
        let reloadSeconds = Date().timeIntervalSince(reloadStart)
        XCTAssertTrue(reloadReply.line?.contains(#""programs":1000"#) == true, reloadReply.line ?? "no reply")
        XCTAssertGreaterThan(latencies.count, 2, "statuses answered during a \(reloadSeconds) s reload")
        // Before the fix every status waited for the whole reload (1.1–1.3 s on an idle machine).
        // Now every one is answered within 50 ms, as the acceptance says, also on a box loaded
        // by other work (a status costs well under a millisecond of CPU: the next program is
        // remembered, not worked out from the thousand programs on every call).
        let sorted = latencies.sorted()
        let p90 = sorted[sorted.count * 9 / 10], slowest = sorted.last!
        XCTAssertLessThanOrEqual(slowest, 0.05, "every status within 50 ms: the slowest took \(slowest) s (p90 \(p90) s, reload \(reloadSeconds) s)")
        XCTAssertLessThan(slowest, reloadSeconds / 2, "the slowest status took \(slowest) s of a \(reloadSeconds) s reload")
        print("reload of 1,000 files: \(reloadSeconds) s; \(latencies.count) statuses over the socket, median \(sorted[sorted.count / 2] * 1000) ms, p90 \(p90 * 1000) ms, slowest \(slowest * 1000) ms; `dalaba status` process \(wholeProcess.map { $0 * 1000 }) ms")
    }
}

final class LineBox: @unchecked Sendable {
    private let lock = NSLock()
    private var _line: String?
    var line: String? {
        get { lock.withLock { _line } }
        set { lock.withLock { _line = newValue } }
    }
    var done: Bool { line != nil }
}

/// A blocking JSON-lines connection to the control socket.
final class LineClient: @unchecked Sendable {
    private let fd: Int32
    private var pending = Data()

    init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard withUnixAddress(path, { connect(fd, $0, $1) }) == 0 else { throw HarnessError("connect: \(errno)") }
        var limit = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    func send(_ line: String) throws {
        let bytes = Array(line.utf8) + [0x0A]
        guard Glibc.send(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else { throw HarnessError("send: \(errno)") }
    }

    func readLine() throws -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            if let newline = pending.firstIndex(of: 0x0A) {
                let line = pending[pending.startIndex..<newline]
                pending = Data(pending[(newline + 1)...])
                return String(decoding: line, as: UTF8.self)
            }
            let count = recv(fd, &buffer, buffer.count, 0)
            guard count > 0 else { throw HarnessError("no reply (\(count), errno \(errno))") }
            pending.append(contentsOf: buffer[0..<count])
        }
    }
}
