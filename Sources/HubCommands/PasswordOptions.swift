import ArgumentParser
import Foundation

/// Where a person's password comes from: a file, standard input, or the terminal without echo;
/// never the command line (it would show in `ps` and the shell's history).
struct PasswordOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read the password from this file (first line).", valueName: "file"))
    var passwordFile: String?

    @Flag(help: "Read the password from standard input (first line).")
    var passwordStdin = false

    func validate() throws {
        if passwordFile != nil && passwordStdin { throw ValidationError("Give the password by --password-file or --password-stdin, not both.") }
    }

    func read(minimumLength: Int, prompt: String) throws -> String {
        let password: String
        if let passwordFile {
            guard let contents = try? String(contentsOfFile: passwordFile, encoding: .utf8) else {
                throw CommandFailure(description: "Cannot read the password file \(passwordFile).")
            }
            password = Self.firstLine(contents)
        } else if passwordStdin || isatty(0) == 0 {
            password = Self.firstLine(String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self))
        } else {
            let first = try Self.ask(prompt)
            let second = try Self.ask(HubMessage.passwordAgain.localized())
            guard first == second else { throw CommandFailure(description: HubMessage.passwordsDiffer.localized()) }
            password = first
        }
        guard password.count >= minimumLength else {
            throw CommandFailure(description: HubMessage.passwordShort.localized(["count": String(minimumLength)]))
        }
        return password
    }

    private static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }

    /// A line from the terminal with echo off.
    private static func ask(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(0, &saved)
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(0, TCSANOW, &quiet)
        defer {
            tcsetattr(0, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else { throw CommandFailure(description: "No password given.") }
        return line
    }
}
