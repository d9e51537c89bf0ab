import CAP
import Foundation
import Messages
import Testing
import Vocabulary

/// What an alert means for one station, with the time injected: priority, area, words,
/// repeats, expiry, Update and Cancel, duplicates, drills, senders.
@Suite struct AlertMeaningTests {
    /// A station in 温州市鹿城区 (330302), at its government's coordinates.
    let wenzhou = AlertPolicy(region: RegionCode("330302"), location: Coordinate(latitude: 28.0, longitude: 120.65))
    /// A station in 巍山县庙街镇.
    let weishan = AlertPolicy(region: RegionCode("532927104000"), location: Coordinate(latitude: 25.31, longitude: 100.27))

    func time(_ text: String) -> Date { try! CAPTime(parsing: text).date }

    @Test func priorityFromSeverityAndUrgency() throws {
        var book = AlertBook()
        let typhoon = try CAPData.alert("cn-typhoon-red-wenzhou.xml")
        let decision = book.receive(typhoon, file: "t.xml", now: time("2020-08-04T00:11:00+08:00"), policy: wenzhou)
        #expect(decision.announcement?.priority == .emergency)
        #expect(decision.record.state == .waiting)
        let rain = try CAPData.alert("cn-rainstorm-orange-weishan.xml")
        #expect(book.receive(rain, file: "r.xml", now: time("2024-09-05T08:18:00+08:00"), policy: weishan).announcement?.priority == .high)
        func priority(_ urgency: String, _ severity: String) throws -> Priority {
            let info = CAPData.standardInfo.replacingOccurrences(of: "<urgency>Expected</urgency>", with: "<urgency>\(urgency)</urgency>")
                .replacingOccurrences(of: "<severity>Moderate</severity>", with: "<severity>\(severity)</severity>")
            return AlertReading.priority(try CAPParser.parse(CAPData.alert(info: info)).infos[0])
        }
        #expect(try priority("Immediate", "Minor") == .emergency)
        #expect(try priority("Future", "Extreme") == .emergency)
        #expect(try priority("Expected", "Severe") == .high)
        #expect(try priority("Expected", "Moderate") == .normal)
        #expect(try priority("Unknown", "Unknown") == .normal)
    }

    @Test func spokenTextJoinsHeadlineDescriptionAndInstruction() throws {
        let epidemic = try CAPData.alert("cn-epidemic-order-beijing.xml")
        let text = AlertReading.text(epidemic.infos[0], descriptionLimit: 300, drill: false)
        #expect(text == "关于进一步明确疫情防控期间返京人员有关要求的通告。从即日起，所有返京人员到京后，均应居家或集中观察14天。拒绝接受居家观察、集中观察等防控措施的，依法追究责任。回京前，须提前向在京所在单位及居住的社区（村）报告。")
        let drill = AlertReading.text(epidemic.infos[0], descriptionLimit: 300, drill: true)
        #expect(drill.hasPrefix("演练。关于进一步明确"))
    }

    @Test func longDescriptionsEndAtASentence() throws {
        let typhoon = try CAPData.alert("cn-typhoon-red-wenzhou.xml").infos[0]
        let description = try #require(typhoon.description)
        #expect(description.count > 200)
        let trimmed = AlertReading.trimmed(description, limit: 120)
        #expect(trimmed.count <= 120)
        #expect(trimmed.hasSuffix("。"))
        #expect(description.hasPrefix(trimmed))
        #expect(trimmed == "温州市气象台于2020年8月4日0时10分继续发布温州市区台风红色预警信号。")
        // No sentence end within the limit: cut at the limit.
        #expect(AlertReading.trimmed("一二三四五六七八九十", limit: 4) == "一二三四")
        #expect(AlertReading.trimmed("短。", limit: 4) == "短。")
    }

    @Test func chosenInfoPrefersChinese() throws {
        let amber = try CAPData.alert("spec-a4-amber-alert.xml")
        #expect(AlertReading.chosenInfo(amber)?.language == "en-US")
        var two = amber
        two.infos[1].language = "zh-TW"
        #expect(AlertReading.chosenInfo(two)?.language == "zh-TW")
        var three = two
        three.infos.append(amber.infos[0])
        three.infos[2].language = "zh-CN"
        #expect(AlertReading.chosenInfo(three)?.language == "zh-CN")
    }

