import Foundation
import ArgumentParser
import Messages

/// `--villages 茅村,李庄` or `--all`: which villages a command is for (nil: all).
struct VillageTargets: ParsableArguments {
    @Option(help: ArgumentHelp(HubHelp.targetVillages.localized(), valueName: "names"))
    var villages: String?

    @Flag(help: ArgumentHelp(HubHelp.targetAll.localized()))
    var all = false

    func validate() throws {
        switch (villages, all) {
        case (nil, false): throw ValidationError(HubHelp.sayWhichVillages.localized())
        case (.some, true): throw ValidationError(HubHelp.villagesOrAll.localized())
        default: break
        }
        if let villages, Self.names(villages).isEmpty { throw ValidationError(HubHelp.villagesEmpty.localized()) }
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
