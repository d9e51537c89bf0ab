import Foundation

/// Where `dalabad` and `dalaba` find the schedules and voices when no option names them, by one
/// rule (like `SocketPath`): the working directory's own folder when there is one (a checkout,
/// `make run`), else the installed location.
public enum DataPaths {
    public static let installedSchedules = "/etc/dalaba/schedules"
    public static let installedVoices = "/usr/local/share/dalaba/voices"

    public static func schedules(_ option: String?) -> URL {
        resolve(option, local: "schedules", installed: installedSchedules)
    }

    public static func voices(_ option: String?) -> URL {
        resolve(option, local: "voices", installed: installedVoices)
    }

    static func resolve(_ option: String?, local: String, installed: String) -> URL {
        if let option { return URL(fileURLWithPath: option) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: local, isDirectory: &isDirectory), isDirectory.boolValue {
            return URL(fileURLWithPath: local)
        }
        return URL(fileURLWithPath: installed)
    }
}
