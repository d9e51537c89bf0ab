import FoundationEssentials
import Vocabulary

#if canImport(Glibc)
    import Glibc
#endif

// Small text helpers Foundation would give (NSString padding, CharacterSet trimming), written
// out so that this module needs FoundationEssentials only.

extension String {
    /// Without leading and trailing white space and newlines (the scalars of
    /// CharacterSet.whitespacesAndNewlines: Unicode White_Space).
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// Filled with spaces to `columns` terminal columns, a Chinese character taking two (for
    /// the Chinese tables; never cut).
    func padded(toColumns columns: Int) -> String {
        self + String(repeating: " ", count: max(1, columns - TextWidth.columns(self)))
    }

    /// Cut or filled with spaces to `length` UTF-16 units, as NSString's
    /// padding(toLength:withPad:" ",startingAt:0) (the columns are ASCII).
    func padded(to length: Int) -> String {
        let units = utf16.count
        if units >= length { return String(decoding: Array(utf16.prefix(length)), as: UTF16.self) }
        return self + String(repeating: " ", count: length - units)
    }
}

/// The whole of standard input as text (for `say` without TEXT).
func readStandardInput() -> String {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
        let count = read(STDIN_FILENO, &chunk, chunk.count)
        if count > 0 {
            bytes.append(contentsOf: chunk[0..<count])
        } else if count < 0, errno == EINTR {
            continue
        } else {
            break
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Writes one line to standard error (unbuffered, as argument-parser does).
func printError(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
    }
}
