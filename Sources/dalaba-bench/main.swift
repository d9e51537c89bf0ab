// `make bench`: dalaba-bench [SUITE...]; with no argument every suite runs.
// Each suite prints its own figures; none of this is a timed test.
import Foundation

let suites: [(name: String, run: () throws -> Void)] = [
    ("speech", speechBench),
    ("station", stationBench),
    ("start", startBench),
    ("zones", zoneBench),
    ("schedule", scheduleBench),
    ("mandarin", mandarinBench),
    ("mandarin-memory", mandarinMemoryBench),
    ("normalize", normalizeBench),
]

let wanted = Set(CommandLine.arguments.dropFirst())
for suite in suites where wanted.isEmpty || wanted.contains(suite.name) {
    print("== \(suite.name) ==")
    try suite.run()
    fflush(nil)  // each suite's figures out as it ends, also into a file
}
