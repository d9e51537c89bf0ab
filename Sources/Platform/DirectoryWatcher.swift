import Dispatch
import Glibc

/// Calls `onChange` once things settle after files change in some directories (inotify).
/// Editors save by writing a temporary file and renaming it over the old one, often in several
/// steps; the debounce turns such a burst into one call.
public final class DirectoryWatcher: @unchecked Sendable {
    public struct WatchError: Error, CustomStringConvertible {
        public var description: String
    }

    private let fd: Int32
    private let queue: DispatchQueue
    private let debounce: DispatchTimeInterval
    private let relevant: @Sendable (String) -> Bool
    private let onChange: @Sendable () -> Void
    private var source: DispatchSourceRead?
    private var pending: DispatchWorkItem?
    private var watches: [Int32: String] = [:]
    private let paths: [String]

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// `relevant` filters by file name (e.g. only `.yaml`), so an editor's swap files alone
    /// cause no reload. Throws when a directory cannot be watched (missing, no permission).
    public init(directories: [String], debounce: DispatchTimeInterval = .milliseconds(300),
                queue: DispatchQueue, relevant: @escaping @Sendable (String) -> Bool = { _ in true },
                onChange: @escaping @Sendable () -> Void) throws {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw WatchError(description: "cannot watch for file changes: \(String(cString: strerror(errno)))") }
        self.queue = queue
        self.debounce = debounce
        self.relevant = relevant
        self.onChange = onChange
        self.paths = directories
        for path in directories {
            let wd = inotify_add_watch(fd, path, Self.mask)
            guard wd >= 0 else {
                let message = String(cString: strerror(errno))
                close(fd)
                throw WatchError(description: "cannot watch \(path) for changes: \(message)")
            }
            watches[wd] = path
        }
        let source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        source.setEventHandler { [weak self] in self?.drain() }
        source.setCancelHandler { [fd] in close(fd) }
        self.source = source
        source.resume()
    }

    deinit { cancel() }

    public func cancel() {
        pending?.cancel()
        source?.cancel()
        source = nil
    }

    /// Reads every queued event; any relevant one (re)starts the debounce timer.
    private func drain() {
        let size = 64 * 1024
        var buffer = [UInt8](repeating: 0, count: size)
        var relevantChange = false
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, size) }
            if n <= 0 { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= n {
                let (wd, eventMask, nameLength) = buffer.withUnsafeBytes { raw in
                    let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<min(n, nameStart + nameLength)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if eventMask & UInt32(IN_IGNORED) != 0 {
                    watches[wd] = nil  // the directory itself went away; re-added when it is back
                    relevantChange = true
                } else if eventMask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 || relevant(name) {
                    relevantChange = true
                }
                offset = nameStart + nameLength
            }
        }
        guard relevantChange else { return }
        pending?.cancel()
        let work = DispatchWorkItem { [weak self] in
            guard let self else { return }
            self.rewatchMissing()
            self.onChange()
        }
        pending = work
        queue.asyncAfter(deadline: .now() + debounce, execute: work)
    }

    /// A directory that was deleted and made again (some sync tools do that) is watched anew.
    private func rewatchMissing() {
        for path in paths where !watches.values.contains(path) {
            let wd = inotify_add_watch(fd, path, Self.mask)
            if wd >= 0 { watches[wd] = path }
        }
    }
}
