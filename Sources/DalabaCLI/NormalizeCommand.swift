import ArgumentParser
import Foundation
import Messages
import Mandarin

/// `dalaba normalize`: a text as it will be read, numbers and symbols written out in Chinese
/// (offline, no daemon). The rules are in docs/normalization.md.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: HelpMessage.normalizeAbstract.localized(),
        discussion: HelpMessage.normalizeDiscussion.localized())

    @Argument(help: ArgumentHelp(HelpMessage.normalizeText.localized()))
    var text: String?

    func validate() throws {
        if let text, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(HelpMessage.nothingToNormalize.localized())
        }
    }

    func run() throws {
        let normalizer = Normalizer()
        var out = BufferedOutput()
        var errors = StandardErrorLines()
        if let text {
            let normalized = normalizer.normalizeReporting(text)
            out.write(normalized.text)
            for warning in normalized.unread.warnings { errors.write("warning: \(warning)") }
        } else {
            // Typed at a terminal, each line is answered at once; piped, output leaves in large blocks.
            let interactive = isatty(STDIN_FILENO) != 0
            var lineNumber = 0
            while let line = readLine(strippingNewline: true) {
                lineNumber += 1
                let normalized = normalizer.normalizeReporting(line)
                out.write(normalized.text)
                for warning in normalized.unread.warnings { errors.write("warning: line \(lineNumber): \(warning)") }
                if interactive { out.flush() }
            }
        }
        out.flush()
    }
}
