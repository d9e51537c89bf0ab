// The file-system side: list a schedules folder, read each file safely, hand the bytes to
// ScheduleFileParser. Never blocks on a FIFO, never follows a symlink loop, never reads
// more than the size limit.
import Audio
import Foundation
import Recording
import Messages
import Vocabulary

public struct ScheduleLoader: Sendable {
    public var parser: ScheduleFileParser
    /// Results of recordings checked before (the daemon's, kept across reloads); nil decodes
    /// every recording (`schedule check`).
    public var recordings: RecordingCheckCache?

    /// `knownVoices`: names of the voice profiles (see `VoiceNames`); nil skips the voice check.
    public init(knownVoices: Set<String>?, recordings: RecordingCheckCache? = nil) {
        parser = ScheduleFileParser(knownVoices: knownVoices)
        self.recordings = recordings
    }

    /// Every `.yaml` / `.yml` file directly in `directory`. README files, hidden files and
    /// editor backups (`~`) are skipped silently; other files and folders with a warning.
    public func load(directory: URL) -> ScheduleSnapshot {
        let displayDir = directory.relativePath
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            let message = FileManager.default.fileExists(atPath: directory.path)
                ? ScheduleMessage.folderUnreadable(["reason": Self.reason(error)]) : ScheduleMessage.folderMissing()
            return ScheduleSnapshot(files: [ScheduleFileResult(
                name: "", path: displayDir, content: .failed,
                diagnostics: [Diagnostic(file: displayDir, line: 1, column: 1, severity: .error,
                                         text: message)])])
        }
        let results = names.compactMap { name -> ScheduleFileResult? in
            if Self.isSilentlyIgnored(name) { return nil }
            return load(file: directory.appendingPathComponent(name), displayPath: Self.join(displayDir, name), within: directory)
        }
        return ScheduleSnapshot(files: results)
    }

    /// Files named one by one (`dalaba schedule check a.yaml b.yaml`).
    public func load(files: [URL]) -> ScheduleSnapshot {
        ScheduleSnapshot(files: files.map { load(file: $0) })
    }

    /// One file, read as a program or station settings by its name unless `kind` says
    /// (`dalabad --config /etc/dalaba/dalabad.yaml` reads station settings from any name).
    public func load(file: URL, as kind: ScheduleFileParser.Kind? = nil) -> ScheduleFileResult {
        load(file: file, displayPath: file.relativePath, as: kind)
    }

    /// A program whose recording cannot be played fails like any other error, at the line of
    /// its `audio:` key, so `schedule check` names it and a reload keeps the last good version.
    /// The whole file is decoded, so damage in the middle is found now, not at the program's time
    /// (unless `recordings` knows the file unchanged since it was decoded).
    func checkRecording(_ result: ScheduleFileResult) -> ScheduleFileResult {
        guard case .program(let program) = result.content, let audio = program.audio else { return result }
        do {
            if let recordings {
                _ = try recordings.check(path: audio, sampleRate: PCMBuffer.stationRate)
            } else {
                _ = try Recording.check(path: audio, sampleRate: PCMBuffer.stationRate)
            }
            return result
        } catch {
            var failed = result
            failed.content = .failed
            failed.diagnostics = (result.diagnostics + [
                Diagnostic(file: result.path, line: program.keyLines["audio"] ?? 1, column: 1, severity: .error,
                           text: error.text),
            ]).sortedByPosition()
            return failed
        }
    }

    /// Sound files a program's `audio:` may name (docs/audio.md), skipped without a word; the
    /// daemon reloads when one of them changes.
    public static let recordingExtensions: Set<String> = ["wav", "flac", "ogg", "oga", "mp3"]

    /// `within`: the schedules folder the file was listed in; a symbolic link that leads out
    /// of it is refused unread (the daemon would otherwise quote any file it can read).
    func load(file: URL, displayPath: String, as kind: ScheduleFileParser.Kind? = nil, within folder: URL? = nil) -> ScheduleFileResult {
        let name = file.lastPathComponent
        func skip(_ message: LocalizedText?) -> ScheduleFileResult {
            ScheduleFileResult(name: name, path: displayPath, content: .skipped, diagnostics: message.map {
                [Diagnostic(file: displayPath, line: 1, column: 1, severity: .warning, text: $0)]
            } ?? [])
        }
        func fail(_ message: LocalizedText) -> ScheduleFileResult {
            ScheduleFileResult(name: name, path: displayPath, content: .failed,
                               diagnostics: [Diagnostic(file: displayPath, line: 1, column: 1, severity: .error, text: message)])
        }
        if let folder, Self.isLinkLeaving(folder, file) {
            return fail(ScheduleMessage.linkOutside())
        }
        // stat follows symlinks: a loop or a dangling link fails here, before any open().
        var info = stat()
        guard stat(file.path, &info) == 0 else {
            let code = errno
            if code == ELOOP { return skip(ScheduleMessage.linkLoop()) }
            if code == ENOENT { return fail(ScheduleMessage.notFound()) }
            return fail(ScheduleMessage.cannotRead(["reason": String(cString: strerror(code))]))
        }
        let fileType = info.st_mode & S_IFMT
        guard Self.hasScheduleExtension(name) || kind != nil else {
            if fileType == S_IFDIR { return skip(ScheduleMessage.skippedFolder()) }
            // Notepad adds .txt unless "Save as type" is set to "All files".
            let lowered = name.lowercased()
            if lowered.hasSuffix(".yaml.txt") || lowered.hasSuffix(".yml.txt") {
                return skip(ScheduleMessage.skippedTxt(["name": name.dropLast(4)]))
            }
            // Recordings (`audio:`) live beside the programs that play them: no warning.
            if Self.recordingExtensions.contains((lowered as NSString).pathExtension) { return skip(nil) }
            return skip(ScheduleMessage.skippedNotSchedule())
        }
        guard fileType == S_IFREG else {
            return skip(ScheduleMessage.skippedNotRegular())
        }
        guard Int(info.st_size) <= ScheduleFileParser.maxFileSize else {
            return fail(ScheduleMessage.tooBig(["size": Int(info.st_size) / 1024, "max": ScheduleFileParser.maxFileSize / 1024]))
        }
        do {
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            // One byte over the limit is enough to know the file grew past it meanwhile.
            let data = try handle.read(upToCount: ScheduleFileParser.maxFileSize + 1) ?? Data()
            return checkRecording(parser.parse(data: data, name: name, path: displayPath, as: kind))
        } catch {
            return fail(ScheduleMessage.cannotRead(["reason": Self.reason(error)]))
        }
    }

    /// Whether `file` is a symbolic link whose target lies outside `folder`. A link that
    /// cannot be resolved (dangling, a loop) is left to the checks that name those.
    static func isLinkLeaving(_ folder: URL, _ file: URL) -> Bool {
        var link = stat()
        guard lstat(file.path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK,
              let target = realPath(file.path), let base = realPath(folder.path) else { return false }
        return !target.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func hasScheduleExtension(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml")
    }

    static func isSilentlyIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name.uppercased().hasPrefix("README")
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

/// The voice profile names available to programs, by the one rule the daemon loads them by
/// (Vocabulary.VoiceName); none when the folder cannot be read.
public enum VoiceNames {
    public static func inDirectory(_ url: URL) -> Set<String> {
        Set(((try? VoiceName.files(in: url)) ?? [:]).keys)
    }
}
