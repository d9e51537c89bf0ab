import FoundationEssentials

/// The one rule for voice names: which files of the voices folder are profiles, what each
/// profile is called, and which voice speaks when an announcement names none. The schedule
/// check, the daemon and `dalaba preview` all ask here, so they cannot disagree.
public enum VoiceName {
    /// The voice of announcements that name none, when the folder has it.
    public static let standard = "standard"

    /// The voice `fileName` defines (`slow.yaml` → `slow`), or nil for a file that is no profile:
    /// not `.yaml`, hidden (`.slow.yaml`, an editor's), or a README.
    public static func of(fileName: String) -> String? {
        guard fileName.lowercased().hasSuffix(".yaml"), fileName.count > 5,
              !fileName.hasPrefix("."), !fileName.uppercased().hasPrefix("README") else { return nil }
        return String(fileName.dropLast(5))
    }

    /// The voice for an announcement that names none: `standard` when installed, else the first
    /// name in sorted order; nil when there are no voices at all.
    public static func fallback(among names: some Collection<String>) -> String? {
        names.contains(standard) ? standard : names.min()
    }

    /// The profiles in `directory`: voice name → file. Throws when the folder cannot be read.
    public static func files(in directory: URL) throws -> [String: URL] {
        // Resolved first: /etc/dalaba/voices may well be a symlink to the shared voices.
        let resolved = directory.resolvingSymlinksInPath()
        var files: [String: URL] = [:]
        for fileName in try FileManager.default.contentsOfDirectory(atPath: resolved.path) {
            if let name = of(fileName: fileName) { files[name] = resolved.appendingPathComponent(fileName) }
        }
        return files
    }
}
