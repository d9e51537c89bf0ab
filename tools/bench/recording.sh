#!/bin/bash
# Decoding figures for docs/audio.md, optimised as the station runs: a 10-minute MP3 (44.1 kHz
# stereo, 128 kbit/s, made by ffmpeg) decoded, downmixed and resampled to 22.05 kHz by the
# Recording module, a step at a time, and brought to the loudness target; 61 s of eSpeak NG speech
# normalized as an announcement is; then the two resamplers
# compared (tools/bench/resamplers.c). Needs ffmpeg, libsndfile1-dev, libsoxr-dev,
# libebur128-dev, and libsamplerate0-dev for the comparison (skipped without it).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ffmpeg -nostdin -hide_banner -loglevel error -y -f lavfi -i sine=frequency=440:sample_rate=44100:duration=600 \
  -ac 2 -c:a libmp3lame -b:a 128k "$work/program.mp3"
# About 60 s of eSpeak NG speech (its own program): the limiter's usual work, a spoken announcement.
espeak-ng -v cmn-latn-pinyin -w "$work/speech.wav" "$(for i in 1 2 3 4 5 6 7 8; do
  printf 'ge4 wei4 cun1min2 qing3 zhu4yi4, jin4qi1 yi4qing2 fang2kong4 xing2shi4 yan2jun4, qing3 da4jia1 shao3 chu1men2, bu4 ju4ji2. '; done)"
cat > "$work/main.swift" <<'SWIFT'
import Audio
import Foundation
import Loudness
import Recording
func cpu() -> Double { var t = timespec(); clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9 }
let path = CommandLine.arguments[1]
let wall0 = Date(), cpu0 = cpu()
let decoder = try RecordingDecoder(path: path, sampleRate: 22050)
var audio = PCMBuffer(sampleRate: 22050), steps = 0, longest = 0.0
while true {
    let s = Date()
    guard let piece = try decoder.next() else { break }
    longest = max(longest, Date().timeIntervalSince(s)); audio.samples += piece; steps += 1
}
print(String(format: "recording: 10-minute MP3 → %.1f s at 22.05 kHz: %.2f s wall, %.2f s CPU, %d steps of 0.5 s, longest step %.1f ms",
             audio.duration, Date().timeIntervalSince(wall0), cpu() - cpu0, steps, longest * 1000))
// Loudness: the plain gain (a sine needs no limiting at −16 LUFS), then a target that makes the
// limiter work on every sample.
for (name, target) in [("gain only", LoudnessTarget.horns), ("limiter throughout", LoudnessTarget(integrated: -3, truePeakCeiling: -1))] {
    let w = Date(), c = cpu()
    let result = try Loudness.normalize(audio, to: target)
    print(String(format: "loudness (%@): 10 minutes normalized in %.2f s wall, %.2f s CPU: %.1f → %.1f LUFS, %.1f dBTP",
                 name, Date().timeIntervalSince(w), cpu() - c, result.before.integrated, result.after.integrated, result.after.truePeak))
}
let speech = try Recording.decode(path: CommandLine.arguments[2], sampleRate: 22050)
var speechTimes: [Double] = []
var speechResult: Loudness.Normalized?
for _ in 0..<5 {
    let c = cpu()
    speechResult = try Loudness.normalize(speech)
    speechTimes.append(cpu() - c)
}
do { let c = cpu(); for _ in 0..<5 { _ = try Loudness.measure(speech) }; print(String(format: "one loudness + true-peak measurement of the speech: %.0f ms CPU", (cpu() - c) / 5 * 1000)) }
print(String(format: "loudness (speech, %.0f s): %.0f ms CPU median of 5: %.1f → %.1f LUFS, %.1f dBTP, limited: %@",
             speech.duration, speechTimes.sorted()[2] * 1000, speechResult!.before.integrated, speechResult!.after.integrated,
             speechResult!.after.truePeak, speechResult!.limited ? "yes" : "no"))
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "peak memory (max RSS) of the whole run: %.0f MB (the 10 minutes at 22.05 kHz are %.0f MB of samples)",
             Double(usage.ru_maxrss) / 1024, Double(audio.samples.count * 2) / 1e6))
SWIFT
flags=(-O -I Sources/CALSA -I Sources/CSndFile -I Sources/CSoxr -I Sources/CEBUR128 -I "$work")
swiftc "${flags[@]}" -parse-as-library -emit-module -emit-library -static -module-name Vocabulary -emit-module-path "$work/Vocabulary.swiftmodule" \
  -o "$work/libVocabulary.a" $(find Sources/Vocabulary -name '*.swift')
swiftc "${flags[@]}" -parse-as-library -emit-module -emit-library -static -module-name Audio -emit-module-path "$work/Audio.swiftmodule" \
  -o "$work/libAudio.a" $(find Sources/Audio -name '*.swift')
swiftc "${flags[@]}" -parse-as-library -emit-module -emit-library -static -module-name Loudness -emit-module-path "$work/Loudness.swiftmodule" \
  -o "$work/libLoudness.a" Sources/Loudness/*.swift
swiftc "${flags[@]}" -parse-as-library -emit-module -emit-library -static -module-name Recording -emit-module-path "$work/Recording.swiftmodule" \
  -o "$work/libRecording.a" Sources/Recording/*.swift
swiftc "${flags[@]}" -o "$work/bench" "$work/main.swift" -L "$work" -lRecording -lLoudness -lAudio -lVocabulary -lsndfile -lsoxr -lebur128 -lasound
"$work/bench" "$work/program.mp3" "$work/speech.wav"
if pkg-config --exists samplerate; then
  cc -O2 tools/bench/resamplers.c -lsamplerate -lsoxr -lm -o "$work/resamplers" && "$work/resamplers"
fi
