import Foundation
import Messages
import XCTest

/// What a Chinese run of `dalaba` must look like beside the English run of the same command.
enum ChineseOutput {
    /// Words that may stand together in Chinese output: our programs' names and the commands
    /// typed after them are code, not English sentences.
    static let allowed: Set<String> = ["dalaba", "dalabad"]

    static func check(_ arguments: [String], english: ProcessResult, chinese: ProcessResult,
                      file: StaticString, line: UInt) {
        let command = "dalaba " + arguments.joined(separator: " ")
        XCTAssertEqual(chinese.status, english.status, "\(command): exit status under zh_CN", file: file, line: line)
        // A completion script is code (and installed from an LC_ALL=C run).
        if arguments.contains(where: { $0.hasPrefix("--generate-completion-script") }) { return }
        for sentence in englishSentences(in: chinese.stdout + "\n" + chinese.stderr) {
            XCTFail("\(command): English under zh_CN: \"\(sentence)\"\n\(chinese.stdout)\(chinese.stderr)", file: file, line: line)
        }
    }

    /// The English sentences of `text`, leaving out the lines that show a command (usage lines,
    /// examples): they are what the person types.
    static func englishSentences(in text: String) -> [String] {
        text.split(separator: "\n").filter { line in
            let content = line.drop { $0 == " " }
            return !content.hasPrefix("dalaba ") && !content.hasPrefix("用法：")
        }.flatMap { EnglishProse.sentences(in: String($0), allowed: allowed) }
    }
}
