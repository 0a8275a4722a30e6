import Foundation
import Testing

@testable import CaveatExtract
@testable import CaveatHTML

/// JSON-LD blocks and scripts holding `window.runParams`, like the site registry asks for.
private let interest = ScriptInterest(types: ["ld+json"], markers: ["window.runParams", "x5secdata"])

private func scan(_ html: String, strip: Bool = true) -> PrescannedPage {
  PrescannedPage(bytes: Array(html.utf8), interest: interest, stripBodies: strip)
}

private func text(_ page: PrescannedPage) -> String {
  String(decoding: page.html, as: UTF8.self)
}

@Suite("PrescannedPage")
struct PrescanTests {
  @Test("Script and style bodies are dropped; their tags stay")
  func stripsBodiesKeepsTags() {
    let page = scan(
      "<html><head><script>var a = '<p>not markup</p>';</script><style>p { color: red }</style></head>"
        + "<body><p>x</p><script src='a.js'></script></body></html>")
    #expect(
      text(page)
        == "<html><head><script></script><style></style></head><body><p>x</p><script src='a.js'></script></body></html>"
    )
    #expect(page.warnings.isEmpty)
    #expect(!page.looksTruncated)
  }

  /// libxml2 2.9 reads "<!" that opens no comment or doctype as text, and drops a "</" with no
  /// name: the markup after either is read, so the scan must not skip it.
  @Test("A bogus '<!' or a nameless '</' hides no script", arguments: ["<!x ", "<![if gt IE 6]> ", "</ ", "</>"])
  func bogusMarkupHidesNoScript(_ prefix: String) throws {
    let html = "<html><body><p>\(prefix)<script type=\"application/ld+json\">{\"a\":1}</script>></p></body></html>"
    let page = scan(html)
    #expect(page.scripts.map(\.text) == ["{\"a\":1}"], "\(prefix)")
    let whole = try #require(HTMLDocument.parse(utf8: Array(html.utf8)))
    #expect(try whole.select("//script").map(\.rawText) == ["{\"a\":1}"], "libxml2 sees the script too")
  }

  @Test("A stripped page parses to the same elements, with empty scripts")
  func strippedPageParses() throws {
    let page = scan("<html><head><script>var x = '</div>';</script></head><body><div id='a'>text</div></body></html>")
    let document = try #require(HTMLDocument.parse(utf8: page.html))
    #expect(try document.select("//script").count == 1)
    #expect(try document.first("//script")?.rawText == "")
    #expect(try document.first("//div[@id='a']")?.text == "text")
  }

  @Test("JSON-LD script text is kept in scripts, with its type and id; other scripts are dropped")
  func keepsJSONLD() {
    let json = #"{"@context":"https://schema.org","@type":"Product","name":"Lamp"}"#
    let page = scan(
      """
      <html><head><script>var analytics = 1;</script>
      <script type="Application/LD+JSON" id="ld">\(json)</script>
      <script id='state'>window.runParams = {data: {}};</script></head><body></body></html>
      """)
    #expect(page.scripts.count == 2)
    #expect(page.scripts.first == PageScript(type: "application/ld+json", id: "ld", text: json))
    #expect(page.scripts.first?.isJSONLD == true)
    #expect(page.scripts.last?.id == "state")
    #expect(page.scripts.last?.text == "window.runParams = {data: {}};")
    #expect(page.scripts.last?.isJSONLD == false)
    #expect(!text(page).contains("@context"))
  }

  @Test("<script/> self-closed has no body: what follows stays markup")
  func selfClosedScript() throws {
    let page = scan(
      "<html><body><script type='application/ld+json' src='x.js'/><p id='after'>after</p><script>var b;</script></body></html>"
    )
    #expect(page.scripts.isEmpty)
    #expect(
      text(page)
        == "<html><body><script type='application/ld+json' src='x.js'/><p id='after'>after</p><script></script></body></html>"
    )
    let document = try #require(HTMLDocument.parse(utf8: page.html))
    #expect(try document.first("//p[@id='after']")?.text == "after")
  }

  @Test("</SCRIPT> ends a script whatever its case")
  func caseInsensitiveEndTag() {
    let page = scan("<html><body><SCRIPT>window.runParams = 1;</SCRIPT><p>kept</p><Style>a{}</sTyLe></body></html>")
    #expect(text(page) == "<html><body><SCRIPT></SCRIPT><p>kept</p><Style></sTyLe></body></html>")
    #expect(page.scripts.map(\.text) == ["window.runParams = 1;"])
  }

  @Test("A </div> inside a script string does not end the script")
  func divInsideScriptString() {
    let body = #"var s = "</div>"; window.runParams = {html: '<div class="x"></div>'};"#
    let page = scan("<html><body><div id='a'><script>\(body)</script></div><div id='b'>ok</div></body></html>")
    #expect(page.scripts.map(\.text) == [body])
    #expect(text(page) == "<html><body><div id='a'><script></script></div><div id='b'>ok</div></body></html>")
  }

  @Test("A <script> inside a comment is skipped with the comment")
  func commentedScript() {
    let html =
      "<html><body><!-- <script>window.runParams = {old: 1}; --><p>visible</p><script>window.runParams = {new: 2};</script></body></html>"
    let page = scan(html)
    #expect(page.scripts.map(\.text) == ["window.runParams = {new: 2};"])
    #expect(
      text(page)
        == "<html><body><!-- <script>window.runParams = {old: 1}; --><p>visible</p><script></script></body></html>")
    #expect(!page.unterminatedComment)
  }

  @Test("The browser's 'saved from url' comment is read")
  func savedFromURL() {
    let page = scan(
      "<!DOCTYPE html>\n<!-- saved from url=(0023)https://example.com/x -->\n<html><body></body></html>")
    #expect(page.savedFromURL == "https://example.com/x")
    #expect(scan("<html><!-- a comment --><body></body></html>").savedFromURL == nil)
  }

  @Test("An unterminated comment is reported, with whether content came before it")
  func unterminatedComment() {
    let afterContent = scan("<html><body><p>a</p><!-- never closed <p>b</p></body></html>")
    #expect(afterContent.unterminatedComment)
    #expect(afterContent.contentBeforeUnterminatedComment)
    #expect(afterContent.warnings.contains { $0.contains("unterminated comment") })

    let atStart = scan("<!-- never closed <html><body><p>b</p></body></html>")
    #expect(atStart.unterminatedComment)
    #expect(!atStart.contentBeforeUnterminatedComment)

    let closed = scan("<html><body><!-- closed --><p>a</p></body></html>")
    #expect(!closed.unterminatedComment)
    #expect(closed.warnings.isEmpty)
  }

  @Test("A tag with 5,000 attributes is cut to maxAttributes, with a warning, and parses fast")
  func attributeFlood() throws {
    let attributes = (0..<5_000).map { "a\($0)=\"\($0)\"" }.joined(separator: " ")
    let html = "<html><body><div id='flood' \(attributes)>inside</div><p>after</p></body></html>"
    let page = scan(html)
    #expect(
      page.warnings.contains { $0.contains("5001 attributes") && $0.contains("\(PrescannedPage.maxAttributes)") },
      "\(page.warnings)")
    let output = text(page)
    #expect(output.contains(" a998=\"998\">inside</div><p>after</p>"))
    #expect(!output.contains("a999="))

    let clock = ContinuousClock()
    var document: HTMLDocument?
    let elapsed = clock.measure { document = HTMLDocument.parse(utf8: page.html) }
    #expect(elapsed < .seconds(1), "parsing took \(elapsed)")
    let div = try #require(try document?.first("//div[@id='flood']"))
    #expect(div.text == "inside")
    #expect(div.attribute("a998") == "998")
    #expect(div.attribute("a999") == nil)
    #expect(try document?.first("//p")?.text == "after")

    // The same cut without stripping bodies.
    #expect(scan(html, strip: false).html == page.html)
  }

  @Test("A self-closed tag with too many attributes stays self-closed")
  func attributeFloodSelfClosed() {
    let attributes = (0..<1_200).map { "b\($0)=\"x\"" }.joined(separator: " ")
    let output = text(scan("<html><body><img \(attributes)/><p>after</p></body></html>"))
    #expect(output.hasSuffix(" b999=\"x\"/><p>after</p></body></html>"), "\(output.suffix(60))")
  }

  @Test("maxAttributes attributes are not cut")
  func attributeLimitBoundary() {
    let attributes = (0..<PrescannedPage.maxAttributes).map { "c\($0)" }.joined(separator: " ")
    let html = "<html><body><div \(attributes)>x</div></body></html>"
    let page = scan(html)
    #expect(page.warnings.isEmpty)
    #expect(text(page) == html)
  }

  @Test("A page without </html> or </body> looks truncated")
  func looksTruncated() {
    #expect(scan("<html><body><p>cut off here").looksTruncated)
    #expect(scan("<html><body><div><p>cut").looksTruncated)
    #expect(!scan("<html><body><p>x</p></body>").looksTruncated)
    #expect(!scan("<html><body><p>x</p></BODY></HTML>").looksTruncated)
    #expect(!scan("<html><body><p>x</p></body></html>\n\n").looksTruncated)
  }

  @Test("NUL bytes produce a warning with their count")
  func nulBytes() {
    let bytes = Array("<html><body><p>a".utf8) + [0, 0] + Array("b</p></body></html>".utf8)
    let page = PrescannedPage(bytes: bytes, interest: interest, stripBodies: true)
    #expect(page.warnings.contains { $0.contains("2 NUL bytes") }, "\(page.warnings)")
    #expect(scan("<html><body></body></html>").warnings.isEmpty)
  }

  @Test("Without stripping, the html is the input when nothing needs cutting; scripts are still found")
  func noStripKeepsInput() {
    let html = """
      <!-- saved from url=(0021)https://example.com/ -->
      <html><head><script type="application/ld+json">{"@type":"Product"}</script>
      <style>p{}</style><script>window.runParams = {};</script></head>
      <body><!-- c --><p>x</p></body></html>
      """
    let page = scan(html, strip: false)
    #expect(page.html == Array(html.utf8))
    #expect(page.scripts.count == 2)
    #expect(page.savedFromURL == "https://example.com/")
    // Stripping the same page does change it.
    #expect(scan(html, strip: true).html != Array(html.utf8))
  }

  @Test("With stripping, a page with no script or style bodies is unchanged")
  func stripWithoutBodies() {
    let html = "<html><body><script src='a.js'></script><p>x</p></body></html>"
    #expect(scan(html).html == Array(html.utf8))
  }
}