    @Test func areaByRegionCodePrefix() throws {
        let city = try #require(RegionCode("330300"))
        #expect(city.prefix == "3303")
        #expect(try #require(RegionCode("110000")).prefix == "11")
        #expect(try #require(RegionCode("532927104000")).prefix == "532927104")
        #expect(city.overlaps(try #require(RegionCode("330302"))))
        #expect(!city.overlaps(try #require(RegionCode("330402"))))
        let futian = try #require(RegionCode("440310"))
        #expect(!futian.overlaps(try #require(RegionCode("440315"))))
        #expect(RegionCode("006109") == nil, "not a province")
        #expect(RegionCode("33030") == nil)
        let typhoon = try CAPData.alert("cn-typhoon-red-wenzhou.xml").infos[0]
        #expect(typhoon.covers(region: RegionCode("330302001000"), location: nil))
        #expect(!typhoon.covers(region: RegionCode("330411"), location: nil))
        #expect(typhoon.covers(region: nil, location: nil), "a station that does not know where it is hears everything")
    }

    /// An area named only by foreign codes (SAME, FIPS6, UGC …) and no shape is somewhere else,
    /// not "cannot be tested": a station (or the hub's village) that knows its region code does
    /// not hear the specification's Los Angeles AMBER alert. A station without `region:` still does.
    @Test func foreignCodesAloneAreNotThisRegion() throws {
        let amber = try CAPData.alert("spec-a4-amber-alert.xml")
        let info = try #require(AlertReading.chosenInfo(amber))
        #expect(!info.covers(region: RegionCode("330302"), location: nil))
        #expect(!info.covers(region: RegionCode("330302"), location: Coordinate(latitude: 28.0, longitude: 120.65)))
        #expect(info.covers(region: nil, location: Coordinate(latitude: 28.0, longitude: 120.65)), "no region to compare with")
        var book = AlertBook()
        let decision = book.receive(amber, file: "a4.xml", now: time("2003-06-11T22:40:00-07:00"), policy: wenzhou)
        #expect(decision.announcement == nil)
        #expect(decision.record.state.reason?.english.hasPrefix("not for this station") == true)
    }

