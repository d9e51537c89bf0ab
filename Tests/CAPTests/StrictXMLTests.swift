import CAP
import Foundation
import Testing

/// The reader accepts the XML a CAP message uses and refuses everything a hostile file could
/// use against a parser: DTDs, entities, processing instructions, size, depth and breadth.
@Suite struct StrictXMLTests {
    func parse(_ text: String, limits: XMLLimits = XMLLimits()) throws(XMLProblem) -> XMLNode {
        try StrictXML.parse(Array(text.utf8), limits: limits)
    }

    func problem(_ text: String, limits: XMLLimits = XMLLimits()) -> XMLProblem? {
        do {
            _ = try parse(text, limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsElementsAttributesTextAndNamespaces() throws {
        let root = try parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <!-- a comment -->
            <a:root xmlns:a="urn:x" xmlns="urn:d" k='v &amp; w'>
              <child>one &lt;two&gt; &quot;3&quot; &apos;4&apos; &#20013;&#x6587;<![CDATA[<not> & markup]]></child>
              <a:leaf/>
              <other xmlns="urn:o"><inner/></other>
            </a:root>
            """)
        #expect(root.namespace == "urn:x")
        #expect(root.name == "root")
        #expect(root.attributes["k"] == "v & w")
        #expect(root.children.map(\.name) == ["child", "leaf", "other"])
        #expect(root.children[0].namespace == "urn:d")
        #expect(root.children[0].text == "one <two> \"3\" '4' 中文<not> & markup")
        #expect(root.children[1].namespace == "urn:x")
        #expect(root.children[2].children[0].namespace == "urn:o")
        #expect(root.children[0].line == 4)
    }

    @Test func acceptsAByteOrderMark() throws {
        let root = try StrictXML.parse([0xEF, 0xBB, 0xBF] + Array("<r/>".utf8))
        #expect(root.name == "r")
    }

    @Test func refusesAnyDoctype() {
        #expect(problem("<!DOCTYPE r><r/>") == .doctype(line: 1))
        #expect(problem("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY e \"x\">]>\n<r>&e;</r>") == .doctype(line: 2))
        #expect(problem("<r><!DOCTYPE r></r>") == .doctype(line: 1))
    }

    @Test func refusesEntitiesThatNoDTDCouldDeclare() {
        #expect(problem("<r>&xxe;</r>") == .unknownEntity(name: "xxe", line: 1))
        #expect(problem("<r a=\"&lol9;\"/>") == .unknownEntity(name: "lol9", line: 1))
        #expect(problem("<r>&#0;</r>") == .badCharacterReference(text: "&#0;", line: 1))
        #expect(problem("<r>&#xD800;</r>") == .badCharacterReference(text: "&#xD800;", line: 1))
        #expect(problem("<r>fish & chips</r>") == .malformed(what: .bareAmpersand, line: 1))
    }

    @Test func refusesProcessingInstructionsButTheDeclaration() {
        #expect(problem("<?xml-stylesheet href=\"a.xsl\"?><r/>") == .processingInstruction(target: "xml-stylesheet", line: 1))
        #expect(problem("<r><?php echo 1; ?></r>") == .processingInstruction(target: "php", line: 1))
        #expect(problem("<r/><?xml version=\"1.0\"?>") == .processingInstruction(target: "xml", line: 1))
    }

    @Test func refusesOtherEncodings() {
        #expect(problem("<?xml version=\"1.0\" encoding=\"GB2312\"?><r/>") == .notUTF8(line: 1))
        #expect(throws: XMLProblem.notUTF8(line: 1)) { try StrictXML.parse([0xFF, 0xFE, 0x3C, 0x00]) }
        #expect(throws: XMLProblem.notUTF8(line: 1)) { try StrictXML.parse(Array("<r>".utf8) + [0xC3, 0x28] + Array("</r>".utf8)) }
    }

    @Test func enforcesItsLimits() {
        let deep = String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20)
        #expect(problem(deep) == .tooDeep(limit: 16, line: 1))
        let wide = "<r>" + String(repeating: "<a/>", count: 10_001) + "</r>"
        #expect(problem(wide) == .tooManyElements(limit: 10_000))
        let attributes = "<r " + (0..<33).map { "a\($0)=\"x\"" }.joined(separator: " ") + "/>"
        #expect(problem(attributes) == .tooManyAttributes(limit: 32, line: 1))
        #expect(problem("<r>" + String(repeating: "x", count: 100) + "</r>", limits: XMLLimits(maxBytes: 50)) == .tooBig(bytes: 107, limit: 50))
    }

    @Test func malformedReasonsInBothLanguages() {
        let rejection = XMLProblem.malformed(what: .wrongClose("s", "r"), line: 3).rejection
        #expect(rejection.text.english == "line 3: not well-formed XML (</s> closes <r>)")
        #expect(rejection.text.chinese == "第 3 行：XML 格式不正确（</s> 关闭的却是 <r>）")
    }

    @Test func refusesWhatIsNotWellFormed() {
        #expect(problem("") == .empty)
        #expect(problem("<r>") == .malformed(what: .neverClosed("r"), line: 1))
        #expect(problem("<r></s>") == .malformed(what: .wrongClose("s", "r"), line: 1))
        #expect(problem("<r/><s/>") == .malformed(what: .contentAfterRoot, line: 1))
        #expect(problem("text<r/>") == .malformed(what: .textBeforeRoot, line: 1))
        #expect(problem("<r a=b/>") == .malformed(what: .unquotedValue, line: 1))
        #expect(problem("<r a=\"1\" a=\"2\"/>") == .malformed(what: .attributeTwice("a"), line: 1))
        #expect(problem("<p:r/>") == .undeclaredPrefix(prefix: "p", line: 1))
        #expect(problem("<r>\u{1}</r>") == .malformed(what: .controlCharacter, line: 1))
    }
}
