import Testing

@testable import SiloscopeReport

@Suite struct MarkupTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a & b", "a &amp; b"),
        ("\"quoted\" and 'single'", "&quot;quoted&quot; and &#39;single&#39;"),
        ("ş ğ ı İ ç ö ü Ş Ğ Ç Ö Ü", "ş ğ ı İ ç ö ü Ş Ğ Ç Ö Ü"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("bell\u{07}nul\u{00}cr\r.", "bellnulcr."),
        ("&amp;", "&amp;amp;"),
    ])
    func escapesText(_ input: String, _ expected: String) {
        #expect(Markup.escape(input) == expected)
    }

    @Test func interpolatedStringsAreEscapedAndMarkupIsKept() {
        let name = "<b onmouseover=\"x\">"
        let inner: Markup = "<em>\(name)</em>"
        let outer: Markup = "<td title=\"\(name)\">\(inner)</td>"
        #expect(outer.html == "<td title=\"&lt;b onmouseover=&quot;x&quot;&gt;\"><em>&lt;b onmouseover=&quot;x&quot;&gt;</em></td>")
    }

    @Test func joinsAndAppends() {
        var markup: Markup = "<p>"
        markup += Markup.joined(["<i>a</i>", "<i>b</i>"], separator: ", ")
        markup += "</p>"
        #expect(markup.description == "<p><i>a</i>, <i>b</i></p>")
        #expect(Markup.trusted("<x/>") + "<y/>" == Markup.trusted("<x/><y/>"))
    }
}
