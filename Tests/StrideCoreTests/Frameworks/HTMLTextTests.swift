import Foundation
import Testing
import StrideCore

@Suite struct HTMLTextTests {
    @Test func blocksOfALevelCell() {
        let cell = #"<p>Designs the case.</p> <p>You can:</p> <ul style="list-style-type: none"> <li>Work with <b>the</b> sponsor</li> <li>Ensure compliance &amp; control</li> </ul> tail text"#
        #expect(HTMLText.blocks(cell) == [
            .init(kind: .paragraph, text: "Designs the case."),
            .init(kind: .paragraph, text: "You can:"),
            .init(kind: .listItem, text: "Work with the sponsor"),
            .init(kind: .listItem, text: "Ensure compliance & control"),
            .init(kind: .text, text: " tail text"),
        ])
    }

    @Test func entitiesAreDecodedAndUnknownOnesKept() {
        #expect(HTMLText.decodeEntities("R&amp;D &lt;team&gt; &#8211; it&#x2019;s&nbsp;&quot;ok&quot; &bogus; & more")
            == "R&D <team> – it’s\u{A0}\"ok\" &bogus; & more")
        #expect(HTMLText.plainText("A&nbsp;&nbsp;<u>b</u>") == "A b")
    }

    @Test func literalLessThanAndLineBreaks() {
        #expect(HTMLText.plainText("cost < 5 and x<y") == "cost < 5 and x<y")
        #expect(HTMLText.blocks("<p>one<br>two</p>") == [.init(kind: .paragraph, text: "one\ntwo")])
        #expect(HTMLText.plainText("&lt;p&gt;not a tag&lt;/p&gt;") == "<p>not a tag</p>")
    }

    @Test func textNormalisation() {
        #expect(FrameworkText.lines("a\r\nb\rc\nd\u{A0}e\u{200B}f") == ["a", "b", "c", "d ef"])
        #expect(FrameworkText.collapsingWhitespace("  a \t\u{A0} b\n") == "a b")
        #expect(FrameworkText.isBlank(" \u{A0}\t\n"))
    }
}
