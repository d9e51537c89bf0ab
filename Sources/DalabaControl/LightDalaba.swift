import Messages

#if canImport(Glibc)
    import Glibc
#endif

/// The light `dalaba`: runs the everyday control commands itself and hands every other command
/// line (preview, pinyin, schedule, help, completion scripts, usage errors) to dalaba-tools, and
/// `dalaba hub …` to dalaba-hub (the township's commands, with PostgreSQL: never linked here).
public enum LightDalaba {
    public static func main(_ arguments: [String] = CommandLine.arguments) -> Never {
        if arguments.count > 1, arguments[1] == "hub" {
            // As git runs git-<command>: the rest of the line goes to dalaba-hub unchanged.
            Tools.exec([Tools.hub] + arguments.dropFirst(2), name: Tools.hub)
        }
        guard let invocation = QuickArguments.parse(Array(arguments.dropFirst())) else { Tools.exec(arguments) }
        do {
            try ControlRunner.run(invocation)
            exit(0)
        } catch let failure as UsageFailure {
            printError(ControlMessage.errorPrefix.localized(["message": failure.message]))
            exit(2)
        } catch {
            // As argument-parser reports a failure of run(): one line, status 1.
            printError(ControlMessage.errorPrefix.localized(["message": "\(error)"]))
            exit(1)
        }
    }
}

/// dalaba-tools and dalaba-hub: beside `dalaba` in a build directory, in ../libexec/dalaba once
/// installed.
enum Tools {
    static let name = "dalaba-tools"
    static let hub = "dalaba-hub"

    static func candidates(_ name: String = name) -> [String] {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return [] }
        let executable = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let directory = executable.lastIndex(of: "/").map { String(executable[..<$0]) } ?? "."
        return [directory + "/" + name, directory + "/../libexec/dalaba/" + name]
    }

    static func exec(_ arguments: [String], name: String = name) -> Never {
        let paths = candidates(name)
        guard let path = paths.first(where: { access($0, X_OK) == 0 }) else {
            printError(ControlMessage.errorPrefix.localized(["message": ControlMessage.toolsMissing(
                ["name": name, "paths": paths.joined(separator: " and ")])]))
            exit(1)
        }
        fflush(nil)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) }
        argv.append(nil)
        execv(path, &argv)
        printError(ControlMessage.errorPrefix.localized(["message": ControlMessage.cannotRun(
            ["path": path, "reason": String(cString: strerror(errno))])]))
        exit(1)
    }
}
