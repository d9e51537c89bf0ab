import Audio
import CEspeakNG
import Foundation

/// A synthesis failure, in libespeak-ng's words where it has them.
public struct SpeechError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// The one owner of libespeak-ng. The library keeps global state (current voice, parameters,
/// the callback), so every call goes through this object's lock; `shared` is the only instance.
public final class Synthesizer: @unchecked Sendable {
    public static let shared = Synthesizer()

    private let lock = NSLock()
    private var sampleRate: Int32 = 0  // 0 until espeak_Initialize succeeded
    private var currentVoice: String?

    private init() {}

    /// Set by `isolate(in:)`: each synthesis then runs in a fresh child process.
    private var worker: URL?

    /// Speaks tone-numbered pinyin (e.g. `ge4 wei4 cun1min2`) with `voice` into memory.
    public func synthesize(pinyin: String, voice: VoiceProfile) throws -> PCMBuffer {
        let text = pinyin.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw SpeechError(message: "nothing to say: the text is empty") }
        if let worker = lock.withLock({ self.worker }) {
            return try SynthesisWorker.synthesize(pinyin: text, voice: voice, executable: worker)
        }
        return try synthesizeHere(text, voice: voice)
    }

    /// From now on every synthesis runs in a fresh process of `executable` (the running program
    /// itself, whose `main` starts with `SynthesisWorker.serveIfAsked()`). libespeak-ng keeps
    /// state from one utterance to the next (the pitch-flutter phase, gain control), so only a
    /// fresh library gives the same samples for the same text every time: what `dalaba preview`
    /// renders is then what the daemon plays, however long it has run.
    public func isolate(in executable: URL) {
        lock.withLock { worker = executable }
    }

    /// In this process, with the library's state as it is.
    func synthesizeHere(_ text: String, voice: VoiceProfile) throws -> PCMBuffer {
        lock.lock()
        defer { lock.unlock() }
        try initializeIfNeeded()
        try select(voice)

        let collector = SampleCollector()
        let context = Unmanaged.passRetained(collector)
        defer { context.release() }
        let status = text.withCString { bytes in
            espeak_Synth(bytes, strlen(bytes) + 1, 0, POS_CHARACTER, 0,
                         UInt32(espeakCHARS_UTF8 | espeakENDPAUSE), nil, context.toOpaque())
        }
        guard status == EE_OK else { throw SpeechError(message: "eSpeak NG could not synthesize the text (\(describe(status)))") }
        return PCMBuffer(samples: collector.samples, sampleRate: Int(sampleRate))
    }

    private func initializeIfNeeded() throws {
        guard sampleRate == 0 else { return }
        // Synchronous: espeak_Synth returns only when every sample went through the callback.
        let rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 500, nil, 0)
        guard rate > 0 else {
            throw SpeechError(message: "cannot start eSpeak NG: its data files were not found (install the espeak-ng-data package)")
        }
        espeak_SetSynthCallback(collectSamples)
        sampleRate = rate
    }

    private func select(_ voice: VoiceProfile) throws {
        let spec = voice.variant.map { "\(voice.espeakVoice)+\($0)" } ?? voice.espeakVoice
        if spec != currentVoice {
            let status = espeak_SetVoiceByName(spec)
            guard status == EE_OK else {
                currentVoice = nil
                throw SpeechError(message: "eSpeak NG has no voice '\(spec)' (voice profile '\(voice.name)'); `espeak-ng --voices` lists them")
            }
            currentVoice = spec
        }
        // Parameters are global too: set them on every call so one profile never leaks into the next.
        espeak_SetParameter(espeakRATE, Int32(voice.rate), 0)
        espeak_SetParameter(espeakPITCH, Int32(voice.pitch), 0)
        espeak_SetParameter(espeakVOLUME, 100, 0)
    }

    private func describe(_ status: espeak_ERROR) -> String {
        switch status {
        case EE_BUFFER_FULL: return "its buffer is full"
        case EE_NOT_FOUND: return "not found"
        default: return "internal error \(status.rawValue)"
        }
    }
}

/// Where the callback puts samples; reached through the `user_data` of each event.
private final class SampleCollector {
    var samples: [Int16] = []
}

/// libespeak-ng's synth callback: a plain function (C cannot call a closure with context).
private func collectSamples(_ wav: UnsafeMutablePointer<Int16>?, _ count: Int32,
                            _ events: UnsafeMutablePointer<espeak_EVENT>?) -> Int32 {
    guard let events, let context = events.pointee.user_data else { return 0 }
    let collector = Unmanaged<SampleCollector>.fromOpaque(context).takeUnretainedValue()
    if let wav, count > 0 {
        collector.samples.append(contentsOf: UnsafeBufferPointer(start: wav, count: Int(count)))
    }
    return 0  // 0 = go on
}
