import Announcer
import Audio
import Foundation
import Loudness
import Mandarin
import Speech
import Vocabulary

/// The 插播 page's preview of a notice, without Hummingbird: its reading (words, pinyin, which
/// words the local lexicon decided) and a WAV of exactly what a station renders for it, through
/// the station's one render path (Announcer: reader → eSpeak NG → loudness → chime and repeats).
///
/// Load one at start-up and keep it: loading the reader costs ~0.1 s, a reading afterwards a few
/// milliseconds, a rendering ~1.5 s for 25 s of audio (a 40-character notice read twice, on the
/// shared 2-core machine at load 14; ConsolePreviewTests.testTimings prints it). Renderings run one at a time on
/// the preview's own queue (libespeak-ng has one owner, `Synthesizer.shared`), and the last few
/// are kept, so the page's 试听 after a reading, or two people listening to the same notice,
/// render once.
public final class ConsolePreview: @unchecked Sendable {
    /// The longest text one announcement takes (the station's control limit).
    public static let maxTextCharacters = 2000
    /// Renderings kept (a WAV of a 2,000-character notice is ~20 MB; short ones ~0.5 MB).
    static let cachedRenderings = 8

    public let voicesDirectory: URL
    private let voices: VoiceLibrary
    private let lock = NSLock()
    private var reader: MandarinReader  // guarded by lock
    private var localLexiconStamp: Date?  // guarded by lock
    private var cache: [(key: PreviewRequest, audio: PreviewAudio)] = []  // guarded by lock, newest last
    private let owner = DispatchQueue(label: "dalaba.console-preview")

    /// `voicesDirectory`: the voices the stations use (profiles, mandarin/, lexicon.local.tsv), as
    /// installed on the console's machine (/usr/share/dalaba/voices).
    ///
    /// `synthesisWorker`: the program that synthesizes, one fresh process a rendering, as dalabad
    /// does (`Synthesizer.isolate(in:)`); its `main` must begin with
    /// `SynthesisWorker.serveIfAsked()`. The console passes its own executable
    /// (`/proc/self/exe`); nil synthesizes in this process, which is the station's sound only for
    /// a process's first rendering (libespeak-ng keeps state from one utterance to the next).
    public init(voicesDirectory: URL, synthesisWorker: URL?) throws {
        self.voicesDirectory = voicesDirectory
        do { voices = try VoiceLibrary(directory: voicesDirectory) } catch {
            throw PreviewError("cannot load the voices in \(voicesDirectory.path): \(error)")
        }
        do { reader = try MandarinReader(voicesDirectory: voicesDirectory) } catch {
            throw PreviewError("cannot load the Mandarin reader from \(voicesDirectory.path)/mandarin: \(error)")
        }
        localLexiconStamp = Self.modified(reader.localLexiconURL)
        if let synthesisWorker { Synthesizer.shared.isolate(in: synthesisWorker) }
    }

    /// The voice profiles a notice may name.
    public var voiceNames: [String] { voices.names }

    /// The reading of `text` as the station's reader gives it. Fast (a few ms for a notice):
    /// fine on a request's own task. Tone-numbered pinyin typed as such is passed through, as
    /// the station does.
    public func reading(of text: String) throws -> PreviewReading {
        let trimmed = try checked(text)
        if Announcer.isPinyin(trimmed) { return PreviewReading(pinyin: trimmed) }
        let spoken = currentReader().spokenWords(of: trimmed)
        return PreviewReading(spoken.reading, words: spoken.words)
    }

    /// The WAV (16-bit mono, the station's rate) a station plays for `text` with `settings`: the
    /// opening chime included as the station plays it (the alert tone for an emergency, the
    /// ding-dong unless `settings.chime` is off), the repeats and gaps, at the station's loudness.
    /// Blocks for the rendering; from async code use `audio(of:settings:) async`.
    public func renderedAudio(of text: String, settings: PreviewSettings = PreviewSettings()) throws -> PreviewAudio {
        let request = PreviewRequest(text: try checked(text), settings: settings)
        if let hit = cached(request) { return hit }
        return try owner.sync { try render(request) }
    }

