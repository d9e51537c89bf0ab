import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#endif

/// Where the control socket lives, found by the same rule by `dalabad` and `dalaba`:
/// `$DALABA_SOCKET` if set; else `/run/dalaba/control.sock` (systemd's RuntimeDirectory) when
/// that directory is usable; else `$XDG_RUNTIME_DIR/dalaba/control.sock`; else
/// `/tmp/dalaba-$UID/control.sock` (so `make run` as a user needs no flags).
public enum SocketPath {
    public static let systemPath = "/run/dalaba/control.sock"

    public static func candidates(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        if let explicit = environment["DALABA_SOCKET"], !explicit.isEmpty { return [explicit] }
        var paths = [systemPath]
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty { paths.append(runtime + "/dalaba/control.sock") }
        paths.append("/tmp/dalaba-\(getuid())/control.sock")
        return paths
    }

    /// The daemon's choice: the first candidate whose directory exists and is writable, or
    /// can be created.
    public static func forDaemon(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let paths = candidates(environment: environment)
        for path in paths {
            let directory = Self.directory(of: path)
            if access(directory, W_OK) == 0 { return path }
            if (try? FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])) != nil
            {
                return path
            }
        }
        return paths.last!
    }

    /// The client's choice: the first candidate where a socket exists (else the first candidate,
    /// so the "not running" message names the usual place).
    public static func forClient(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let paths = candidates(environment: environment)
        return paths.first { FileManager.default.fileExists(atPath: $0) } ?? paths[0]
    }

    /// The folder part of `path` ("" for a bare name), as NSString's deletingLastPathComponent.
    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