@Suite("Byte search")
struct ByteSearchTests {
  private func position(_ needle: String, in haystack: String) -> Int? {
    let hay = Array(haystack.utf8)
    let pin = Array(needle.utf8)
    return hay.withUnsafeBufferPointer { h in
      pin.withUnsafeBufferPointer { p -> Int? in
        guard let hBase = h.baseAddress, let pBase = p.baseAddress,
          let hit = searchBytes(hBase, h.count, pBase, p.count)
        else { return nil }
        return hBase.distance(to: hit)
      }
    }
  }

  @Test func findsTheFirstOccurrenceOrNothing() {
    #expect(position("ue_sn", in: "ue_sn=1") == 0)
    #expect(position("ue_sn", in: "var u=1;ue_ue_sn=2;ue_sn") == 11)
    #expect(position("_____tmd_____", in: "____tmd_____ ______tmd_____") == 14)
    #expect(position("captcha", in: "capture captcha") == 8)
    #expect(position("window.runParams", in: "window.run") == nil)
    #expect(position("深圳", in: "深 圳 深圳") == 8)
    #expect(position("x", in: "") == nil)
    // Long haystacks (script bodies) take the other search.
    let script = String(repeating: "var u_v = true; if (ue) { call(window.run); }\n", count: 200)
    #expect(position("window.runParams", in: script) == nil)
    #expect(position("window.runParams", in: script + "window.runParams={}") == script.utf8.count)
    #expect(position("ue_sn", in: script + "ue_sn" + script) == script.utf8.count)
    #expect("Free returns within 30 days".containsLiteral("returns"))
    #expect(!"Free return within 30 days".containsLiteral("returns"))
    #expect("anything".containsLiteral(""))
  }
}
