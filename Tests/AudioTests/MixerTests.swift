import Audio
import Foundation
import Vocabulary
import XCTest

/// `mixer:` and the digital gain. This machine has no sound card, so setting a real control is
/// not tested here; what is: the card a PCM name belongs to, the error a missing card gives,
/// and the samples at a level after the lead-in.
final class MixerTests: XCTestCase {
    func testTheMixerBelongsToThePCMsCard() {
        XCTAssertEqual(ALSAMixer.card(forDevice: "plughw:1,0"), "hw:1")
        XCTAssertEqual(ALSAMixer.card(forDevice: "hw:2"), "hw:2")
        XCTAssertEqual(ALSAMixer.card(forDevice: "hw:CARD=Device,DEV=0"), "hw:CARD=Device")
        XCTAssertEqual(ALSAMixer.card(forDevice: "default"), "default")
        XCTAssertEqual(ALSAMixer.card(forDevice: "loudspeaker"), "default")
    }

    func testAMissingCardSaysWhichAndWhy() {
        XCTAssertThrowsError(try ALSAMixer.set(VolumeLevel(clamping: 50), element: "Speaker", card: "hw:7")) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.hasPrefix("cannot open the mixer of the sound card 'hw:7': "), message)
        }
    }

    func testSamplesAtALevelAfterTheLeadIn() {
        let buffer = PCMBuffer(samples: [1000, -1000, 32767, -32768, 3], sampleRate: 10)
        XCTAssertEqual(buffer.played(at: .full), buffer)
        XCTAssertEqual(buffer.played(at: VolumeLevel(clamping: 25)).samples, [250, -250, 8192, -8192, 1])
        XCTAssertEqual(buffer.played(at: VolumeLevel(clamping: 50), leadIn: 0.3).samples, [0, 0, 0, 500, -500, 16384, -16384, 2])
    }
}
