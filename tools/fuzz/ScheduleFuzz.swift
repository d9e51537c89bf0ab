// libFuzzer entry point for the schedule parser (built by tools/fuzz/schedule-fuzz.sh, not by
// the package): any bytes must give a result whose diagnostics are well formed, and a valid
// program must expand without trapping.
import Foundation
@testable import Schedule

let parser = ScheduleFileParser(knownVoices: ["standard", "slow"])
let newYork = TimeZone(identifier: "America/New_York")!

// SwiftPM links an executable's entry point as `<module>_main`; hand control to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

@_cdecl("ScheduleFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { start, count in fuzz(start, count) }
}

public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    for name in ["fuzz.yaml", "station.yaml"] {
        let result = parser.parse(data: data, name: name, path: name)
        for diagnostic in result.diagnostics where diagnostic.line < 1 || diagnostic.column < 1 || diagnostic.message.isEmpty {
            fatalError("malformed diagnostic \(diagnostic)")
        }
        if case .program(let program) = result.content {
            for day in ["2027-03-14", "2027-11-07", "2028-02-29"] {
                _ = program.occurrences(on: LocalDate(iso: day)!, in: newYork)
            }
        }
    }
    // The value readers, on the raw text, one line at a time.
    let text = String(decoding: data, as: UTF8.self)
    for line in text.split(separator: "\n").prefix(20) {
        let value = String(line)
        _ = try? ValueSyntax.time(value)
        _ = try? ValueSyntax.date(value)
        _ = try? ValueSyntax.duration(value, bareUnit: 1)
        _ = try? ValueSyntax.range(value)
    }
    return 0
}
