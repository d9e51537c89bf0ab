import Foundation
import ArgumentParser

/// `--villages 茅村,李庄` or `--all`: which villages a command is for (nil: all).
struct VillageTargets: ParsableArguments {
    @Option(help: ArgumentHelp("The villages, by name, separated by commas (，and 、 too).", valueName: "names"))
    var villages: String?

    @Flag(help: "Every village on the hub.")
    var all = false

    func validate() throws {
        switch (villages, all) {
        case (nil, false): throw ValidationError("Say which villages: --villages 茅村,李庄 or --all.")
        case (.some, true): throw ValidationError("Give --villages or --all, not both.")
        default: break
        }
        if let villages, Self.names(villages).isEmpty { throw ValidationError("--villages names no village.") }
    }

    /// The names given, or nil for all.
    var names: [String]? { villages.map(Self.names) }

    /// A list typed by hand: commas, Chinese commas and enumeration commas, spaces around.
    static func names(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
