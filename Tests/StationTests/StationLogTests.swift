import Foundation
import Testing

@testable import Station

final class Lines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

@Suite struct StationLogTests {
    @Test func journaldLinesCarryThePriorityPrefixAndTheId() {
        let lines = Lines()
        let log = StationLog(journald: true, write: lines.add)
        log.info("played", id: 12)
        log.warning("missed: quiet hours", id: 13)
        log.error("cannot open the store")
        #expect(lines.all == ["<6>announcement 12: played\n", "<4>announcement 13: missed: quiet hours\n", "<3>cannot open the store\n"])
    }

    @Test func terminalLinesAreTimestampedWithoutPrefix() {
        let lines = Lines()
        StationLog(journald: false, write: lines.add).warning("held", id: 3)
        let line = lines.all.first ?? ""
        #expect(!line.hasPrefix("<"))
        #expect(line.hasSuffix(" WARNING announcement 3: held\n"), "\(line)")
        #expect(line.first?.isNumber == true)
    }
}