    @Test func areaByPolygonAndCircle() throws {
        // The specification's thunderstorm polygon, around Alpine County.
        let storm = try CAPData.alert("spec-a2-thunderstorm.xml").infos[0]
        #expect(storm.covers(region: nil, location: Coordinate(latitude: 38.5, longitude: -119.9)))
        #expect(!storm.covers(region: nil, location: Coordinate(latitude: 38.0, longitude: -121.5)))
        #expect(storm.covers(region: RegionCode("330302"), location: Coordinate(latitude: 38.5, longitude: -119.9)),
                "SAME codes are not compared with a Chinese region")
        // The rainstorm: code 532927 and a 15 km circle around 庙街镇; both must hold.
        let rain = try CAPData.alert("cn-rainstorm-orange-weishan.xml").infos[0]
        #expect(rain.covers(region: weishan.region, location: weishan.location))
        #expect(!rain.covers(region: weishan.region, location: Coordinate(latitude: 25.05, longitude: 100.45)), "巍山县 but 30 km away")
        #expect(!rain.covers(region: RegionCode("532901"), location: weishan.location), "inside the circle but another county")
        #expect(Geometry.distanceKilometres(Coordinate(latitude: 39.9042, longitude: 116.4074), Coordinate(latitude: 31.2304, longitude: 121.4737)) - 1067 < 3)
    }

    @Test func repeatsUntilItExpires() throws {
        let rain = try CAPData.alert("cn-rainstorm-orange-weishan.xml").infos[0]
        let now = time("2024-09-05T08:18:00+08:00")
        var policy = weishan
        policy.repeatEvery = 3600
        policy.maxRepeats = 10
        // Expires 14:17: 08:18, 09:18 … 13:18 — six broadcasts.
        let times = AlertReading.times(rain, now: now, policy: policy)
        #expect(times.count == 6)
        #expect(times.first == now)
        #expect(times.last == now.addingTimeInterval(5 * 3600))
        policy.maxRepeats = 2
        #expect(AlertReading.times(rain, now: now, policy: policy).count == 3)
        var later = rain
        later.effective = try CAPTime(parsing: "2024-09-05T09:00:00+08:00")
        #expect(AlertReading.times(later, now: now, policy: policy).first == time("2024-09-05T09:00:00+08:00"))
    }

    @Test func expiredAlertsAreNotSpoken() throws {
        var book = AlertBook()
        let typhoon = try CAPData.alert("cn-typhoon-red-wenzhou.xml")
        let decision = book.receive(typhoon, file: "t.xml", now: time("2020-08-05T00:10:00+08:00"), policy: wenzhou)
        #expect(decision.announcement == nil)
        #expect(decision.record.state == .ignored(AlertMessage.expired(["time": "2020-08-05T00:10:00+08:00"])))
        #expect(decision.record.state.reason?.chinese == "已于 2020-08-05T00:10:00+08:00 过期")
    }

    @Test func otherAreasAreNotSpoken() throws {
        var book = AlertBook()
        let typhoon = try CAPData.alert("cn-typhoon-red-wenzhou.xml")
        let decision = book.receive(typhoon, file: "t.xml", now: time("2020-08-04T00:11:00+08:00"), policy: weishan)
        #expect(decision.announcement == nil)
        #expect(decision.record.state.reason?.english == "not for this station: 温州市区")
    }

    @Test func duplicatesAreIgnored() throws {
        var book = AlertBook()
        let typhoon = try CAPData.alert("cn-typhoon-red-wenzhou.xml")
        let now = time("2020-08-04T00:11:00+08:00")
        #expect(book.receive(typhoon, file: "a.xml", now: now, policy: wenzhou).announcement != nil)
        var copy = typhoon
        copy.sent = try CAPTime(parsing: "2020-08-03T16:10:00-00:00") // the same instant, written in UTC
        let again = book.receive(copy, file: "b.xml", now: now, policy: wenzhou)
        #expect(again.announcement == nil)
        #expect(again.record.state == .ignored(AlertMessage.duplicate()))
        #expect(book.records.map(\.file) == ["a.xml", "b.xml"])
        #expect(book.records[0].state == .waiting)
        book.noteSpoken(typhoon.identity)
        #expect(book.records[0].state == .spoken, "the first copy is the one heard")
    }

    @Test func updateReplacesWhatItReferences() throws {
        var book = AlertBook()
        let red = try CAPData.alert("cn-typhoon-red-wenzhou.xml")
        _ = book.receive(red, file: "red.xml", now: time("2020-08-04T00:11:00+08:00"), policy: wenzhou)
        book.noteSpoken(red.identity)
        var orange = red
        orange.identifier = "33030041600000_20200804060000"
        orange.sent = try CAPTime(parsing: "2020-08-04T06:00:00+08:00")
        orange.msgType = .update
        orange.references = [red.identity]
        orange.infos[0].severity = .severe
        orange.infos[0].urgency = .expected
        orange.infos[0].headline = "温州市气象台将台风红色预警信号降级为橙色"
        let decision = book.receive(orange, file: "orange.xml", now: time("2020-08-04T06:01:00+08:00"), policy: wenzhou)
        #expect(decision.withdrawn.map(\.identity) == [red.identity])
        #expect(decision.withdrawn.first?.state == .spoken)
        #expect(decision.announcement?.priority == .high)
        #expect(decision.announcement?.text.hasPrefix("温州市气象台将台风红色预警信号降级为橙色。") == true)
        #expect(book.records[0].state == .cancelled(AlertMessage.replacedBy(["identifier": orange.identifier])))
        #expect(book.records[1].state == .waiting)
    }

    @Test func cancelWithdrawsAndIsNotSpoken() throws {
        var book = AlertBook()
        let rain = try CAPData.alert("cn-rainstorm-orange-weishan.xml")
        _ = book.receive(rain, file: "rain.xml", now: time("2024-09-05T08:18:00+08:00"), policy: weishan)
        var lifted = rain
        lifted.identifier = "53292741600000_20240905100000"
        lifted.sent = try CAPTime(parsing: "2024-09-05T10:00:00+08:00")
        lifted.msgType = .cancel
        lifted.references = [rain.identity]
        let decision = book.receive(lifted, file: "lifted.xml", now: time("2024-09-05T10:00:30+08:00"), policy: weishan)
        #expect(decision.announcement == nil)
        #expect(decision.withdrawn.map(\.identity) == [rain.identity])
        #expect(decision.record.state.reason?.chinese == "撤销之前的 1 条预警")
        #expect(book.records[0].state == .cancelled(AlertMessage.cancelledBy(["identifier": lifted.identifier])))
        #expect(AlertReading.cancellationNotice(title: book.records[0].title) == "预警已解除：巍山县气象局发布暴雨橙色预警信号。")
        // Cancelling again withdraws nothing more.
        var twice = lifted
        twice.identifier += "b"
        #expect(book.receive(twice, file: "again.xml", now: time("2024-09-05T10:01:00+08:00"), policy: weishan).withdrawn.isEmpty)
    }

    @Test func testsExercisesAndDraftsAreNeverSpokenAsReal() throws {
        let epidemic = try CAPData.alert("cn-epidemic-order-beijing.xml")
        let now = time("2020-02-14T17:01:00+08:00")
        let beijing = AlertPolicy(region: RegionCode("110105"))
        for status in [CAPAlert.Status.test, .exercise] {
            var book = AlertBook()
            var drill = epidemic
            drill.status = status
            let refused = book.receive(drill, file: "d.xml", now: now, policy: beijing)
            #expect(refused.announcement == nil)
            #expect(refused.record.state.reason?.english == "status \(status.rawValue): a drill, and this station does not broadcast drills (alerts.drills)")
            var allowing = beijing
            allowing.drills = true
            var other = AlertBook()
            let spoken = other.receive(drill, file: "d.xml", now: now, policy: allowing)
            #expect(spoken.announcement?.drill == true)
            #expect(spoken.announcement?.text.hasPrefix("演练。") == true)
        }
        var draft = epidemic
        draft.status = .draft
        var book = AlertBook()
        var allowing = beijing
        allowing.drills = true
        #expect(book.receive(draft, file: "d.xml", now: now, policy: allowing).record.state == .rejected(AlertMessage.draftNeverSpoken()))
        var system = epidemic
        system.status = .system
        #expect(book.receive(system, file: "s.xml", now: now, policy: allowing).announcement == nil)
    }

    @Test func senderAllowlist() throws {
        let epidemic = try CAPData.alert("cn-epidemic-order-beijing.xml")
        let now = time("2020-02-14T17:01:00+08:00")
        var book = AlertBook()
        let strict = AlertPolicy(senders: ["330300@12379.cn"])
        let refused = book.receive(epidemic, file: "e.xml", now: now, policy: strict)
        #expect(refused.announcement == nil)
        #expect(refused.record.state == .rejected(AlertMessage.senderNotAllowed(["sender": "110000@12379.cn"])))
        let open = AlertPolicy(senders: ["330300@12379.cn", "110000@12379.cn"])
        var other = AlertBook()
        #expect(other.receive(epidemic, file: "e.xml", now: now, policy: open).announcement != nil)
    }

    /// Every specification example and Chinese warning, on a station that does not know its
    /// place: each gets a decision, and the right ones are spoken at the right priority.
    @Test func everyExampleGetsItsDecision() throws {
        let expected: [(String, Priority?)] = [
            ("spec-a1-homeland-security.xml", .emergency), // Immediate
            ("spec-a2-thunderstorm.xml", nil),             // expired in 2003
            ("spec-a3-earthquake-update.xml", .normal),    // Past/Minor
            ("spec-a4-amber-alert.xml", .emergency),
            ("cn-typhoon-red-wenzhou.xml", .emergency),
            ("cn-rainstorm-orange-weishan.xml", .high),    // Severe, not expired at this time
            ("cn-epidemic-order-beijing.xml", nil),        // expired in February 2020
        ]
        let now = time("2020-08-04T00:11:00+08:00")
        var book = AlertBook()
        for (file, priority) in expected {
            let decision = book.receive(try CAPData.alert(file), file: file, now: now, policy: AlertPolicy())
            #expect(decision.announcement?.priority == priority, "\(file)")
        }
    }
}
