import Foundation

/// The directory of the built executables (`dalaba`, `dalaba-hub`, `dalaba-link` …), beside the
/// test bundle.
public let productsDirectory: URL = {
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
    }
    return Bundle.main.bundleURL
}()

public struct ProductResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a built executable to its end with `environment` added to ours (PG* and DALABA_HUB
/// removed first, so that the machine's own settings never leak in; LC_ALL=C.UTF-8 unless given)
/// and `input` on its standard input.
@discardableResult
public func runProduct(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:], input: String? = nil
) throws -> ProductResult {
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent(executable)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PG") && $0.key != "DALABA_HUB" }
    env["HOME"] = "/nonexistent"  // no ~/.pgpass of the machine's
    // English unless the test asks for Chinese (the machine's LANG must not decide).
    env["LC_ALL"] = "C.UTF-8"
    env["LC_MESSAGES"] = nil
    env["LANG"] = nil
    process.environment = env.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    let inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
    try process.run()
    if let input {
        inPipe.fileHandleForWriting.write(Data(input.utf8))
        try inPipe.fileHandleForWriting.close()
    }
    let box = OutputBox()
    let group = DispatchGroup()
    DispatchQueue.global().async(group: group) { box.data = out.fileHandleForReading.readDataToEndOfFile() }
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProductResult(
        status: process.terminationStatus, stdout: String(decoding: box.data, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

private final class OutputBox: @unchecked Sendable {
    var data = Data()
}
