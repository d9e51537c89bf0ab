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
func runDalaba(_ arguments: [String], executable: String = "dalaba", input: String? = nil,
         environment: [String: String] = [:], in directory: URL? = nil) throws -> ProcessResult {
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

/// Filled by one reader thread, read after it finished (the DispatchGroup orders the two).
private final class DataBox: @unchecked Sendable {
    var data = Data()
}
