import Foundation

/// Points libasound (in this test process) at a config that adds `pcm.loudspeaker`: the ALSA
/// `file` plugin over the `null` slave, writing every played sample to `rawFile`. This is the
/// real libasound doing real PCM work; only the sound card is missing.
enum ALSAFilePCM {
    static let directory: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-alsa-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let config = """
            </usr/share/alsa/alsa.conf>
            pcm.loudspeaker {
                type file
                slave.pcm "null"
                file "\(dir.path)/loudspeaker.raw"
                format "raw"
            }
            pcm.stereoonly {
                type file
                slave { pcm "null" }
                file "\(dir.path)/stereo.raw"
                format "raw"
            }
            pcm.cardfifo {
                type file
                slave { pcm "null" }
                file "\(dir.path)/card.fifo"
                format "raw"
            }
            """
        let path = dir.appendingPathComponent("asound.conf")
        try? config.write(to: path, atomically: true, encoding: .utf8)
        // Read by libasound when it first loads its configuration in this process.
        setenv("ALSA_CONFIG_PATH", path.path, 1)
        return dir
    }()

    static var rawFile: URL { directory.appendingPathComponent("loudspeaker.raw") }

    /// The samples the loudspeaker PCM received (16-bit little-endian mono).
    static func played() throws -> [Int16] {
        let data = try Data(contentsOf: rawFile)
        return data.withUnsafeBytes { raw in
            (0..<data.count / 2).map { Int16(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * 2, as: Int16.self)) }
        }
    }

    static func reset() {
        _ = directory
        try? FileManager.default.removeItem(at: rawFile)
    }
}
