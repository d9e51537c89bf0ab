// Turns a file's bytes into text, or into the one error a clerk can act on.
// Notepad on Chinese Windows saves GBK ("ANSI") by default, or UTF-16 ("Unicode"), or
// UTF-8 with a BOM: only UTF-8 is accepted, and the other two get a how-to-fix message.
import Foundation
import Messages

enum SourceDecoder {
    /// The text with any UTF-8 BOM removed and CRLF / CR line ends turned into LF.
    struct Failure: Error {
        let position: SourcePosition
        let message: LocalizedText
    }

    static func decode(_ data: Data) -> Result<String, Failure> {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Failure(position: .start,
                                    message: ScheduleMessage.utf16()))
        }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            let position = positionOfFirstInvalidByte(bytes)
            return .failure(Failure(position: position, message: ScheduleMessage.notUTF8()))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(text)
    }

    /// Line and character column of the first byte that breaks UTF-8, so the clerk
    /// sees where the first Chinese character went wrong.
    static func positionOfFirstInvalidByte(_ bytes: [UInt8]) -> SourcePosition {
        var line = 1, column = 1, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return SourcePosition(line: line, column: column)
            }
            guard i + length <= bytes.count,
                  bytes[i + 1 ..< i + length].allSatisfy({ $0 & 0xC0 == 0x80 }),
                  String(validating: bytes[i ..< i + length], as: UTF8.self) != nil else {
                return SourcePosition(line: line, column: column)
            }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += length
        }
        return SourcePosition(line: line, column: column)
    }
}
