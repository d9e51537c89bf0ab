import CAP
import Foundation
import Messages
import Testing

/// The specification's examples and Chinese warnings parse with their fields; hostile and
/// broken files are refused, each with its reason in both languages.
@Suite struct CAPParserTests {
    @Test func specificationHomelandSecurityAdvisory() throws {
        let alert = try CAPData.alert("spec-a1-homeland-security.xml")
        #expect(alert.identifier == "43b080713727")
        #expect(alert.sender == "hsas@dhs.gov")
        #expect(alert.sent.text == "2003-04-02T14:39:01-05:00")
        #expect(alert.sent.date == Date(timeIntervalSince1970: 1_049_312_341))
        #expect(alert.status == .actual && alert.msgType == .alert && alert.scope == .public)
        let info = try #require(alert.infos.first)
        #expect(info.language == "en-US")
        #expect(info.categories == [.security])
        #expect(info.urgency == .immediate && info.severity == .severe && info.certainty == .likely)
        #expect(info.headline == "Homeland Security Sets Code ORANGE")
        #expect(info.instruction?.hasPrefix("A High Condition is declared") == true)
        #expect(info.areas.map(\.areaDesc) == ["U.S. nationwide and interests worldwide"])
    }

    @Test func specificationThunderstormWarning() throws {
        let alert = try CAPData.alert("spec-a2-thunderstorm.xml")
        #expect(alert.identifier == "KSTO1055887203")
        let info = try #require(alert.infos.first)
        #expect(info.expires?.text == "2003-06-17T16:00:00-07:00")
        #expect(info.expires?.offset == -7 * 3600)
        let area = try #require(info.areas.first)
        #expect(area.polygons.count == 1)
        #expect(area.polygons[0].count == 5)
        #expect(area.polygons[0][1] == Coordinate(latitude: 38.34, longitude: -119.95))
        #expect(area.geocodes.map(\.value) == ["006109", "006009", "006003"])
        #expect(area.regionCodes.isEmpty, "SAME codes are not Chinese region codes")
    }

    @Test func specificationEarthquakeUpdate() throws {
        let alert = try CAPData.alert("spec-a3-earthquake-update.xml")
        #expect(alert.msgType == .update)
        #expect(alert.references == [CAPReference(sender: "trinet@caltech.edu", identifier: "TRI13970876.1", sent: "2003-06-11T20:30:00-07:00")])
        let circle = try #require(alert.infos.first?.areas.first?.circles.first)
        #expect(circle.center == Coordinate(latitude: 32.9525, longitude: -115.5527))
        #expect(circle.radiusKilometres == 0)
    }

    @Test func specificationAmberAlertInTwoLanguages() throws {
        let alert = try CAPData.alert("spec-a4-amber-alert.xml")
        #expect(alert.source == "SW")
        #expect(alert.infos.map(\.language) == ["en-US", "es-US"])
        #expect(alert.infos[1].event == "Abducción de Niño")
        #expect(alert.infos[0].description?.contains("3'0\", 40 LBS.") == true)
    }

    @Test func chineseWarnings() throws {
        let typhoon = try CAPData.alert("cn-typhoon-red-wenzhou.xml")
        #expect(typhoon.infos[0].event == "台风")
        #expect(typhoon.infos[0].severity == .extreme)
        #expect(typhoon.infos[0].description?.contains("“黑格比”") == true)
        #expect(typhoon.infos[0].areas[0].regionCodes.map(\.digits) == ["330300"])
        #expect(typhoon.sent.date == Date(timeIntervalSince1970: 1_596_471_000))

        // Written with a namespace prefix (cap:alert): the same CAP.
        let rain = try CAPData.alert("cn-rainstorm-orange-weishan.xml")
        #expect(rain.infos[0].senderName == "巍山县气象局")
        #expect(rain.infos[0].areas[0].circles == [CAPArea.Circle(center: Coordinate(latitude: 25.30, longitude: 100.26), radiusKilometres: 15)])

        let epidemic = try CAPData.alert("cn-epidemic-order-beijing.xml")
        #expect(epidemic.infos[0].categories == [.health])
        #expect(epidemic.infos[0].headline == "关于进一步明确疫情防控期间返京人员有关要求的通告")
    }

