// argument-parser writes its own words around ours (in `dalaba` and `dalaba-hub` alike): the
// headings of --help, "Show help information.", "Error: ", "Missing expected argument …". It has no hook to translate them, so
// under a Chinese locale its finished text is translated here, phrase by phrase (the phrases
// of swift-argument-parser 1.5/1.6; CLITests' Chinese runs fail if a new version changes one).
public enum ParserMessage: String, MessageCatalog {
    // Longer phrases first: "Unknown option '…'. Did you mean …" before "Unknown option '…'".
    case seeHelp, seeMore, unknownOptionDidYouMean, unknownOption, missingArgument, missingValue, unexpectedArguments
    case unexpectedArgument, invalidValue, noValueTaken, missingOneOf
    case overview, usage, arguments, options, subcommands, showHelp, showSubcommandHelp
    case errorPrefix, usagePrefix, helpPrefix, defaultValue, values

    public var templates: (english: String, chinese: String) {
        switch self {
        case .seeHelp: ("See '{command} <subcommand>' for detailed help.", "各子命令的详细帮助见 '{command} <子命令>'。")
        case .seeMore: ("See '{command}' for more information.", "详细说明见 '{command}'。")
        case .unknownOptionDidYouMean:
            ("Unknown option '{name}'. Did you mean '{near}'?", "没有 '{name}' 这个选项，是不是想写 '{near}'？")
        case .unknownOption: ("Unknown option '{name}'", "没有 '{name}' 这个选项")
        case .missingArgument: ("Missing expected argument '{name}'", "缺少参数 '{name}'")
        case .missingValue: ("Missing value for '{name}'", "'{name}' 后面缺少值")
        case .unexpectedArguments: ("{count} unexpected arguments: '{values}'", "多出了 {count} 个参数：'{values}'")
        case .unexpectedArgument: ("Unexpected argument '{value}'", "多出的参数 '{value}'")
        case .invalidValue: ("The value '{value}' is invalid for '{name}'", "'{value}' 不能用作 '{name}' 的值")
        case .noValueTaken:
            ("The option '{name}' does not take any value, but '{value}' was specified.",
             "选项 '{name}' 后面不带值，这里却写了 '{value}'。")
        case .missingOneOf: ("Missing one of: '{names}'", "缺少其中之一：'{names}'")
        case .overview: ("OVERVIEW: ", "说明：")
        case .usage: ("USAGE: ", "用法：")
        case .arguments: ("ARGUMENTS:", "参数：")
        case .options: ("OPTIONS:", "选项：")
        case .subcommands: ("SUBCOMMANDS:", "子命令：")
        case .showHelp: ("Show help information.", "显示帮助。")
        case .showSubcommandHelp: ("Show subcommand help information.", "显示子命令的帮助。")
        case .errorPrefix: ("Error: ", "错误：")
        case .usagePrefix: ("Usage: ", "用法：")
        case .helpPrefix: ("Help:  ", "帮助：")
        case .defaultValue: ("(default: {value})", "（默认：{value}）")
        case .values: ("(values: {values})", "（可选值：{values}）")
        }
    }
}

public enum ParserText {
    /// `text` as argument-parser wrote it, with its phrases in `language`.
    public static func localized(_ text: String, in language: Language = .current) -> String {
        guard language == .chinese else { return text }
        return PhraseTranslation.chinese(text, ParserMessage.self)
    }
}
