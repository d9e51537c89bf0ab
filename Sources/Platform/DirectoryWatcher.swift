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
    /// For a watched directory that went away: its parent's watch → the names awaited there,
    /// so the directory is watched again as soon as it is made again (not only at a reload).
    private var awaited: [Int32: Set<String>] = [:]
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
                    awaited[wd] = nil
                    relevantChange = true
                } else if eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, awaited[wd]?.contains(name) == true {
                    relevantChange = true  // a missing directory is back
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

    /// A directory that was deleted and made again (editors, `rsync --delete-after`, a git
    /// checkout) is watched anew; while it is missing, its parent is watched for its return.
    private func rewatchMissing() {
        for path in paths where !watches.values.contains(path) {
            let wd = inotify_add_watch(fd, path, Self.mask)
            let (parent, name) = Self.split(path)
            if wd >= 0 {
                watches[wd] = path
                for key in awaited.keys { awaited[key]?.remove(name) }
                continue
            }
            // IN_MASK_ADD: the parent may be watched already (the config folder holding schedules/).
            let parentWD = inotify_add_watch(fd, parent, UInt32(IN_CREATE | IN_MOVED_TO | IN_ONLYDIR | IN_MASK_ADD))
            if parentWD >= 0 {
                awaited[parentWD, default: []].insert(name)
            } else {
                // Not even the parent is there: look again in a while.
                queue.asyncAfter(deadline: .now() + .seconds(2)) { [weak self] in self?.lookForMissing() }
            }
        }
    }

    /// While neither a directory nor its parent exists: reload once it is back.
    private func lookForMissing() {
        guard source != nil else { return }
        let missing = paths.filter { !watches.values.contains($0) }
        guard !missing.isEmpty else { return }
        if missing.contains(where: { access($0, F_OK) == 0 }) {
            rewatchMissing()
            onChange()
        } else {
            rewatchMissing()
        }
    }

    private static func split(_ path: String) -> (parent: String, name: String) {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", trimmed) }
        let parent = trimmed[..<slash]
        return (parent.isEmpty ? "/" : String(parent), String(trimmed[trimmed.index(after: slash)...]))
    }
}
