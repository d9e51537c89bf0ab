import ControlWire
import Foundation
import XCTest

/// What one run of a built executable printed and returned.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The repository root (for `voices/`, `schedules/`, fixtures), found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The products directory holding the built `dalaba` and `dalabad` (beside the test bundle).
let productsDirectory: URL = {
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL
}()

/// Runs a built executable (`dalaba` by default) or a system tool given by its absolute path,
/// with `arguments`, feeding `input` on stdin.
///
/// Our programs run in English (`LANG=C.UTF-8`, whatever the machine's locale) unless
/// `environment` names a locale. Each such run of `dalaba` is then run once more under
/// `LANG=zh_CN.UTF-8`, which must end the same way and print no English sentence (issue 14's
/// acceptance: every command and error path the tests exercise, in Chinese too).
func runDalaba(_ arguments: [String], executable: String = "dalaba", input: String? = nil,
         environment: [String: String] = [:], in directory: URL? = nil,
         file: StaticString = #filePath, line: UInt = #line) throws -> ProcessResult {
    guard !executable.hasPrefix("/") else {
        return try run(executable, arguments, input: input, environment: environment, in: directory)
    }
    let namesLocale = ["LANG", "LC_ALL", "LC_MESSAGES"].contains { environment[$0] != nil }
    let english = try run(executable, arguments, input: input,
                          environment: namesLocale ? environment : Locales.english.merging(environment) { $1 }, in: directory)
    if !namesLocale, executable == "dalaba" {
        let chinese = try run(executable, arguments, input: input,
                              environment: Locales.chinese.merging(environment) { $1 }, in: directory)
        ChineseOutput.check(arguments, english: english, chinese: chinese, file: file, line: line)
    }
    return english
}

/// The locale variables of a run: LC_ALL and LC_MESSAGES emptied so that LANG decides.
enum Locales {
    static let english = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
    static let chinese = ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
}

private func run(_ executable: String, _ arguments: [String], input: String?,
                 environment: [String: String], in directory: URL?) throws -> ProcessResult {
    let process = Process()
    // A bare name is one of our built products; an absolute path is a system tool.
    process.executableURL = executable.hasPrefix("/") ? URL(fileURLWithPath: executable)
        : productsDirectory.appendingPathComponent(executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe(), err = Pipe(), inp = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inp
    try process.run()
    // Feed stdin and drain stdout on their own threads while this one drains stderr: with large
    // input and output, doing any of them in turn would deadlock on a full pipe.
    let group = DispatchGroup()
    let writer = inp.fileHandleForWriting
    let bytes = Data((input ?? "").utf8)
    DispatchQueue.global().async(group: group) {
        writer.write(bytes)
        try? writer.close()
    }
    let outData = DataBox()
    DispatchQueue.global().async(group: group) { outData.data = out.fileHandleForReading.readDataToEndOfFile() }
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData.data, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
}

/// A fresh directory removed after the test.
func temporaryDirectory(_ test: XCTestCase) throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dalaba-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    return dir
}

/// A fresh station's folders for `startDalabad`: `schedules/` and `state/` made in a temporary
/// directory, and where its control socket goes.
func stationFolders(_ test: XCTestCase) throws -> (schedules: URL, state: URL, socket: String) {
    let dir = try temporaryDirectory(test)
    let schedules = dir.appendingPathComponent("schedules")
    let state = dir.appendingPathComponent("state")
    for folder in [schedules, state] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    return (schedules, state, dir.appendingPathComponent("control.sock").path)
}

/// Filled by one reader thread, read after it finished (the DispatchGroup orders the two).
private final class DataBox: @unchecked Sendable {
    var data = Data()
}

/// Starts the built dalabad on `schedules` with the repository's voices, its state in `state`,
/// playing to the null output, and waits (up to 30 s) until its control socket answers.
func startDalabad(schedules: URL, state: URL, socket: String) throws -> Process {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("dalabad")
    process.arguments = ["--schedules", schedules.path, "--voices", repositoryRoot.appendingPathComponent("voices").path,
                         "--state", state.path, "--socket", socket, "--output", "null"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Until a connect succeeds, not until the file exists: the file appears at bind(), a moment
    // before listen(), and a command sent in between is refused as if no daemon ran.
    let deadline = Date().addingTimeInterval(30)
    while !UnixSocket.isLive(socket), Date() < deadline, process.isRunning { usleep(20_000) }
    XCTAssertTrue(UnixSocket.isLive(socket), "dalabad did not start")
    return process
}
