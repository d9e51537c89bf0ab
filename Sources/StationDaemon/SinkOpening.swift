import Audio
import Foundation
import Station
import Vocabulary

extension SinkChoice {
    /// Opens the chosen sink on this machine. `auto` is ALSA's default device when the kernel
    /// lists a sound card, else WAV files in the state directory (and the log says where).
    func sink(stateDirectory: URL, log: StationLog, openLimit: TimeInterval = ALSAOpener.limit) -> AudioSink {
        switch self {
        case .auto:
            if SoundCards.present() { return ALSASink(device: "default", openLimit: openLimit) }
            let directory = stateDirectory.appendingPathComponent("wav")
            log.info("no sound card on this machine: announcements are written as WAV files to \(directory.path)")
            return WAVDirectorySink(directory: directory)
        case .alsa(let device): return ALSASink(device: device, openLimit: openLimit)
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
