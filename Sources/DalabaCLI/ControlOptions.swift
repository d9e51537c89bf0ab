import ArgumentParser
import Control
import Foundation

/// `--socket PATH` and `--json`, shared by every command that talks to dalabad.
struct ControlOptions: ParsableArguments {
    @Option(help: "The daemon's control socket (default: found by the same rule dalabad uses).")
    var socket: String?

    @Flag(help: "Print the daemon's reply as JSON instead of text.")
    var json = false

    var path: String { socket ?? SocketPath.forClient() }

    /// Connects; "not running" and "permission denied" become one line and exit status 1.
    func connect() throws -> ControlClient {
        do { return try ControlClient(path: path) } catch { throw Failure(error.description) }
    }

    /// Sends one request and returns the reply line; a refusal becomes the daemon's own sentence.
    func call(_ request: Request) throws -> Data {
        do { return try connect().call(request) } catch let error as ControlError {
            throw Failure(error.message)
        } catch let error as ClientError {
            throw Failure(error.description)
        }
    }

    func call<Reply: Decodable>(_ request: Request, as type: Reply.Type) throws -> (line: Data, reply: Reply) {
        let line = try call(request)
        do { return (line, try Wire.decoder().decode(Reply.self, from: line)) } catch {
            throw Failure("unexpected reply from dalabad: \(error)")
        }
    }

    func printLine(_ line: Data) {
        print(String(decoding: line, as: UTF8.self))
    }
}

/// How the CLI shows instants: in the station's time zone (station.yaml, as the daemon reports
/// it), which need not be the machine's: a program due at 18:30 shows as 18:30.
struct StationTimeFormat {
    var calendar: Calendar

    /// `identifier` from the daemon's reply; the machine's zone if it sent none.
    init(zone identifier: String?) {
        calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = identifier.flatMap(TimeZone.init(identifier:)) ?? .current
    }

    func time(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    /// The time alone today, else with its date.
    func dateTime(_ date: Date, now: Date = Date()) -> String {
        guard !calendar.isDate(date, inSameDayAs: now) else { return time(date) }
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d ", day.year ?? 0, day.month ?? 0, day.day ?? 0) + time(date)
    }
}
