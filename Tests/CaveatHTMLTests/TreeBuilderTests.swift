import CLibXML2
import CTreeBuilder
import CaveatCore
import CaveatTestSupport
import Foundation
import Testing

@testable import CaveatExtract
@testable import CaveatHTML

/// The direct tree builder against libxml2, node by node: on every page it builds, its tree
/// must be the one libxml2 builds from the same bytes.
@Suite struct TreeBuilderTests {
  /// The canonical dump of the tree libxml2 builds, and of the direct builder's (`nil` when it
  /// gave up).
  static func dumps(_ bytes: [UInt8]) -> (libxml2: String, direct: String?) {
    func dump(_ document: HTMLDocument?) -> String? { document?.canonicalTree }
    let reference = dump(HTMLDocument.parse(utf8: bytes)) ?? "(no tree)"
    // `parse(direct:)` falls back to libxml2; only a tree the builder made counts here.
    let direct = HTMLDocument.parse(utf8: bytes, direct: true)
    return (reference, direct?.builtDirectly == true ? dump(direct) : nil)
  }

  /// The first line where two dumps differ, with a little context, for failure messages.
  static func firstDifference(_ a: String, _ b: String) -> String {
    let left = a.split(separator: "\n", omittingEmptySubsequences: false)
    let right = b.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(left.count, right.count) {
      let l = index < left.count ? String(left[index]) : "(end)"
      let r = index < right.count ? String(right[index]) : "(end)"
      if l != r { return "line \(index + 1):\n  libxml2: \(l.prefix(300))\n  direct:  \(r.prefix(300))" }
    }
    return "(same)"
  }

  /// Compares the two trees of `html` when the builder makes one; `builds` says whether it must
  /// (`true`), must give up (`false`), or may do either (`nil`, for random inputs). Returns
  /// whether it built.
  @discardableResult
  static func expectSameTree(_ html: String, _ note: String, builds: Bool?) -> Bool {
    let (reference, direct) = dumps(Array(html.utf8))
    if let builds {
      #expect((direct != nil) == builds, "\(note): builder \(builds ? "gave up" : "built") on \(html.debugDescription)")
    }
    guard let direct else { return false }
    #expect(direct == reference, "\(note) \(html.debugDescription)\n\(firstDifference(reference, direct))")
    return true
  }

