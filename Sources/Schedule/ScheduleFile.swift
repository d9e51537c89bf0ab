// One schedule file's outcome, and the pure parse from bytes to that outcome.
import Foundation
import Messages
import Vocabulary
import Yams

/// What one file in the schedules folder amounts to.
public struct ScheduleFileResult: Sendable {
    public enum Content: Sendable, Hashable {
        case program(Program)
        case station(StationSettings)
        /// Not a schedule file (README, a .txt, a folder…): ignored, maybe with a warning.
        case skipped
        /// Has errors: contributes nothing (the daemon keeps its last good version).
        case failed
    }

    /// The file name (`epidemic-morning.yaml`).
    public let name: String
    /// The path as shown in diagnostics (`schedules/epidemic-morning.yaml`).
    public let path: String
    public var content: Content
    public var diagnostics: [Diagnostic]
    /// True when `content` is a previous good version kept because the file now fails
    /// (see `ScheduleSnapshot.keepingLastGood(from:)`).
    public var isLastGood: Bool = false

    public init(name: String, path: String, content: Content, diagnostics: [Diagnostic]) {
        self.name = name
        self.path = path
        self.content = content
        self.diagnostics = diagnostics
    }

    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    public var program: Program? {
        if case .program(let program) = content { return program }
        return nil
    }
}

/// Bytes → result, with no file system access: the loader, the tests and the fuzzer share it.
public struct ScheduleFileParser: Sendable {
    public static let stationFileNames: Set<String> = ["station.yaml", "station.yml"]
    /// Larger files are refused before parsing; a real program file is a few hundred bytes.
    public static let maxFileSize = 1 << 20

    /// Voice names a program may use; nil skips the check (no voices folder to compare with).
    public var knownVoices: Set<String>?

    public init(knownVoices: Set<String>?) { self.knownVoices = knownVoices }

    static let allKeySpellings: Set<String> = Set(
        ProgramParser.keys.spellings + StationParser.keys.spellings + StationParser.amplifierKeys.spellings)

    /// What a file is read as; by default `station.yaml` / `station.yml` are station settings
    /// and every other file a program.
    public enum Kind: Sendable {
        case program, station

        public init(fileName: String) {
            self = ScheduleFileParser.stationFileNames.contains(fileName.lowercased()) ? .station : .program
        }
    }

    public func parse(data: Data, name: String, path: String, as kind: Kind? = nil) -> ScheduleFileResult {
        var sink = DiagnosticSink(file: path)
        let content = parseContent(data: data, name: name, isStation: (kind ?? Kind(fileName: name)) == .station, sink: &sink)
        return ScheduleFileResult(name: name, path: path, content: sink.hasErrors ? .failed : content,
                                  diagnostics: sink.diagnostics.sortedByPosition())
    }

    private func parseContent(data: Data, name: String, isStation: Bool,
                              sink: inout DiagnosticSink) -> ScheduleFileResult.Content {
        guard data.count <= Self.maxFileSize else {
            sink.error(.start, ScheduleMessage.tooBig(["size": data.count / 1024, "max": Self.maxFileSize / 1024]))
            return .failed
        }
        let text: String
        switch SourceDecoder.decode(data) {
        case .success(let decoded): text = decoded
        case .failure(let failure):
            sink.error(failure.position, failure.message)
            return .failed
        }
        if let (position, message) = PreScan.check(text) {
            sink.error(position, message)
            return .failed
        }
        let root: Node
        do {
            // The basic resolver: values are read from their text, so YAML's implicit typing
            // (a regex per scalar) would be wasted work — and the source of the 12:00 = 720 trap.
            // Passing the encoding also avoids Yams reading the environment on every parse.
            let parser = try Yams.Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
            guard let node = try parser.singleRoot() else {
                if isStation { return .station(StationSettings()) }
                sink.error(.start, ScheduleMessage.emptyFile())
                return .failed
            }
            root = node
        } catch {
            let (position, message) = StructureHints.describe(error, text: text, keys: Self.allKeySpellings)
            sink.error(position, message)
            return .failed
        }
        if isStation {
            return StationParser.parse(root: root, sink: &sink).map { .station($0) } ?? .failed
        }
        let id = (name as NSString).deletingPathExtension
        return ProgramParser.parse(root: root, id: id, file: name, path: sink.file, knownVoices: knownVoices, sink: &sink)
            .map { .program($0) } ?? .failed
    }
}
