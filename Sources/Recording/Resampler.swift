import CSoxr

/// A sample-rate converter over libsoxr at its high quality (SOXR_HQ): the thin layer. Fed in
/// pieces, it keeps its filter state between them, so a long recording is converted a chunk at a
/// time. One instance per stream; instances share nothing. Failures carry libsoxr's own words.
public final class Resampler {
    public let inputRate: Int
    public let outputRate: Int
    public let channels: Int
    private let handle: soxr_t

    public init(from inputRate: Int, to outputRate: Int, channels: Int = 1) throws(ResamplerError) {
        self.inputRate = inputRate
        self.outputRate = outputRate
        self.channels = channels
        var error: soxr_error_t?
        var quality = soxr_quality_spec(UInt(SOXR_HQ), 0)
        // Default I/O: interleaved 32-bit float in and out.
        let made = soxr_create(Double(inputRate), Double(outputRate), UInt32(channels), &error, nil, &quality, nil)
        guard let made, error == nil else {
            throw ResamplerError(message: error.map { String(cString: $0) } ?? "cannot create a resampler")
        }
        handle = made
    }

    deinit { soxr_delete(handle) }

    /// Converts `input` (interleaved frames), appending what is ready to `output`; some output
    /// stays in the filter until more input or `finish`.
    public func process(_ input: UnsafeBufferPointer<Float>, appendingTo output: inout [Float]) throws(ResamplerError) {
        try run(input, appendingTo: &output)
    }

    /// Flushes the filter: the last output of the stream.
    public func finish(appendingTo output: inout [Float]) throws(ResamplerError) {
        try run(nil, appendingTo: &output)
    }

    private func run(_ input: UnsafeBufferPointer<Float>?, appendingTo output: inout [Float]) throws(ResamplerError) {
        let inFrames = (input?.count ?? 0) / channels
        let ratio = Double(outputRate) / Double(inputRate)
        var consumed = 0
        while true {
            // Room for all the input's output at once, written in place at the end of `output`.
            let room = Int(Double(max(inFrames - consumed, 64)) * ratio) + 64
            let start = output.count
            output.append(contentsOf: repeatElement(0, count: room * channels))
            var used = 0
            var made = 0
            let error: soxr_error_t? = output.withUnsafeMutableBufferPointer { all in
                let out = UnsafeMutableRawPointer(all.baseAddress! + start)
                if let input {
                    return soxr_process(handle, input.baseAddress! + consumed * channels, inFrames - consumed, &used, out, room, &made)
                }
                return soxr_process(handle, nil, 0, nil, out, room, &made)
            }
            output.removeLast((room - made) * channels)
            if let error { throw ResamplerError(message: String(cString: error)) }
            consumed += used
            // Done when the input is used up and the filter gave less than the room it had.
            if consumed >= inFrames && made < room { return }
        }
    }
}

/// A libsoxr failure in its own words.
public struct ResamplerError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public var description: String { message }
}
