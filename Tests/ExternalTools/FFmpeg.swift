import Foundation

/// ffmpeg, a tool that is not ours: it makes the test recordings and measures loudness
/// independently of libebur128. Missing, the tests fail and say how to get it. Shared by the
/// library tests (RecordingTests) and those of the running daemon (DaemonTests).
public enum FFmpeg {
    public static let path: String? = ["/usr/bin/ffmpeg", "/usr/local/bin/ffmpeg"].first { FileManager.default.isExecutableFile(atPath: $0) }

    public static func require() throws -> String {
        guard let path else {
            throw NSError(domain: "ffmpeg", code: 127, userInfo: [NSLocalizedDescriptionKey:
                "ffmpeg is missing: run `make deps` (it installs ffmpeg from Debian); these tests measure with it"])
        }
        return path
    }

    /// Runs ffmpeg with `arguments`; returns its standard error (where it reports), throwing
    /// with that text when it fails.
    @discardableResult
    public static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try require())
        process.arguments = ["-nostdin", "-hide_banner", "-y"] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "ffmpeg", code: Int(process.terminationStatus),
                          userInfo: [NSLocalizedDescriptionKey: "ffmpeg \(arguments.joined(separator: " ")) failed:\n\(text.suffix(800))"])
        }
        return text
    }

    /// A sine of `frequency` Hz, `seconds` long, at `level` dBFS peak, `channels` channels, at
    /// `sampleRate`, encoded by ffmpeg in the format its extension names.
    public static func makeTone(_ url: URL, frequency: Double, seconds: Double, sampleRate: Int, channels: Int = 1,
                         level: Double, extra: [String] = []) throws {
        try run(["-f", "lavfi", "-i", "sine=frequency=\(frequency):sample_rate=\(sampleRate):duration=\(seconds)",
                 "-af", "volume=\(level + 20 * log10(8.0))dB", "-ac", "\(channels)", "-ar", "\(sampleRate)"] + extra + [url.path])
    }

    /// The RMS level (dBFS) of the whole file as ffmpeg decodes it, all channels together.
    public static func rmsLevel(of url: URL) throws -> Double {
        let text = try run(["-nostats", "-i", url.path, "-af", "astats=measure_perchannel=none", "-f", "null", "-"])
        guard let line = text.split(separator: "\n").last(where: { $0.contains("RMS level dB:") }),
              let value = Double(line.split(separator: ":").last!.trimmingCharacters(in: .whitespaces))
        else { throw NSError(domain: "ffmpeg", code: 1, userInfo: [NSLocalizedDescriptionKey: "no RMS level in:\n\(text.suffix(800))"]) }
        return value
    }

    /// What ffmpeg's ebur128 filter says of a file: integrated loudness (LUFS) and true peak (dBTP).
    /// `input`: ffmpeg's options for a file without a header (the raw PCM an ALSA file plugin
    /// writes: `-f s16le -ar 22050 -ac 1`).
    public static func loudness(of url: URL, input: [String] = []) throws -> (integrated: Double, truePeak: Double) {
        let text = try run(["-nostats"] + input + ["-i", url.path, "-af", "ebur128=peak=true", "-f", "null", "-"])
        guard let summary = text.range(of: "Summary:") else { throw NSError(domain: "ffmpeg", code: 1, userInfo: [NSLocalizedDescriptionKey: "no ebur128 summary in:\n\(text.suffix(800))"]) }
        let tail = text[summary.upperBound...]
        func value(after label: String) -> Double? {
            guard let r = tail.range(of: label) else { return nil }
            let rest = tail[r.upperBound...].drop { $0 == " " }
            return Double(rest.prefix { !$0.isWhitespace })
        }
        guard let i = value(after: "I:"), let peak = value(after: "Peak:") else {
            throw NSError(domain: "ffmpeg", code: 1, userInfo: [NSLocalizedDescriptionKey: "cannot read the ebur128 summary:\n\(tail)"])
        }
        return (i, peak)
    }
}

/// A fresh folder for one test's files, removed afterwards.
public func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-recording-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
