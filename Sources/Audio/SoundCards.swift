import Foundation

/// Whether this machine has a sound card at all (for `auto` output and previews): the kernel
/// lists cards in /proc/asound/cards, which is missing or says "no soundcards" without one.
public enum SoundCards {
    public static func present(cardsFile: String = "/proc/asound/cards") -> Bool {
        guard let text = try? String(contentsOfFile: cardsFile, encoding: .utf8) else { return false }
        return !text.contains("no soundcards") && text.contains(where: { !$0.isWhitespace })
    }
}
