import ConsolePreview
import Foundation

/// The 插播 page's preview as the station makes it: `ConsolePreview` (the station's reader and its
/// one render path, Announcer) behind the console's `AnnouncementPreviewer`. `dalaba-console`
/// builds one from `--voices`; the console never renders any other way, so what the clerk hears
/// is what the loudspeakers will play (with the console machine's voices/ and lexicon).
public struct StationPreviewer: AnnouncementPreviewer {
    public let preview: ConsolePreview

    public init(_ preview: ConsolePreview) { self.preview = preview }

    /// `synthesisWorker`: the program each rendering runs in (a fresh libespeak-ng, as dalabad);
    /// dalaba-console passes itself. nil: in this process (tests).
    public init(voicesDirectory: URL, synthesisWorker: URL?) throws {
        preview = try ConsolePreview(voicesDirectory: voicesDirectory, synthesisWorker: synthesisWorker)
    }

    public func reading(of text: String) async throws -> AnnouncementReading {
        let reading = try preview.reading(of: text)
        return AnnouncementReading(reading: reading.pinyin,
                                   words: reading.words.map { AnnouncementReading.Word(word: $0.text, pinyin: $0.pinyin) })
    }

    /// As a 插播 from the console plays on a station with the default station.yaml: the ding-dong,
    /// read once, at −16 LUFS (the form's 低/普通/高 change the queue's order, not the sound; a
    /// station whose station.yaml sets another loudness or no chime plays it so).
    public func audio(of text: String) async throws -> [UInt8] {
        [UInt8](try await preview.audio(of: text).wav)
    }
}
