import Foundation
import Testing

@testable import SiloscopeRendering

/// Text users type that Graphviz or XML would otherwise read as syntax.
let hostileTexts: [String] = [
    #"say "hi" to "everyone""#,
    #"back\slash and \\ double"#,
    "a < b > c",
    "{braces} | pipes | <port>",
    #"\N \G \l \n \r \E \T \H \L"#,
    #""; color=red"#,
    #"x" color="red" y="#,
    "]; node [shape=box; label=\"pwned\"",
    "<b>not html</b>",
    "&amp; & &#38; &lt; &unknown; R&D",
    #"ends with a backslash\"#,
    "tab\tand carriage\r\nreturn",
    "<<TABLE>>",
    "Müşteri İlişkileri: ş ğ ı İ ç ö ü Ş Ğ Ç Ö Ü",
]

/// The lines a text shows: the renderer turns newlines into line breaks and tabs into spaces.
func visibleLines(_ text: String) -> [String] {
    Label.sanitized(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

@Suite("Label escaping")
struct LabelTests {
    @Test("plain text doubles backslashes and escapes ampersands, nothing else")
    func plainValue() {
        #expect(Label.text(#"a\b"#).attributeValue == #"a\\b"#)
        #expect(Label.text(#"\N"#).attributeValue == #"\\N"#)
        #expect(Label.text("R&D").attributeValue == "R&amp;D")
        #expect(Label.text("a \"q\" <b>").attributeValue == "a \"q\" <b>")
        #expect(Label.text("one\ntwo").attributeValue == "one\ntwo")
    }

    @Test("HTML escaping covers & < > \" backslashes and newlines")
    func htmlEscaping() {
        #expect(Label.escapingHTML(#"<a href="x">&\N"#) == #"&lt;a href=&quot;x&quot;&gt;&amp;\\N"#)
        #expect(Label.escapingHTML("one\ntwo") == "one<br/>two")
    }

    @Test("control characters XML cannot carry are dropped, line breaks normalised")
    func sanitising() {
        #expect(Label.sanitized("a\u{0}b\u{7}c") == "abc")
        #expect(Label.sanitized("a\r\nb\rc\td") == "a\nb\nc d")
        #expect(Label.sanitized("ş\u{FFFF}") == "ş")
    }

    @Test("reading a plain value back inverts text's escaping", arguments: hostileTexts)
    func plainRoundTrip(_ text: String) {
        let clean = Label.sanitized(text)
        #expect(Label.fromPlainValue(Label.text(clean).attributeValue) == .text(clean))
    }

    @Test("values with Graphviz escapes stay verbatim")
    func graphvizEscapesKept() {
        #expect(Label.fromPlainValue(#"left\l"#) == .graphviz(#"left\l"#))
        #expect(Label.fromPlainValue("&lt;") == .graphviz("&lt;"))
        #expect(Label.fromPlainValue("R&D x") == .text("R&D x"))
        // Looks like an entity: kept verbatim rather than guessed.
        #expect(Label.fromPlainValue("R&D; x") == .graphviz("R&D; x"))
    }
}