  /// Hand-written cases, one per rule (implied elements, auto-closing, end-tag priorities,
  /// references, comments, raw text, content outside the root): the builder must build each
  /// (a give-up fails the case) and build libxml2's tree.
  @Test(
    "The builder reproduces each rule of libxml2's tree shape",
    arguments: [
      "<html><head><title>t</title></head><body><p>a</p></body></html>",
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body>\n<div>x</div>\n</body>\n</html>\n",
      "<!doctype html><title>t</title><div>x</div>",
      "text first<div>then a div</div>",
      "<html> <head> </head> body text <b>bold</b></html>",
      "<p>one<p>two<div>three</div><p>four",
      "<ul><li>a<li>b<ul><li>c</ul><li>d</ul>",
      "<table><tr><td>a<td>b<tr><td>c</table>",
      "<div><span><b>x</div>y</span>z",
      "<div><table><tr><td><div>cell</td></tr></table></div>after",
      "<a href=x>one<a href=y>two</a>",
      "<select><option>a<option>b</select>",
      "<dl><dt>t<dd>d<dt>u<dd>e</dl>",
      "<p>a &amp; b &lt;c&gt; &nbsp;&eacute;&#233;&#xE9;&#X1F600; &unknown; &amp &copy2 & done</p>",
      "<div title=\"a &amp; b\" data-x='q&quot;r' plain=v&amp;w empty= bare>x</div>",
      "<div a=1 A=2 a=3 b>dup</div>",
      "<div class = \"spaced\"  id=i >x</div>",
      "<img src=a.png><br/><br><input type=text value=v>",
      "<div/>after<span/>tail",
      "<!-- first --><html><!-- in html --><body><!-- in body -->x<!---->y</body></html><!-- after -->",
      "<script>var a = 1 < 2 && \"</div>\";</script><style>p{}</style><p>x</p>",
      "<html><body><script></script></body></html>",
      "<script type=\"application/ld+json\">{\"a\":1}</SCRIPT >after",
      "<html><body><div>x</div></body></html>\n<script>late()</script>\n<div>later</div>",
      "<html><body>x</body></html>trailing text",
      "<body><div>x</div></body>\n\n",
      "<head><link rel=a></head>\n<body>b</body>",
      "<html><p>a</p><head><title>late head</title></head></html>",
      "<frameset><frame src=a></frameset>",
      "<div>a < b and c<d</div>",
      "<div>&#9;&#32;&#x7F;&#65;x&#x10FFFF;&#128512;</div>",
      "<div>x</div><h1>t<h2>u</h2></h1><center><b>c</center>",
      "<form><input name=a><form><input name=b></form>",
      "<p><table><tr><th>h<td>d</table>",
      "<tbody><tr><td>loose</td></tr></tbody>",
      "<custom-element data-a=\"1\"><inner>x</inner></custom-element><svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/></svg>",
      "<DIV CLASS=\"Upper\"><SPAN>x</SPAN></DIV>",
      "<div>\r\nwindows\r\nlines</div>",
      "<textarea><b>not raw</b> &amp;</textarea><title>a &amp; <i>b</i></title>",
      "   \n  <div>leading blanks</div>",
      "<html><head></head>\n  <body>x</body></html>",
      "<noscript><div>n</div></noscript><iframe src=x>y</iframe>",
      "<p>para<ul><li>x</ul>after",
      "<div><p>in div<div>nested</div></p></div>",
      "<em>a<p>b</em>c",
      "<table><caption>c<tr><td>x</table>",
      "<button>a<div>b</div></button><label>l<input></label>",
      "<div>a<![CDATA[x]]>b<![if gt IE 6]>c<![endif]></div>",
      "<html>< b", "<html><!x>b", "<!x>", "<html>  <!x>", "<html>  &amp;", "<html></ x>y",
      "<div>a</ b>c</div>", "<div>a</div x>b", "<div></div class=x>",
      "<div><a:text>x</a:text>y<a:text>z</text>w</div><a:>q<a:1b>r<a:b:c>s",
      "<div>x<head>h</head>y</div></body>z</html>w", "<body><div>x<body>y</body>z</div></body>w",
      "<p>x</p><html lang=x><body class=y>z", "<script><div>x</script>", "<style><em>x</em>y</style>",
      "<script><!--x--></script>", "<script></scriptx><p>x</p></script>",
      "<!-- a --->x<!---->y<!-- b --!> c -->", "<div><!-- - -- --- -->z</div>",
      "<div>a</:\"b\",<link rel=x>c</_d>e</.f>g</div>",
      "text first\n<!DOCTYPE html>\n<html>\n<head><title>t</title></head><body>x</body></html>",
      "<!DOCTYPE html><p>x</p><!doctype other><p>y</p>",
      "<p>x<!DOCTYPE html></a>y", "<p>x<!DOCTYPE html></p>y", "<p>x<!DOCTYPE html><!DOCTYPE html>",
      "<p>x<!DOCTYPE html><b>y</b>", "<p>x<!DOCTYPE html>&amp;<!-- c -->",
      "\n<body><body/></img><frameset class=\"c\" id=k><!--c--></style>&#169;",
      "<!--c--></i><a class=\"c\" id=k>&lt;<head/>&nbsp;&zz;<!--c--><dd class=\"c\" id=k></br>",
      // A character reference without its semicolon ends at the first byte that is no digit.
      "<div>&#65</div>", "<b>&#8250</b>x&#x41y&#X4a z", "<p title=\"&#65&#x42;c&#67\" id=&#68>t</p>",
      "<div>a&#65", "<a href=\"?a=1&#38b=2\">&#233t&#0233;</a>",
    ])
  func rule(_ html: String) {
    Self.expectSameTree(html, "rule", builds: true)
  }

