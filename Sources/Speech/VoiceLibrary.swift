import Foundation

/// The voice profiles of one directory (`voices/`): every `NAME.yaml` is the profile NAME.
public struct VoiceLibrary: Sendable {
    public let directory: URL
    public let profiles: [String: VoiceProfile]

    public var names: [String] { profiles.keys.sorted() }

    /// Loads every profile; the first malformed file stops the load with its file:line error,
    /// because a station must not start speaking with a voice other than the one configured.
    public init(directory: URL) throws {
        self.directory = directory
        let files: [URL]
        do {
            // Resolved first: /etc/dalaba/voices may well be a symlink to the shared voices.
            files = try FileManager.default.contentsOfDirectory(at: directory.resolvingSymlinksInPath(), includingPropertiesForKeys: nil)
        } catch {
            throw VoiceFileError(file: directory.path, line: 1, column: 1,
                                 message: "cannot read the voices directory: \(error.localizedDescription)")
        }
        var profiles: [String: VoiceProfile] = [:]
        for file in files where file.pathExtension == "yaml" {
            let name = file.deletingPathExtension().lastPathComponent
            let data: Data
            do { data = try Data(contentsOf: file) } catch {
                throw VoiceFileError(file: file.path, line: 1, column: 1, message: "cannot read: \(error.localizedDescription)")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw VoiceFileError(file: file.path, line: 1, column: 1, message: "not UTF-8 text: save the file as UTF-8")
            }
            profiles[name] = try VoiceProfile.parse(text, name: name, file: file.path)
        }
        self.profiles = profiles
    }

    public func profile(named name: String) throws -> VoiceProfile {
        guard let profile = profiles[name] else {
            throw UnknownVoiceError(name: name, known: names, directory: directory.path)
        }
        return profile
    }
}
