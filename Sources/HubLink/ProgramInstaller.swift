import Foundation
import Schedule

/// Programs pushed by the hub, brought into the station's schedules folder: each checked with
/// the station's own parser first (a bad one is refused with the parser's `file:line` reason and
/// never installed), written whole (a temporary file renamed over, so dalabad's watcher never
/// reads half a file), and removed when the hub removes it. Hub files are named `hub-FILE`, so
/// a push never overwrites a clerk's own program of the same name.
public struct ProgramInstaller: Sendable {
    public let directory: URL
    public let parser: ScheduleFileParser
    public static let prefix = "hub-"

    public init(directory: URL, knownVoices: Set<String>?) {
        self.directory = directory
        self.parser = ScheduleFileParser(knownVoices: knownVoices)
    }

    public static func installedName(_ fileName: String) -> String { prefix + fileName }

    /// Brings the folder in line with what the hub holds for this village; returns the reports
    /// for the programs whose state changes. The newest program of a file name wins; an older
    /// one still pending is reported removed (superseded), and removing an older one leaves the
    /// newer one's file alone.
    public func apply(_ programs: [HubProgram]) -> [ProgramReport] {
        var newest: [String: HubProgram] = [:]
        for program in programs where !program.removed {
            if let held = newest[program.fileName], held.id > program.id { continue }
            newest[program.fileName] = program
        }
        var reports: [ProgramReport] = []
        for program in programs.sorted(by: { $0.id < $1.id }) {
            if program.removed {
                guard program.state != .removed else { continue }
                if newest[program.fileName] == nil { remove(program.fileName) }
                reports.append(ProgramReport(program: program.id, state: .removed))
            } else if program.state == .pending {
                if newest[program.fileName]?.id != program.id {
                    let newer = newest[program.fileName]!.id
                    reports.append(ProgramReport(program: program.id, state: .removed, reason: "superseded by program \(newer)"))
                    continue
                }
                reports.append(install(program))
            }
        }
        return reports
    }

    /// Checks and writes one program.
    public func install(_ program: HubProgram) -> ProgramReport {
        let name = program.fileName
        guard !name.contains("/"), !name.hasPrefix("."), name.hasSuffix(".yaml") || name.hasSuffix(".yml") else {
            return ProgramReport(program: program.id, state: .refused, reason: "\(name): a program's file name ends in .yaml, without a folder")
        }
        guard ScheduleFileParser.Kind(fileName: name) == .program else {
            return ProgramReport(program: program.id, state: .refused, reason: "\(name): the station's own settings are set at the station, not pushed from the hub")
        }
        let data = Data(program.yaml.utf8)
        let result = parser.parse(data: data, name: Self.installedName(name), path: name, as: .program)
        let errors = result.diagnostics.filter(\.isError)
        guard errors.isEmpty else {
            return ProgramReport(program: program.id, state: .refused, reason: errors.map(\.description).joined(separator: "\n"))
        }
        do {
            try write(data, as: Self.installedName(name))
            return ProgramReport(program: program.id, state: .installed)
        } catch {
            return ProgramReport(program: program.id, state: .refused, reason: "\(name): cannot be written into \(directory.path): \(error.localizedDescription)")
        }
    }

    func remove(_ fileName: String) {
        try? FileManager.default.removeItem(at: directory.appendingPathComponent(Self.installedName(fileName)))
    }

    /// A dot-file first (the loader ignores those), flushed, then renamed into place.
    private func write(_ data: Data, as name: String) throws {
        let final = directory.appendingPathComponent(name)
        let temporary = directory.appendingPathComponent(".\(name).\(getpid()).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o644]) else {
            throw CocoaError(.fileWriteNoPermission)
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, final.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
