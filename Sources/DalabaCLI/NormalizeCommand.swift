import ArgumentParser
import Foundation
import Mandarin

/// `dalaba normalize`: a text as it will be read, numbers and symbols written out in Chinese
/// (offline, no daemon). The rules are in docs/normalization.md.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print a text with its numbers, dates, times, phone numbers and units written out as they will be read.",
        discussion: """
            Without TEXT every line of standard input is answered by one output line, so many \
            sentences go through one process. Example: `dalaba normalize 请于12月5日上午8:30到村委会` \
            prints 请于十二月五日上午八点三十分到村委会. Characters with no reading (emoji, unknown \
            symbols) are kept as typed and named in a warning on standard error, as `dalaba pinyin` does.
            """)

    @Argument(help: "The text to normalize; standard input, line by line, when omitted.")
    var text: String?

    func validate() throws {
        if let text, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("nothing to normalize: give the text as an argument or on standard input")
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