  /// Inputs the builder must hand to libxml2 rather than guess at.
  @Test(
    "The builder gives up where it does not reproduce libxml2",
    arguments: [
      "<?xml version=\"1.0\"?><html></html>",
      "<div>x</div><!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" junk>",
      "<div>unterminated <!-- comment",
      "<div>&#xZZ;</div>",
      "<div>&#;x</div>",
      "<div>\u{01}control</div>",
      "<div title=\"unterminated>x</div>",
      "<div class=x",
      "<script>never closed",
      "<xmp>old</xmp>",
      "<a.b>dotted</a.b>",
      "<div></div class=x",
      // libxml2 drops a reference to U+0000 with an error; a start tag that closes the style
      // element (body) ends its raw text.
      "<div>&#0;x</div>",
      "<style><body>x</style>",
    ])
  func refusal(_ html: String) {
    Self.expectSameTree(html, "refusal", builds: false)
  }

  /// libxml2 stops at a 10,000,000-byte text node and reads nothing after it; the builder
  /// leaves such a page to libxml2, which says the page is partial.
  @Test("The builder gives up on a script body libxml2 cuts short")
  func hugeScript() {
    let page = "<script>" + String(repeating: "a", count: 10_500_000) + "</script><p>tail</p>"
    Self.expectSameTree(page, "huge script", builds: false)
    let document = HTMLDocument.parse(utf8: Array(page.utf8), direct: true)
    #expect(document?.builtDirectly == false)
    #expect(document?.truncation.isEmpty == false, "libxml2 reports the cut")
  }

  @Test("Doctypes with a public or system id build libxml2's tree; malformed ones are never built differently")
  func doctypeExternalIDs() {
    let body = "<html><head><title>t</title></head><body><p>x</p></body></html>"
    let wellFormed = [
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">",
      "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
      "<!doctype html public '-//W3C//DTD HTML 4.01 Transitional//EN'\n  'http://www.w3.org/TR/html4/loose.dtd' >",
      "<!DOCTYPE html SYSTEM \"about:legacy-compat\">",
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\"\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">",
    ]
    for doctype in wellFormed {
      Self.expectSameTree(doctype + body, "doctype", builds: true)
      Self.expectSameTree("<!-- saved -->\n" + doctype + "\n" + body, "doctype after a comment", builds: true)
      Self.expectSameTree("<div>x</div>" + doctype, "doctype in the page", builds: true)
    }
    let malformed = [
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD <b> 4.01//EN\">", "<!DOCTYPE html PUBLIC \"unfinished>",
      "<!DOCTYPE html PUBLIC>", "<!DOCTYPE html PUBLIC \"\">", "<!DOCTYPE html SYSTEM>",
      "<!DOCTYPE html PUBLICX \"a\">", "<!DOCTYPE html PUBLIC \"a\" junk>", "<!DOCTYPE html SYSTEM 'a' 'b'>",
      "<!DOCTYPE html PUBLIC\t'a'\t\t'b\u{1}'>",
    ]
    for doctype in malformed {
      Self.expectSameTree(doctype + body, "malformed doctype", builds: nil)
    }
  }

  @Test("The builder gives up on nesting deeper than it follows")
  func depth() {
    Self.expectSameTree(String(repeating: "<div>", count: 300), "deep", builds: false)
    Self.expectSameTree(String(repeating: "<div>", count: 150), "shallow", builds: true)
  }

