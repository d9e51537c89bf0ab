import Foundation

/// A W3C WebDriver client, just what the console's browser tests use: JSON over HTTP to
/// chromedriver on a loopback port (https://www.w3.org/TR/webdriver2/, LoopbackHTTP). No
/// third-party package.
final class WebDriver: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// An element reference (the W3C element identifier).
    struct Element: Sendable {
        let id: String
    }

    private static let elementKey = "element-6066-11e4-a52e-4f735466cecf"
    let port: Int
    private(set) var sessionID: String?

    init(port: Int) {
        self.port = port
    }

    // MARK: The protocol

    /// One command: `method` on `path` (below the session's when `inSession`), the reply's `value`.
    @discardableResult
    func command(_ method: String, _ path: String, _ body: [String: Any]? = nil, inSession: Bool = true) throws -> Any? {
        var target = path
        if inSession {
            guard let sessionID else { throw Failure(description: "no WebDriver session") }
            target = "/session/\(sessionID)" + path
        }
        var payload: Data?
        if let body {
            payload = try JSONSerialization.data(withJSONObject: body)
        } else if method == "POST" {
            payload = Data("{}".utf8)
        }
        let (status, data): (Int, Data)
        do { (status, data) = try LoopbackHTTP.request(port: port, method: method, path: target, body: payload) } catch {
            throw Failure(description: "WebDriver \(method) \(path): \(error)")
        }
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        let value = object?["value"]
        guard status == 200 else {
            let error = (value as? [String: Any]).map { "\($0["error"] ?? "?"): \($0["message"] ?? "")" } ?? String(decoding: data, as: UTF8.self)
            throw Failure(description: "WebDriver \(method) \(path): HTTP \(status): \(error)")
        }
        return value is NSNull ? nil : value
    }

    /// Whether chromedriver answers and is ready for a new session.
    func isReady() -> Bool {
        do {
            let status = try command("GET", "/status", inSession: false) as? [String: Any]
            lastStatus = "\(status ?? [:])"
            return (status?["ready"] as? NSNumber)?.boolValue == true || status?["ready"] as? Bool == true
        } catch {
            lastStatus = "\(error)"
            return false
        }
    }
    /// What the last `isReady()` heard (for the failure message).
    private(set) var lastStatus = ""


    /// A new session of headless Chromium (Debian's `chromium`). As root Chromium needs
    /// `--no-sandbox`; `--headless=new` is the real browser without a window.
    func startSession(binary: String = "/usr/bin/chromium") throws {
        var arguments = ["--headless=new", "--disable-gpu", "--window-size=1280,900", "--lang=zh-CN",
                         "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions",
                         "--force-device-scale-factor=1", "--hide-scrollbars"]
        if getuid() == 0 { arguments.append("--no-sandbox") }
        let capabilities: [String: Any] = [
            "capabilities": ["alwaysMatch": [
                "browserName": "chrome",
                "goog:chromeOptions": ["binary": binary, "args": arguments],
            ] as [String: Any]],
        ]
        guard let value = try command("POST", "/session", capabilities, inSession: false) as? [String: Any],
              let id = value["sessionId"] as? String else { throw Failure(description: "chromedriver gave no session id") }
        sessionID = id
    }

    func endSession() {
        guard sessionID != nil else { return }
        _ = try? command("DELETE", "")
        sessionID = nil
    }

    // MARK: Navigation and the page

    func go(_ url: String) throws { try command("POST", "/url", ["url": url]) }
    func currentURL() throws -> String { try command("GET", "/url") as? String ?? "" }
    func title() throws -> String { try command("GET", "/title") as? String ?? "" }
    func pageSource() throws -> String { try command("GET", "/source") as? String ?? "" }

    /// Runs `script` (a function body; `arguments[0]` … are `args`) in the page, its return value.
    @discardableResult
    func execute(_ script: String, _ args: [Any] = []) throws -> Any? {
        try command("POST", "/execute/sync", ["script": script, "args": args])
    }

    /// As `execute`, for a script that calls `arguments[arguments.length - 1](result)` when done.
    @discardableResult
    func executeAsync(_ script: String, _ args: [Any] = []) throws -> Any? {
        try command("POST", "/execute/async", ["script": script, "args": args])
    }

    // MARK: Elements

    func find(_ css: String) throws -> Element {
        let value = try command("POST", "/element", ["using": "css selector", "value": css])
        guard let id = (value as? [String: Any])?[Self.elementKey] as? String else {
            throw Failure(description: "no element id for \(css): \(value ?? "nil")")
        }
        return Element(id: id)
    }

    func findAll(_ css: String) throws -> [Element] {
        let values = try command("POST", "/elements", ["using": "css selector", "value": css]) as? [[String: Any]] ?? []
        return values.compactMap { ($0[Self.elementKey] as? String).map(Element.init) }
    }

    func click(_ element: Element) throws { try command("POST", "/element/\(element.id)/click") }
    func clear(_ element: Element) throws { try command("POST", "/element/\(element.id)/clear") }
    func type(_ text: String, into element: Element) throws {
        try command("POST", "/element/\(element.id)/value", ["text": text])
    }
    func text(of element: Element) throws -> String { try command("GET", "/element/\(element.id)/text") as? String ?? "" }
    func attribute(_ name: String, of element: Element) throws -> String? {
        try command("GET", "/element/\(element.id)/attribute/\(name)") as? String
    }
    func property(_ name: String, of element: Element) throws -> Any? {
        try command("GET", "/element/\(element.id)/property/\(name)")
    }

    /// Waits for `condition` with a deadline (pages load and update asynchronously); the last
    /// error or false is reported by the caller.
    func wait(timeout: TimeInterval, _ condition: () throws -> Bool) -> Bool {
        let end = Date().addingTimeInterval(timeout)
        repeat {
            if (try? condition()) == true { return true }
            Thread.sleep(forTimeInterval: 0.1)
        } while Date() < end
        return false
    }

    // MARK: Screen

    /// Lays the page out as a phone or desktop screen `width` CSS pixels wide (Chrome DevTools'
    /// device metrics, so the viewport is exactly that wide whatever the window) and returns a
    /// PNG of the whole page, its height as laid out at that width.
    func screenshot(width: Int, mobile: Bool) throws -> Data {
        func metrics(height: Int) throws {
            try command("POST", "/goog/cdp/execute", ["cmd": "Emulation.setDeviceMetricsOverride", "params": [
                "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile,
            ] as [String: Any]])
        }
        try metrics(height: mobile ? 740 : 900)
        let height = (try execute("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)") as? Int) ?? 900
        try metrics(height: min(max(height, mobile ? 740 : 900), 6000))
        guard let base64 = try command("GET", "/screenshot") as? String, let png = Data(base64Encoded: base64) else {
            throw Failure(description: "no screenshot")
        }
        try command("POST", "/goog/cdp/execute", ["cmd": "Emulation.clearDeviceMetricsOverride", "params": [String: Any]()])
        return png
    }
}
