import ArgumentParser
import Foundation
import Mandarin
import Vocabulary

/// `dalaba pinyin`: the syllables eSpeak NG is given for a text, offline (no daemon).
struct PinyinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pinyin",
        abstract: "Print the tone-numbered pinyin a Chinese text is spoken as, after normalization and tone sandhi.",
        discussion: """
            Without TEXT every line of standard input is read and answered by one output line, so \
            many sentences go through one process. With --per-char each non-whitespace character \
            gets exactly one token: its citation reading (tone 1-5, 5 neutral) in context for a \
            hanzi, the character itself otherwise; no normalization, no sandhi.
            """)

    @Argument(help: "The text to read; standard input, line by line, when omitted.")
    var text: String?

    @Flag(name: .customLong("per-char"), help: "One citation-reading token per character, without normalization or sandhi.")
    var perChar = false

    @Option(help: "The directory of voice profiles and lexicons (holds mandarin/ and lexicon.local.tsv).")
    var voices: String?

    func run() throws {
        if let text, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("nothing to read: give Chinese text as an argument or on standard input")
        }
        let reader: MandarinReader
        do {
            reader = try MandarinReader(voicesDirectory: Paths.voicesDirectory(voices))
        } catch {
            throw Failure("cannot load the Mandarin lexicon: \(error)")
        }
        var errors = StandardErrorLines()
        for problem in reader.lexiconProblems {
            // A bad lexicon line is skipped, not fatal: said as a warning in the located form.
            errors.write(Diagnostic(file: problem.file, line: problem.line, column: problem.column, severity: .warning,
                                    message: problem.message + " (line skipped)").description)
        }

        var out = BufferedOutput()
        var lineNumber = 0
        func answer(_ line: String) {
            lineNumber += 1
            if perChar {
                out.write(reader.perCharacter(line).joined(separator: " "))
            } else {
                let reading = reader.reading(of: line)
                out.write(reading.pinyin)
                for warning in reading.warnings {
                    errors.write(text == nil ? "warning: line \(lineNumber): \(warning)" : "warning: \(warning)")
                }
            }
        }
        if let text {
            answer(text)
        } else {
            while let line = readLine(strippingNewline: true) { answer(line) }
        }
        out.flush()
    }
}

/// Collects output lines and writes them in large blocks (10,000 sentences must not mean 10,000
/// system calls).
struct BufferedOutput {
    private var buffer = Data()

    mutating func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Warnings go to standard error one line at a time, unbuffered, so they stay readable.
struct StandardErrorLines {
    mutating func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