  /// Every corpus page and fixture, as the fast path hands it over (script and style bodies
  /// stripped) and whole.
  @Test("The builder's tree is libxml2's on every corpus and corpus-next page and fixture")
  func corpus() throws {
    var built = 0
    var pages = 0
    var gaveUp: [String] = []
    for file in TestPaths.corpusPageFiles + TestPaths.corpusNextPageFiles + TestPaths.fixturePageFiles {
      // Empty and unreadable pages are refused before any parse; nothing to compare.
      guard let raw = try? PageFileReader.read(PagePath(file.path)) else { continue }
      guard let loaded = try? PageDecoder.decode(raw, path: PagePath(file.path)) else { continue }
      for strip in [true, false] {
        let page = PrescannedPage(bytes: loaded.utf8, interest: SiteRegistry.scriptInterest, stripBodies: strip)
        guard !page.html.isEmpty else { continue }
        let (reference, direct) = Self.dumps(page.html)
        pages += 1
        guard let direct else {
          gaveUp.append("\(file.lastPathComponent) (strip \(strip)) at line \(caveat_tree_build_gave_up_at())")
          continue
        }
        built += 1
        #expect(
          direct == reference,
          "\(file.lastPathComponent) (strip \(strip)): \(Self.firstDifference(reference, direct))")
      }
    }
    #expect(pages >= 4)
    // The builder is what makes ranking fast: it must take most real pages.
    print("direct tree builder: built \(built) of \(pages) page parses; gave up on \(gaveUp)")
    #expect(built * 10 >= pages * 8, "built \(built) of \(pages); gave up on \(gaveUp)")
  }

  /// Every input FuzzTree found, replayed as the target reads it (NULs dropped, UTF-8
  /// repaired; whole and prescanned).
  @Test("The builder's tree is libxml2's on every FuzzTree reproducer")
  func fuzzReproducers() throws {
    let folder = TestPaths.repository.appendingPathComponent("scripts/fuzz/crashes/FuzzTree")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names.sorted() where name.hasPrefix("crash-") {
      let raw = try PageFileReader.read(PagePath(folder.appendingPathComponent(name).path))
      let utf8 = Array(String(decoding: raw.filter { $0 != 0 }, as: UTF8.self).utf8)
      let stripped = PrescannedPage(bytes: utf8, interest: SiteRegistry.scriptInterest, stripBodies: true).html
      for bytes in [utf8, stripped] {
        let (reference, direct) = Self.dumps(bytes)
        guard let direct else { continue }
        #expect(direct == reference, "\(name): \(Self.firstDifference(reference, direct))")
      }
    }
    #expect(!names.isEmpty)
  }

  /// Random tag soup from the elements and mistakes that matter to the rules: the builder's
  /// tree must be libxml2's whenever it builds one, and it must build most of them.
  @Test("The builder's tree is libxml2's on random tag soup")
  func soup() {
    var generator = SplitMix(state: 0x5EED_CAFE)
    let tags = [
      "html", "head", "body", "p", "div", "span", "b", "i", "a", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
      "td", "th", "tbody", "thead", "caption", "h1", "h2", "form", "select", "option", "title", "meta", "link",
      "script", "style", "br", "img", "input", "em", "font", "center", "pre", "noscript", "section", "x-item",
      "svg", "path", "frameset", "frame", "textarea", "button", "label",
    ]
    let texts = ["x", " ", "\n", "  \n ", "a b", "&amp;", "&lt;", "&nbsp;", "&zz;", "& ", "<3", "&#169;", "é"]
    var built = 0
    var reasons: [Int32: Int] = [:]
    let cases = 3000
    for _ in 0..<cases {
      var html = ""
      if generator.next() % 4 == 0 { html += "<!DOCTYPE html>" }
      for _ in 0..<(3 + generator.next() % 25) {
        let tag = tags[Int(generator.next() % UInt64(tags.count))]
        switch generator.next() % 10 {
        case 0, 1, 2:
          let attributes = generator.next() % 3 == 0 ? " class=\"c\" id=k" : ""
          html += "<\(tag)\(attributes)>"
          if tag == "script" || tag == "style" {
            html += generator.next() % 2 == 0 ? "" : "var s = '<b>';"
            html += "</\(tag)>"
          }
        case 3, 4: html += "</\(tag)>"
        case 5: html += "<\(tag)/>"
        case 6: html += "<!--c-->"
        default: html += texts[Int(generator.next() % UInt64(texts.count))]
        }
      }
      if Self.expectSameTree(html, "soup", builds: nil) {
        built += 1
      } else {
        reasons[caveat_tree_build_gave_up_at(), default: 0] += 1
      }
    }
    #expect(built * 10 >= cases * 8, "built \(built) of \(cases); gave up at lines \(reasons)")
  }
}
