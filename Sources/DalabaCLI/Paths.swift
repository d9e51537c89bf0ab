import Foundation

/// Where `dalaba` finds its data when no option names it: the working directory's own folder
/// when there is one (a checkout, `make run`), else the installed location.
enum Paths {
    static let installedVoices = "/usr/local/share/dalaba/voices"

    static func voicesDirectory(_ option: String?) -> URL {
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

/// A failure the user must act on: printed as one line, exit status 1.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Reads the whole of standard input as text (for commands whose TEXT argument was omitted).
func readStandardInput() -> String {
    String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
}