    /// As `renderedAudio(of:settings:)`, waiting on the preview's queue instead of blocking the
    /// caller's thread (a Hummingbird handler must not block its event loop).
    public func audio(of text: String, settings: PreviewSettings = PreviewSettings()) async throws -> PreviewAudio {
        let request = PreviewRequest(text: try checked(text), settings: settings)
        if let hit = cached(request) { return hit }
        return try await withCheckedThrowingContinuation { continuation in
            owner.async { continuation.resume(with: Result { try self.render(request) }) }
        }
    }

    /// On `owner` only.
    private func render(_ request: PreviewRequest) throws -> PreviewAudio {
        guard Repetition.counts.contains(request.settings.repeatCount) else {
            throw PreviewError("repeat \(request.settings.repeatCount) times: between \(Repetition.counts.lowerBound) and \(Repetition.counts.upperBound)")
        }
        if let hit = cached(request) { return hit }  // rendered while this one waited
        let settings = request.settings
        let announcer = Announcer(voices: voices, reader: currentReader(), loudness: settings.loudness)
        let script = AnnouncementScript(
            .text(request.text), voice: settings.voice, repeatCount: settings.repeatCount, gap: settings.gap,
            opening: AnnouncementScript.opening(priority: settings.priority, chime: settings.chime))
        let rendering: Announcer.Rendering
        do { rendering = try announcer.render(script) } catch let error as AnnouncerError {
            throw PreviewError(error.message)
        } catch {
            throw PreviewError("\(error)")  // an unknown voice names the installed ones
        }
        let audio = PreviewAudio(wav: WAV.encode(rendering.audio), seconds: rendering.audio.duration,
                                 opening: script.opening, warnings: rendering.warnings)
        lock.withLock {
            cache.removeAll { $0.key == request }
            cache.append((request, audio))
            if cache.count > Self.cachedRenderings { cache.removeFirst() }
        }
        return audio
    }

    private func cached(_ request: PreviewRequest) -> PreviewAudio? {
        lock.withLock {
            // A changed local lexicon changes readings: what was rendered before is stale.
            refreshReaderLocked()
            return cache.last { $0.key == request }?.audio
        }
    }

    /// The reader, with voices/lexicon.local.tsv read again when it changed (the daemon reloads
    /// it too, on `dalaba reload`): a clerk's new entry shows at the next preview.
    private func currentReader() -> MandarinReader {
        lock.withLock {
            refreshReaderLocked()
            return reader
        }
    }

    private func refreshReaderLocked() {
        let stamp = Self.modified(reader.localLexiconURL)
        guard stamp != localLexiconStamp else { return }
        reader = reader.reloadingLocalLexicon()
        localLexiconStamp = stamp
        cache.removeAll()
    }

    private static func modified(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }

    private func checked(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw PreviewError("nothing to say: the text is empty") }
        guard trimmed.count <= Self.maxTextCharacters else {
            throw PreviewError("the text is \(trimmed.count) characters; at most \(Self.maxTextCharacters) fit one announcement")
        }
        return trimmed
    }
}

/// How a station would play the notice: what decides its samples besides the text.
public struct PreviewSettings: Sendable, Hashable {
    /// A voice profile name; nil is the station's fallback voice.
    public var voice: String?
    /// An emergency opens with the alert tone whatever `chime` says.
    public var priority: Priority
    /// The ding-dong before the first reading.
    public var chime: Bool
    /// Readings in a row (Repetition.counts) and the silence between them, seconds.
    public var repeatCount: Int
    public var gap: Double
    /// station.yaml's `loudness:` and `true_peak:` (the default is the station's default).
    public var loudness: LoudnessTarget

    public init(voice: String? = nil, priority: Priority = .normal, chime: Bool = true, repeatCount: Int = 1,
                gap: Double = Repetition.defaultGap, loudness: LoudnessTarget = .horns) {
        self.voice = voice
        self.priority = priority
        self.chime = chime
        self.repeatCount = repeatCount
        self.gap = gap
        self.loudness = loudness
    }
}

/// A rendered preview: serve `wav` as `audio/wav`.
public struct PreviewAudio: Sendable {
    public var wav: Data
    public var seconds: Double
    /// The sound before the first reading that `wav` includes (`.none` when turned off).
    public var opening: Chime
    public var warnings: [String]
}

struct PreviewRequest: Hashable {
    var text: String
    var settings: PreviewSettings
}

/// A preview that cannot be made, in words for the person typing the notice.
public struct PreviewError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
