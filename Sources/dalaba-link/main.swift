import Foundation
import LinkService

// dalaba-link: keeps this station in touch with the township hub (docs/hub-scale.md).
do {
    let service = try LinkService.make(arguments: Array(CommandLine.arguments.dropFirst()))
    await service.run()
} catch {
    FileHandle.standardError.write(Data((LinkOptions.message(for: error) + "\n").utf8))
    exit(LinkOptions.exitCode(for: error).rawValue)
}
