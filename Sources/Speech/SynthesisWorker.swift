import Audio
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One synthesis in a child process with a fresh libespeak-ng (see `Synthesizer.isolate(in:)`).
/// The parent writes a JSON request on the child's standard input; the child writes the sample
/// rate (4 bytes) and the samples (16-bit little-endian) on its standard output and exits.
public enum SynthesisWorker {
    /// The environment variable that turns a dalaba program into a synthesis worker.
    static let variable = "DALABA_SYNTHESIS_WORKER"

    struct Request: Codable {
        var pinyin: String
        var voice: VoiceProfile
    }

    /// Call first thing in `main`: in a worker child this serves the one request and exits;
    /// otherwise it returns at once.
    public static func serveIfAsked() {
        guard ProcessInfo.processInfo.environment[variable] == "1" else { return }
        do {
            let request = try JSONDecoder().decode(Request.self, from: FileHandle.standardInput.readDataToEndOfFile())
            let buffer = try Synthesizer.shared.synthesizeHere(request.pinyin, voice: request.voice)
            var out = Data(capacity: 4 + 2 * buffer.samples.count)
            withUnsafeBytes(of: Int32(buffer.sampleRate).littleEndian) { out.append(contentsOf: $0) }
            for sample in buffer.samples { withUnsafeBytes(of: sample.littleEndian) { out.append(contentsOf: $0) } }
            FileHandle.standardOutput.write(out)
            exit(0)
        } catch {
            FileHandle.standardError.write(Data("\(error)".utf8))
            exit(1)
        }
    }

    static func synthesize(pinyin: String, voice: VoiceProfile, executable: URL) throws -> PCMBuffer {
        let process = Process()
        process.executableURL = executable
        process.arguments = []
        var environment = ProcessInfo.processInfo.environment
        environment[variable] = "1"
        process.environment = environment
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw SpeechError(message: "cannot start the synthesis process \(executable.path): \(error.localizedDescription)")
        }
        let request = try JSONEncoder().encode(Request(pinyin: pinyin, voice: voice))
        // Written on another thread: a large request must not deadlock against the child's output.
        let writer = DispatchQueue(label: "dalaba.synthesis-request")
        writer.async {
            try? input.fileHandleForWriting.write(contentsOf: request)
            try? input.fileHandleForWriting.close()
        }
        let errorBox = ErrorText()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorBox.data = errors.fileHandleForReading.readDataToEndOfFile() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0, data.count >= 4, data.count % 2 == 0 else {
            let message = String(decoding: errorBox.data, as: UTF8.self)
            throw SpeechError(message: message.isEmpty ? "the synthesis process failed (status \(process.terminationStatus))" : message)
        }
        let rate = data.prefix(4).withUnsafeBytes { Int(Int32(littleEndian: $0.loadUnaligned(as: Int32.self))) }
        let samples = data.dropFirst(4).withUnsafeBytes { raw in
            (0..<(raw.count / 2)).map { Int16(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 2, as: Int16.self)) }
        }
        return PCMBuffer(samples: samples, sampleRate: rate)
    }
}

private final class ErrorText: @unchecked Sendable {
    var data = Data()
}
