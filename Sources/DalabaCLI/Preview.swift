import Announcer
import ArgumentParser
import Audio
import Control
import Foundation
import Messages
import Loudness
import Mandarin
import Schedule
import Speech
import Vocabulary

/// `dalaba preview`: hear (or save) one announcement exactly as the station would render it.
struct Preview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpMessage.previewAbstract.localized(),
        discussion: HelpMessage.previewDiscussion.localized())

    @Argument(help: ArgumentHelp(HelpMessage.previewText.localized()))
    var text: String?

    @Option(help: ArgumentHelp(HelpMessage.previewVoice.localized()))
    var voice: String?

    @Option(name: .customLong("repeat"), help: ArgumentHelp(HelpMessage.previewRepeat.localized()))
    var repeatCount = 1

    @Option(help: ArgumentHelp(HelpMessage.previewGap.localized()))
    var gap = Repetition.defaultGap

    @Flag(name: .customLong("no-chime"), help: ArgumentHelp(HelpMessage.noChime.localized()))
    var noChime = false

    @Flag(help: ArgumentHelp(HelpMessage.previewAlert.localized()))
    var alert = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(HelpMessage.previewOutput.localized()))
    var output: String?

    @Option(help: ArgumentHelp(HelpMessage.previewDevice.localized()))
    var device: String?

    @Option(help: ArgumentHelp(HelpMessage.previewVoices.localized()))
    var voices: String?

    mutating func validate() throws {
        guard Repetition.counts.contains(repeatCount) else { throw ValidationError(HelpMessage.repeatRange.localized()) }
        guard (0...60).contains(gap) else { throw ValidationError(HelpMessage.gapRange.localized()) }
        if let output, !output.lowercased().hasSuffix(".wav") {
            throw ValidationError(HelpMessage.outputWAV.localized())
        }
    }

    /// station.yaml's loudness (`loudness:`, `true_peak:`) as the station would play it; the
    /// default when there is no such file or it has errors (`schedule check` names them).
    static func stationLoudness() -> LoudnessTarget {
        let file = DataPaths.schedules(nil).appendingPathComponent("station.yaml")
        guard FileManager.default.fileExists(atPath: file.path),
              case .station(let settings) = ScheduleLoader(knownVoices: nil).load(file: file, as: .station).content
        else { return .horns }
        return settings.loudness
    }

    func run() async throws {
        let input = (text ?? readStandardInput()).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !input.isEmpty else {
            throw ValidationError(HelpMessage.nothingToSay.localized())
        }
        let library = try VoiceLibrary(directory: Paths.voicesDirectory(voices))
        // The station's own render path; the lexicon is loaded only if the text is not pinyin.
        let announcer = Announcer(voices: library, loadReader: { try MandarinReader(voicesDirectory: library.directory) },
                                  loudness: Self.stationLoudness())
        let opening: Chime = noChime ? .none : (alert ? .alert : .dingDong)
        let rendering: Announcer.Rendering
        do {
            rendering = try announcer.render(AnnouncementScript(
                .text(input), voice: voice, repeatCount: repeatCount, gap: gap, opening: opening))
        } catch let error as AnnouncerError {
            throw Failure(error.message)
        }
        var errors = StandardErrorLines()
        for warning in rendering.warnings { errors.write("warning: \(warning)") }
        let render = rendering.audio

        let sink: AudioSink
        if let output {
            sink = WAVFileSink(url: URL(fileURLWithPath: output))
        } else if let device {
            sink = ALSASink(device: device)
        } else if SoundCards.present() {
            sink = ALSASink(device: "default")
        } else {
            sink = WAVFileSink(url: URL(fileURLWithPath: "dalaba-preview.wav"))
            print(HelpMessage.noSoundCard.localized())
        }
        _ = try sink.play(render)
        if let file = (sink as? WAVFileSink)?.url {
            print(HelpMessage.wrote.localized(["path": file.path, "seconds": String(format: "%.1f", render.duration)]))
        }
    }
}
