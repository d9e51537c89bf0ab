import Control
import Foundation

/// Where `dalaba` finds its data when no option names it: the rule dalabad uses too.
enum Paths {
    static func voicesDirectory(_ option: String?) -> URL { DataPaths.voices(option) }
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