    @Test func hostileFilesAreRefusedWithTheirReason() {
        let xxe = CAPData.rejection(file: "hostile-xxe.xml")
        #expect(xxe?.kind == .doctype)
        #expect(xxe?.text.english.hasPrefix("line 2: a DOCTYPE (DTD) is not allowed") == true)
        #expect(xxe?.text.chinese.hasPrefix("第 2 行：CAP 预警里不允许 DOCTYPE") == true)
        #expect(CAPData.rejection(file: "hostile-billion-laughs.xml")?.kind == .doctype)
        let namespace = CAPData.rejection(file: "hostile-wrong-namespace.xml")
        #expect(namespace?.kind == .wrongNamespace)
        #expect(namespace?.text.english == "the root element is <alert> (urn:oasis:names:tc:emergency:cap:1.1), not <alert> in the CAP 1.2 namespace urn:oasis:names:tc:emergency:cap:1.2")
        let date = CAPData.rejection(file: "hostile-invalid-date.xml")
        #expect(date?.kind == .invalidDate)
        #expect(date?.text.english == "'2020-02-30T00:10:00+08:00' is not a CAP date-time (no such day in that month) — write it like 2026-12-03T14:30:00+08:00")
        #expect(date?.text.chinese == "'2020-02-30T00:10:00+08:00' 不是 CAP 日期时间（该月没有这一天），应写成 2026-12-03T14:30:00+08:00 这样")
        // A link is not followed, whatever it names.
        let link = FileManager.default.temporaryDirectory.appendingPathComponent("cap-link-\(getpid()).xml").path
        try? FileManager.default.removeItem(atPath: link)
        #expect(symlink(CAPData.path("cn-typhoon-red-wenzhou.xml"), link) == 0)
        defer { try? FileManager.default.removeItem(atPath: link) }
        do { _ = try CAPFile.read(path: link); Issue.record("a link was followed") } catch { #expect(error.kind == .notAFile) }
        // An entity without a DTD, as a hostile relay might try to slip one in.
        #expect(CAPData.rejection(CAPData.alert(identifier: "&xxe;"))?.kind == .unknownEntity)
    }

    /// A 50 MB file is refused by its size without being read (the test writes it; it is not
    /// committed).
    @Test func aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cap-50mb-\(getpid()).xml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var head = CAPData.alert(info: "<info><description>")
        head = String(head[..<head.range(of: "<info>")!.lowerBound]) + "<info><description>"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data(head.utf8))
        let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 20)
        for _ in 0..<50 { try handle.write(contentsOf: block) }
        try handle.close()
        let start = Date()
        var rejection: CAPRejection?
        do { _ = try CAPFile.read(path: path) } catch { rejection = error }
        let elapsed = Date().timeIntervalSince(start)
        #expect(rejection?.kind == .tooBig)
        #expect(rejection?.text.english == "the file is larger than 1048576 bytes — a CAP message is a few kilobytes; it was not read")
        #expect(elapsed < 0.5, "refused in \(elapsed) s")
    }

    @Test func requiredElementsAndValueLists() {
        let noSender = CAPData.alert().replacingOccurrences(of: "<sender>test@example.org</sender>", with: "")
        #expect(CAPData.rejection(noSender)?.text.english == "<alert> has no <sender>, which CAP 1.2 requires")
        let badStatus = CAPData.alert(status: "Real")
        #expect(CAPData.rejection(badStatus)?.text.english == "<status> is 'Real', which CAP 1.2 does not allow — write one of Actual, Exercise, System, Test, Draft")
        let twice = CAPData.alert(extra: "<identifier>again</identifier>")
        #expect(CAPData.rejection(twice)?.kind == .elementTwice)
        let noCategory = CAPData.alert().replacingOccurrences(of: "<category>Met</category>", with: "")
        #expect(CAPData.rejection(noCategory)?.text.english == "<info> has no <category>, which CAP 1.2 requires")
        #expect(CAPData.rejection(CAPData.alert(msgType: "Cancel"))?.kind == .noReferences)
        #expect(CAPData.rejection(CAPData.alert(msgType: "Update", extra: "<references>a,b</references>"))?.kind == .badReference)
        let polygon = CAPData.standardInfo.replacingOccurrences(of: "</info>", with: "<area><areaDesc>x</areaDesc><polygon>1,2 3,4 1,2</polygon></area></info>")
        #expect(CAPData.rejection(CAPData.alert(info: polygon))?.kind == .badPolygon)
        let circle = CAPData.standardInfo.replacingOccurrences(of: "</info>", with: "<area><areaDesc>x</areaDesc><circle>100,2 5</circle></area></info>")
        #expect(CAPData.rejection(CAPData.alert(info: circle))?.kind == .badCircle)
        let root = "<?xml version=\"1.0\"?><message xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"/>"
        #expect(CAPData.rejection(root)?.kind == .notAnAlert)
        #expect(CAPData.rejection("<alert><identifier>x</identifier></alert>")?.text.english
                == "the root element is <alert> (no namespace), not <alert> in the CAP 1.2 namespace urn:oasis:names:tc:emergency:cap:1.2")
    }

    @Test func everyRejectionHasBothLanguages() {
        #expect(CatalogAudit.problems(AlertMessage.self, allowed: ["CAP", "DOCTYPE", "DTD", "UTF-8", "Draft", "System", "Z", "UTC", "XML"]) == [])
    }
}
