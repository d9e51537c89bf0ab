import Foundation
import Platform
import XCTest

final class DirectoryWatcherTests: XCTestCase {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() { lock.lock(); value += 1; lock.unlock() }
        var count: Int { lock.lock(); defer { lock.unlock() }; return value }
    }

    func makeDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        return dir
    }

    func wait(_ seconds: Double) { Thread.sleep(forTimeInterval: seconds) }

    /// An editor's save (temporary file, rename over the original, a stray swap file) is one reload.
    /// (The debounce is the product's 300 ms: at 200 ms a loaded machine could leave that long
    /// between two of the writes below.)
    func testEditorSaveBurstIsOneChange() throws {
        let dir = try makeDirectory()
        let file = dir.appendingPathComponent("morning.yaml")
        try "title: a\n".write(to: file, atomically: false, encoding: .utf8)
        let counter = Counter()
        let watcher = try DirectoryWatcher(directories: [dir.path], debounce: .milliseconds(300), queue: DispatchQueue(label: "t"),
                                           relevant: { $0.hasSuffix(".yaml") }, onChange: { counter.increment() })
        defer { watcher.cancel() }
        try "x".write(to: dir.appendingPathComponent(".morning.yaml.swp"), atomically: false, encoding: .utf8)
        let temporary = dir.appendingPathComponent("morning.yaml~tmp")
        try "title: b\n".write(to: temporary, atomically: false, encoding: .utf8)
        XCTAssertEqual(rename(temporary.path, file.path), 0)
        try "title: c\n".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertTrue(eventually { counter.count >= 1 })
        wait(0.8)  // a second reload would come by now
        XCTAssertEqual(counter.count, 1)
    }

    func testIrrelevantFilesCauseNothing() throws {
        let dir = try makeDirectory()
        let counter = Counter()
        let watcher = try DirectoryWatcher(directories: [dir.path], debounce: .milliseconds(100), queue: DispatchQueue(label: "t"),
                                           relevant: { $0.hasSuffix(".yaml") }, onChange: { counter.increment() })
        defer { watcher.cancel() }
        try "x".write(to: dir.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        wait(0.4)
        XCTAssertEqual(counter.count, 0)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("notes.txt"))
        try "x".write(to: dir.appendingPathComponent("new.yaml"), atomically: false, encoding: .utf8)
        XCTAssertTrue(eventually { counter.count >= 1 })
        XCTAssertEqual(counter.count, 1)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("new.yaml"))
        XCTAssertTrue(eventually { counter.count >= 2 }, "a deleted program is a change too")
        wait(0.4)  // a third would come by now
        XCTAssertEqual(counter.count, 2)
    }

    func testMissingDirectoryIsAClearError() {
        XCTAssertThrowsError(try DirectoryWatcher(directories: ["/nonexistent/schedules"], queue: .main, onChange: {})) { error in
            XCTAssertEqual("\(error)", "cannot watch /nonexistent/schedules for changes: No such file or directory")
        }
    }
}
