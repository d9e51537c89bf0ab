import Foundation
import Vocabulary

/// The voice profiles of one directory (`voices/`): every `NAME.yaml` is the profile NAME.
public struct VoiceLibrary: Sendable {
    public let directory: URL
    public let profiles: [String: VoiceProfile]

    public var names: [String] { profiles.keys.sorted() }

    /// Loads every profile (the files Vocabulary.VoiceName counts as profiles); the first
    /// malformed file stops the load with its file:line error, because a station must not start
    /// speaking with a voice other than the one configured.
    public init(directory: URL) throws {
        self.directory = directory
        let files: [String: URL]
        do {
            files = try VoiceName.files(in: directory)
        } catch {
            throw Diagnostic(file: directory.path, message: "cannot read the voices directory: \(error.localizedDescription)")
        }
        var profiles: [String: VoiceProfile] = [:]
        for (name, file) in files {
            let data: Data
            do { data = try Data(contentsOf: file) } catch {
                throw Diagnostic(file: file.path, message: "cannot read: \(error.localizedDescription)")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw Diagnostic(file: file.path, message: "not UTF-8 text: save the file as UTF-8")
            }
            profiles[name] = try VoiceProfile.parse(text, name: name, file: file.path)
        }
        self.profiles = profiles
    }

    /// The voice for an announcement that names none (Vocabulary.VoiceName's rule).
    public var fallbackName: String? { VoiceName.fallback(among: profiles.keys) }

    public func profile(named name: String) throws -> VoiceProfile {
        guard let profile = profiles[name] else {
            throw UnknownVoiceError(name: name, known: names, directory: directory.path)
        }
        return profile
    }
}
