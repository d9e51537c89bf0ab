@testable import DalabaCLI
import Messages
import XCTest

/// The commands' own texts and argument-parser's words around them, in both languages.
final class ChineseHelpTests: XCTestCase {
    func testEveryCatalogEntryHasBothLanguages() {
        XCTAssertEqual(CatalogAudit.problems(HelpMessage.self, allowed: ["dalaba"]), [])
        XCTAssertEqual(CatalogAudit.problems(CLIMessage.self), [])
        XCTAssertEqual(CatalogAudit.problems(ParserMessage.self), [])
    }

    func testArgumentParsersWordsInChinese() {
        let help = """
            OVERVIEW: 检查节目表文件。

            USAGE: dalaba schedule <subcommand>

            OPTIONS:
              -h, --help              Show help information.

              See 'dalaba help schedule <subcommand>' for detailed help.
            """
        XCTAssertEqual(ParserText.localized(help, in: .chinese), """
            说明：检查节目表文件。

            用法：dalaba schedule <subcommand>

            选项：
              -h, --help              显示帮助。

              各子命令的详细帮助见 'dalaba help schedule <子命令>'。
            """)
        XCTAssertEqual(ParserText.localized("Error: 2 unexpected arguments: 'b', 'c'", in: .chinese), "错误：多出了 2 个参数：'b', 'c'")
        XCTAssertEqual(ParserText.localized("Error: Unknown option '--x'. Did you mean '--json'?", in: .chinese),
                       "错误：没有 '--x' 这个选项，是不是想写 '--json'？")
        XCTAssertEqual(ParserText.localized("  --repeat <repeat>  连读几遍。 (default: 1)", in: .chinese), "  --repeat <repeat>  连读几遍。 （默认：1）")
        // English stays as argument-parser wrote it.
        XCTAssertEqual(ParserText.localized(help, in: .english), help)
    }
}
