import Foundation
import XCTest

/// The WebDriver client against headless Chromium on a page of its own (no console): typing,
/// clicking, scripts, screenshots at a phone's and a desktop's width.
final class WebDriverTests: XCTestCase {
    func testTheClientDrivesHeadlessChromium() throws {
        let browser = try Browser()
        defer { browser.quit() }
        let driver = browser.driver
        let page = """
            <!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>插播</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
            <form onsubmit="document.getElementById('out').textContent = this.text.value; return false">
            <textarea name="text"></textarea><input type="checkbox" name="villages" value="7">
            <button type="submit">发送</button></form><p id="out"></p></body></html>
            """
        try driver.go("data:text/html;charset=utf-8;base64," + Data(page.utf8).base64EncodedString())
        XCTAssertEqual(try driver.title(), "插播")
        try driver.type("各位村民请注意", into: try driver.find("form [name=text]"))
        let box = try driver.find("input[name=villages][value='7']")
        try driver.click(box)
        XCTAssertEqual(try driver.property("checked", of: box) as? Bool, true)
        try driver.click(try driver.find("form [type=submit]"))
        XCTAssertTrue(driver.wait(timeout: 5) { try driver.text(of: try driver.find("#out")) == "各位村民请注意" })
        XCTAssertEqual(try driver.execute("return arguments[0] + 1", [41]) as? Int, 42)
        XCTAssertEqual(try driver.findAll("p").count, 1)
        XCTAssertThrowsError(try driver.find("#nothing-here"))
        for width in [360, 1280] {
            let png = try driver.screenshot(width: width, mobile: width < 600)
            XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
            XCTAssertEqual(png[16..<20].reduce(0) { $0 << 8 | Int($1) }, width)
        }
    }
}
