// The texts of the `dalaba` commands that read schedules (`schedule check`, `schedule show`),
// in English and Chinese. Counts are whole phrases ("3 errors" / "3 个错误") so that each
// language can place them in its own word order.
import Messages

enum CLIMessage: String, MessageCatalog {
    case errorOne, errorMany, warningOne, warningMany, fileOne, fileMany
    case programOne, programMany, announcementOne, announcementMany
    case withWarnings, andStation, checkFailedOne, checkFailedMany, noScheduleFiles, checkOK
    case showHeader, quietWait, leftOutOne, leftOutMany
    case priorityLow, priorityNormal, priorityHigh, priorityEmergency, zonesAll

    var templates: (english: String, chinese: String) {
        switch self {
        case .errorOne: ("1 error", "1 个错误")
        case .errorMany: ("{count} errors", "{count} 个错误")
        case .warningOne: ("1 warning", "1 个警告")
        case .warningMany: ("{count} warnings", "{count} 个警告")
        case .fileOne: ("1 file", "1 个文件")
        case .fileMany: ("{count} files", "{count} 个文件")
        case .programOne: ("1 program", "1 个节目")
        case .programMany: ("{count} programs", "{count} 个节目")
        case .announcementOne: ("1 announcement", "1 条广播")
        case .announcementMany: ("{count} announcements", "{count} 条广播")
        case .withWarnings: (", {warnings}", "，另有 {warnings}")
        case .andStation: (" and station settings", "和广播站设置")
        case .checkFailedOne:
            ("{errors} in {files}{warnings} — fix it and run 'dalaba schedule check' again",
             "{files}中有 {errors}{warnings}，请改正后再运行 'dalaba schedule check'")
        case .checkFailedMany:
            ("{errors} in {files}{warnings} — fix them and run 'dalaba schedule check' again",
             "{files}中共有 {errors}{warnings}，请改正后再运行 'dalaba schedule check'")
        case .noScheduleFiles:
            ("no schedule files (.yaml) in {targets}{warnings}", "{targets} 里没有节目表文件（.yaml）{warnings}")
        case .checkOK: ("{targets}: {programs}{station} OK{warnings}", "{targets}：{programs}{station}，都没有问题{warnings}")
        case .showHeader:
            ("{date} {weekday}, station time {zone}: {count}", "{date} {weekday}，广播站时间（{zone}）：{count}")
        case .quietWait: ("(quiet hours: waits until {end})", "（静音时段：等到 {end} 再播）")
        case .leftOutOne:
            ("1 file has errors and is left out: {files} — run 'dalaba schedule check' for details",
             "1 个文件有错误，没有排进节目表：{files}。详情请运行 'dalaba schedule check'")
        case .leftOutMany:
            ("{count} files have errors and are left out: {files} — run 'dalaba schedule check' for details",
             "{count} 个文件有错误，没有排进节目表：{files}。详情请运行 'dalaba schedule check'")
        case .priorityLow: ("low", "低")
        case .priorityNormal: ("normal", "普通")
        case .priorityHigh: ("high", "高")
        case .priorityEmergency: ("emergency", "紧急")
        case .zonesAll: ("all zones", "所有分区")
        }
    }

    /// `one` for 1, else `many` with `{count}`.
    static func counted(_ count: Int, _ one: CLIMessage, _ many: CLIMessage) -> LocalizedText {
        count == 1 ? one() : many(["count": count])
    }
}
