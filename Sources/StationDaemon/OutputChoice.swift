import Audio
import Foundation
import Station

/// `--output auto|alsa:NAME|wav:DIR|null`, and what it means on this machine.
enum OutputChoice: Equatable {
    case auto, alsa(String), wav(String), null

    init(parsing text: String) throws {
        switch text {
        case "auto": self = .auto
        case "null": self = .null
        case _ where text.hasPrefix("alsa:") && text.count > 5: self = .alsa(String(text.dropFirst(5)))
        case _ where text.hasPrefix("wav:") && text.count > 4: self = .wav(String(text.dropFirst(4)))
        default: throw DaemonFailure("output \"\(text)\" is not auto, alsa:NAME, wav:DIR or null")
        }
    }

    /// `auto` is ALSA's default device when the kernel lists a sound card, else WAV files in the
    /// state directory (and the log says where).
    func sink(stateDirectory: URL, log: StationLog) -> AudioSink {
        switch self {
        case .auto:
            if SoundCards.present() { return ALSASink(device: "default") }
            let directory = stateDirectory.appendingPathComponent("wav")
            log.info("no sound card on this machine: announcements are written as WAV files to \(directory.path)")
            return WAVDirectorySink(directory: directory)
        case .alsa(let device): return ALSASink(device: device)
        case .wav(let directory): return WAVDirectorySink(directory: URL(fileURLWithPath: directory))
        case .null: return NullSink()
        }
    }
}

/// A start-up problem the admin must fix: one line, exit status 1.
struct DaemonFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
