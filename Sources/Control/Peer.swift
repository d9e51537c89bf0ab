import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Who is on the other end of a control connection, from SO_PEERCRED.
public struct Peer: Equatable, Sendable {
    public var uid: uid_t
    public var gid: gid_t
    public var pid: pid_t
    public var name: String
    /// Root, the daemon's own user, or a member of group `dalaba`.
    public var mayChangeStation: Bool

    public init(uid: uid_t, gid: gid_t, pid: pid_t, name: String, mayChangeStation: Bool) {
        self.uid = uid
        self.gid = gid
        self.pid = pid
        self.name = name
        self.mayChangeStation = mayChangeStation
    }

    public static let group = "dalaba"

    /// The credentials of the process connected on `socket`, or nil if the kernel won't say.
    static func of(socket: Int32) -> Peer? {
        var credentials = KernelCredentials()
        var length = socklen_t(MemoryLayout<KernelCredentials>.size)
        guard getsockopt(socket, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0 else { return nil }
        let name = userName(credentials.uid) ?? "uid \(credentials.uid)"
        let allowed = credentials.uid == 0 || credentials.uid == geteuid()
            || isMember(uid: credentials.uid, primaryGroup: credentials.gid, of: group)
        return Peer(uid: credentials.uid, gid: credentials.gid, pid: credentials.pid, name: name, mayChangeStation: allowed)
    }

    /// `struct ucred` from <sys/socket.h>, which Glibc's module hides behind _GNU_SOURCE.
    private struct KernelCredentials {
        var pid: pid_t = 0
        var uid: uid_t = 0
        var gid: gid_t = 0
    }

    static func userName(_ uid: uid_t) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(uid, &entry, &buffer, buffer.count, &result) == 0, result != nil else { return nil }
        return String(cString: entry.pw_name)
    }

    /// Whether the user (primary group or supplementary groups per /etc/group) is in `groupName`.
    static func isMember(uid: uid_t, primaryGroup: gid_t, of groupName: String) -> Bool {
        guard let target = getgrnam(groupName)?.pointee.gr_gid else { return false }
        if primaryGroup == target { return true }
        guard let name = userName(uid) else { return false }
        var count: Int32 = 64
        var groups = [gid_t](repeating: 0, count: Int(count))
        if getgrouplist(name, primaryGroup, &groups, &count) == -1 {
            groups = [gid_t](repeating: 0, count: Int(count))
            guard getgrouplist(name, primaryGroup, &groups, &count) != -1 else { return false }
        }
        return groups.prefix(Int(count)).contains(target)
    }
}
