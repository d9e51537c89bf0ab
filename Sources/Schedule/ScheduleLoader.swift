// The file-system side: list a schedules folder, read each file safely, hand the bytes to
// ScheduleFileParser. Never blocks on a FIFO, never follows a symlink loop, never reads
// more than the size limit.
import Foundation
import Vocabulary

public struct ScheduleLoader: Sendable {
    public var parser: ScheduleFileParser

    /// `knownVoices`: names of the voice profiles (see `VoiceNames`); nil skips the voice check.
    public init(knownVoices: Set<String>?) {
        parser = ScheduleFileParser(knownVoices: knownVoices)
    }

    /// Every `.yaml` / `.yml` file directly in `directory`. README files, hidden files and
    /// editor backups (`~`) are skipped silently; other files and folders with a warning.
    public func load(directory: URL) -> ScheduleSnapshot {
        let displayDir = directory.relativePath
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        } catch {
            let reason = FileManager.default.fileExists(atPath: directory.path)
                ? "cannot be read (\(Self.reason(error)))" : "does not exist"
            return ScheduleSnapshot(files: [ScheduleFileResult(
                name: "", path: displayDir, content: .failed,
                diagnostics: [Diagnostic(file: displayDir, line: 1, column: 1, severity: .error,
                                         message: "the schedules folder \(reason)")])])
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

    /// `within`: the schedules folder the file was listed in; a symbolic link that leads out
    /// of it is refused unread (the daemon would otherwise quote any file it can read).
    func load(file: URL, displayPath: String, as kind: ScheduleFileParser.Kind? = nil, within folder: URL? = nil) -> ScheduleFileResult {
        let name = file.lastPathComponent
        func skip(_ message: String?) -> ScheduleFileResult {
            ScheduleFileResult(name: name, path: displayPath, content: .skipped, diagnostics: message.map {
                [Diagnostic(file: displayPath, line: 1, column: 1, severity: .warning, message: $0)]
            } ?? [])
        }
        func fail(_ message: String) -> ScheduleFileResult {
            ScheduleFileResult(name: name, path: displayPath, content: .failed,
                               diagnostics: [Diagnostic(file: displayPath, line: 1, column: 1, severity: .error, message: message)])
        }
        if let folder, Self.isLinkLeaving(folder, file) {
            return fail("refused: this is a symbolic link to a file outside the schedules folder — copy the file into the folder instead")
        }
        // stat follows symlinks: a loop or a dangling link fails here, before any open().
        var info = stat()
        guard stat(file.path, &info) == 0 else {
            let code = errno
            if code == ELOOP { return skip("skipped: this is a symbolic link that loops back on itself") }
            if code == ENOENT { return fail("file not found (or a symbolic link to a missing file)") }
            return fail("cannot read this file (\(String(cString: strerror(code))))")
        }
        let fileType = info.st_mode & S_IFMT
        guard Self.hasScheduleExtension(name) || kind != nil else {
            if fileType == S_IFDIR { return skip("skipped: folders inside the schedules folder are not read") }
            // Notepad adds .txt unless "Save as type" is set to "All files".
            let lowered = name.lowercased()
            if lowered.hasSuffix(".yaml.txt") || lowered.hasSuffix(".yml.txt") {
                return skip("skipped: this file ends in .txt, so it is not read — rename it to \(name.dropLast(4)) (in Notepad's 另存为 / Save As, choose 保存类型 \"所有文件 (*.*)\" / All files)")
            }
            return skip("skipped: not a schedule file — only .yaml and .yml files are read")
        }
        guard fileType == S_IFREG else {
            return skip("skipped: not a regular file (a folder, pipe or device)")
        }
        guard Int(info.st_size) <= ScheduleFileParser.maxFileSize else {
            return fail("this file is \(Int(info.st_size) / 1024) KB — a schedule file must be under \(ScheduleFileParser.maxFileSize / 1024) KB; is it the right file?")
        }
        do {
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            // One byte over the limit is enough to know the file grew past it meanwhile.
            let data = try handle.read(upToCount: ScheduleFileParser.maxFileSize + 1) ?? Data()
            return parser.parse(data: data, name: name, path: displayPath, as: kind)
        } catch {
            return fail("cannot read this file (\(Self.reason(error)))")
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
