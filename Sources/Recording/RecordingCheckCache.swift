import Foundation
import Glibc

/// `Recording.check` remembered by the file's identity, so that a reload does not decode again
/// every recording that has not changed (about 0.7 s of CPU per 10-minute MP3, at every reload;
/// docs/audio.md has the figures). A changed file is decoded again, a missing one is never
/// remembered. The daemon keeps one for its life; `schedule check` needs none.
///
/// The identity is what stat(2) says: device, inode, size, and the modification and
/// status-change times to the nanosecond. A file copied over or saved anew changes its size or
/// its times; one replaced by a rename has another inode; the status-change time moves with
/// every write and cannot be set back (`touch -d` sets the modification time only). No content
/// hash: it would read every file at every reload, which is the cost this saves.
///
/// A file written twice within the file system's timestamp granularity keeps its times (git's
/// "racily clean" entries), so a result is remembered only for a file whose times lie `settle`
/// seconds before the check began, and whose identity after the check is the one before it.
public final class RecordingCheckCache: @unchecked Sendable {
    struct Identity: Equatable {
        var device: UInt64, inode: UInt64, size: Int64
        var modified: timespec, changed: timespec

        static func == (a: Identity, b: Identity) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }

        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            modified = info.st_mtim
            changed = info.st_ctim
        }

        /// The later of the two times, in seconds since 1970.
        var latest: Double {
            max(Double(modified.tv_sec) + Double(modified.tv_nsec) / 1e9, Double(changed.tv_sec) + Double(changed.tv_nsec) / 1e9)
        }
    }

    private struct Key: Hashable {
        var path: String
        var sampleRate: Int
        var maxDuration: Double
    }

    private struct Entry {
        var identity: Identity
        var result: Result<Double, RecordingError>
        var used: Bool
    }

    /// Seconds a file must have been left alone before its result is remembered.
    public let settle: Double
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]  // guarded by lock
    private var decodeCount = 0  // guarded by lock

    public init(settle: Double = 2) { self.settle = settle }

    /// How many checks decoded their file (the others were answered from memory).
    public var decodes: Int { lock.withLock { decodeCount } }

    /// `Recording.check`, answered from memory when the file is the one checked before.
    /// Several callers may check at once; each decodes on its own thread.
    public func check(path: String, sampleRate: Int,
                      maxDuration: Double = RecordingDecoder.defaultMaxDuration) throws(RecordingError) -> Double {
        let key = Key(path: path, sampleRate: sampleRate, maxDuration: maxDuration)
        let began = Date().timeIntervalSince1970
        let before = Identity(path: path)
        let known: Result<Double, RecordingError>? = lock.withLock {
            guard let before, var entry = entries[key], entry.identity == before else { return nil }
            entry.used = true
            entries[key] = entry
            return entry.result
        }
        if let known { return try known.get() }
        let result = Result { () throws(RecordingError) in try Recording.check(path: path, sampleRate: sampleRate, maxDuration: maxDuration) }
        lock.withLock {
            decodeCount += 1
            if let before, before.latest < began - settle, Identity(path: path) == before {
                entries[key] = Entry(identity: before, result: result, used: true)
            } else {
                entries[key] = nil
            }
        }
        return try result.get()
    }

    /// Forgets the files not checked since the last sweep (programs removed, recordings
    /// renamed), so that memory follows the schedules folder. Call once per reload.
    public func sweep() {
        lock.withLock {
            entries = entries.filter(\.value.used).mapValues { var entry = $0; entry.used = false; return entry }
        }
    }
}
