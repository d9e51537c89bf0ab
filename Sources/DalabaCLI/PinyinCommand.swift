import ArgumentParser
import Foundation
import Messages
import Mandarin
import Vocabulary

/// `dalaba pinyin`: the syllables eSpeak NG is given for a text, offline (no daemon).
struct PinyinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pinyin",
        abstract: HelpMessage.pinyinAbstract.localized(),
        discussion: HelpMessage.pinyinDiscussion.localized())

    @Argument(help: ArgumentHelp(HelpMessage.pinyinText.localized()))
    var text: String?

    @Flag(name: .customLong("per-char"), help: ArgumentHelp(HelpMessage.pinyinPerChar.localized()))
    var perChar = false

    @Flag(help: ArgumentHelp(HelpMessage.pinyinExplain.localized()))
    var explain = false

    @Option(help: ArgumentHelp(HelpMessage.pinyinVoices.localized()))
    var voices: String?

    func run() throws {
        if perChar && explain {
            throw ValidationError(HelpMessage.perCharAndExplain.localized())
        }
        if let text, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(HelpMessage.nothingToRead.localized())
        }
        let reader: MandarinReader
        do {
            reader = try MandarinReader(voicesDirectory: Paths.voicesDirectory(voices))
        } catch {
            throw Failure(HelpMessage.lexiconFailed.localized(["error": "\(error)"]))
        }
        var errors = StandardErrorLines()
        for problem in reader.lexiconProblems {
            // A bad lexicon line is skipped, not fatal: said as a warning in the located form.
            let skipped = ToolMessage.lineSkipped.templates
            errors.write(Diagnostic(file: problem.file, line: problem.line, column: problem.column, severity: .warning,
                                    message: problem.message + skipped.english,
                                    chinese: problem.chinese.map { $0 + skipped.chinese }).description(in: .current))
        }

        var out = BufferedOutput()
        var lineNumber = 0
        func answer(_ line: String) {
            lineNumber += 1
            if perChar {
                out.write(reader.perCharacter(line).joined(separator: " "))
            } else if explain {
                for word in reader.explanation(of: line) { out.write(CLIText.localized(Self.explanationLine(word))) }
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
        if explain {
            out.write(CLIText.localized("To change a reading, add a line to \(reader.localLexiconURL.path): the word, a TAB, one syllable per character (中毒\tzhong4 du2)."))
        }
        out.flush()
    }

    /// 词<TAB>readings<TAB>source; a word whose characters have different sources names each.
    static func explanationLine(_ word: ExplainedWord) -> String {
        let readings = word.syllables.joined(separator: " ")
        if Set(word.sources.map(\.description)).count == 1 {
            return "\(word.text)\t\(readings)\t\(word.sources[0])"
        }
        let each = zip(word.text, word.sources).map { "\($0): \($1)" }.joined(separator: "; ")
        return "\(word.text)\t\(readings)\t\(each)"
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
        FileHandle.standardError.write(Data((CLIText.localized(line) + "\n").utf8))
    }
}
