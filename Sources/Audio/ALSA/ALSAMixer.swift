import CALSA
import Foundation
import Vocabulary

/// A playback volume element of a sound card's ALSA mixer (`mixer:` in station.yaml, a name
/// from `amixer scontrols` such as `Speaker`, `PCM` or `Master`). Levels are set in decibels
/// below the element's maximum when the driver tells its dB scale (so 25% is 12 dB below
/// full, as the digital gain would be), otherwise linearly over the element's raw range.
public enum ALSAMixer {
    /// The mixer device for a PCM name: `hw:1` for `hw:1,0` or `plughw:1,0`, else `default`.
    public static func card(forDevice device: String) -> String {
        for prefix in ["plughw:", "hw:"] where device.hasPrefix(prefix) {
            let card = device.dropFirst(prefix.count).prefix { $0 != "," }
            return "hw:" + card
        }
        return "default"
    }

    /// Sets `element` of `card` to `level`. Throws, saying what to check, when the card has no
    /// mixer or no such playback element.
    public static func set(_ level: VolumeLevel, element: String, card: String) throws(AudioError) {
        dalaba_alsa_silence_errors()
        var mixer: OpaquePointer?
        var status = snd_mixer_open(&mixer, 0)
        guard status >= 0, let mixer else { throw failure("cannot open a mixer", status) }
        defer { snd_mixer_close(mixer) }
        status = snd_mixer_attach(mixer, card)
        guard status >= 0 else {
            throw failure("cannot open the mixer of the sound card '\(card)'", status)
        }
        status = snd_mixer_selem_register(mixer, nil, nil)
        if status >= 0 { status = snd_mixer_load(mixer) }
        guard status >= 0 else { throw failure("cannot read the mixer of the sound card '\(card)'", status) }
        var id: OpaquePointer?
        guard snd_mixer_selem_id_malloc(&id) >= 0, let id else { throw AudioError("out of memory for a mixer element") }
        defer { snd_mixer_selem_id_free(id) }
        snd_mixer_selem_id_set_index(id, 0)
        snd_mixer_selem_id_set_name(id, element)
        guard let elem = snd_mixer_find_selem(mixer, id), snd_mixer_selem_has_playback_volume(elem) != 0 else {
            throw AudioError("the sound card '\(card)' has no playback volume control named '\(element)' — "
                             + "`amixer -D \(card) scontrols` lists its controls; put one in station.yaml's mixer:")
        }
        var low = 0, high = 0
        if snd_mixer_selem_get_playback_dB_range(elem, &low, &high) >= 0, high > low {
            // Hundredths of a dB; rounded down so the level never ends up louder than asked.
            let target = level.percent > 0 ? max(Double(low), Double(high) + level.decibels * 100) : Double(low)
            status = snd_mixer_selem_set_playback_dB_all(elem, Int(target.rounded(.down)), -1)
        } else {
            snd_mixer_selem_get_playback_volume_range(elem, &low, &high)
            status = snd_mixer_selem_set_playback_volume_all(elem, low + Int((Double(high - low) * level.gain).rounded()))
        }
        guard status >= 0 else { throw failure("cannot set '\(element)' on the sound card '\(card)'", status) }
    }

    private static func failure(_ what: String, _ status: Int32) -> AudioError {
        AudioError("\(what): \(String(cString: snd_strerror(status)))")
    }
}

extension PCMBuffer {
    /// The samples at `level` (VolumePlan's digital gain), after `leadIn` seconds of silence.
    public func played(at level: VolumeLevel, leadIn: Double = 0) -> PCMBuffer {
        let silence = [Int16](repeating: 0, count: Int((leadIn * Double(sampleRate)).rounded()))
        let body = level == .full ? samples : Level.scaled(samples, by: level.gain)
        return PCMBuffer(samples: silence.isEmpty ? body : silence + body, sampleRate: sampleRate)
    }
}
