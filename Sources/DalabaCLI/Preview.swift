import Announcer
import ArgumentParser
import Audio
import Foundation
import Mandarin
import Speech
import Vocabulary

/// `dalaba preview`: hear (or save) one announcement exactly as the station would render it.
struct Preview: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render one announcement and play it on the speaker or write it to a WAV file.",
        discussion: """
            Without a sound card (and without --device) the announcement is written to \
            dalaba-preview.wav in the current directory instead, and the path is printed.
            """)

    @Argument(help: "The announcement text, in Chinese or tone-numbered pinyin; read from standard input when omitted.")
    var text: String?

    @Option(help: "The voice profile to speak with (a NAME.yaml in the voices directory; default: standard, else the first, as on the station).")
    var voice: String?

    @Option(name: .customLong("repeat"), help: "How many times the text is read in a row.")
    var repeatCount = 1

    @Option(help: "Seconds of silence between repeats (the station's gap unless given).")
    var gap = Repetition.defaultGap

    @Flag(name: .customLong("no-chime"), help: "Leave out the ding-dong before the text.")
    var noChime = false

    @Flag(help: "Use the emergency alert tone instead of the ding-dong.")
    var alert = false

    @Option(name: [.short, .customLong("output")], help: "Write a WAV file here instead of playing it.")
    var output: String?

    @Option(help: "The ALSA device to play on (default: the system's default device).")
    var device: String?

    @Option(help: "The directory of voice profiles and lexicons.")
    var voices: String?

    mutating func validate() throws {
        guard Repetition.counts.contains(repeatCount) else { throw ValidationError("--repeat must be from 1 to 10") }
        guard (0...60).contains(gap) else { throw ValidationError("--gap must be from 0 to 60 seconds") }
        if let output, !output.lowercased().hasSuffix(".wav") {
            throw ValidationError("--output must name a .wav file, e.g. -o notice.wav")
        }
    }

    func run() async throws {
        let input = (text ?? readStandardInput()).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !input.isEmpty else {
            throw ValidationError("nothing to say: give the announcement text as an argument or on standard input")
        }
        let library = try VoiceLibrary(directory: Paths.voicesDirectory(voices))
        // The station's own render path; the lexicon is loaded only if the text is not pinyin.
        let announcer = Announcer(voices: library, loadReader: { try MandarinReader(voicesDirectory: library.directory) })
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
            print("no sound card on this machine: writing dalaba-preview.wav instead")
        }
        _ = try sink.play(render)
        if let file = (sink as? WAVFileSink)?.url {
            print(String(format: "wrote %@ (%.1f s)", file.path, render.duration))
        }
    }
}
