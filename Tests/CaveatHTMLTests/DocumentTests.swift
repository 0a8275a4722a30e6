import CLibXML2
import CaveatCore
import Foundation
import Testing

@testable import CaveatExtract
@testable import CaveatHTML

/// Parses an inline page, failing the test when libxml2 gives no tree.
private func parse(_ html: String) throws -> HTMLDocument {
  try #require(HTMLDocument.parse(utf8: Array(html.utf8)))
}

/// `depth` nested `<div>`s around `inner`.
private func nest(_ depth: Int, inner: String = "deep text") -> String {
  String(repeating: "<div>", count: depth) + inner + String(repeating: "</div>", count: depth)
}

/// Runs `body` with file descriptor 2 sent to a temporary file, returning what was written
/// (and writing it on to the real stderr afterwards).
private func capturingStandardError(_ body: () -> Void) throws -> String {
  let path = FileManager.default.temporaryDirectory
    .appendingPathComponent("caveat-stderr-\(UUID().uuidString)").path
  let file = open(path, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
  try #require(file >= 0)
  defer {
    close(file)
    unlink(path)
  }
  fflush(nil)
  let saved = fcntl(2, F_DUPFD_CLOEXEC, 0)
  try #require(saved >= 0)
  dup2(file, 2)
  body()
  fflush(nil)
  dup2(saved, 2)
  close(saved)
  let data = try #require(FileManager.default.contents(atPath: path))
  // Other tests may have reported progress meanwhile: pass their lines on.
  if !data.isEmpty { FileHandle.standardError.write(data) }
  return String(decoding: data, as: UTF8.self)
}

/// The integers written in `text`.
private func numbers(in text: String) -> [Int] {
  text.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).compactMap { Int($0) }
}

@Suite("HTMLDocument and HTMLNode")
struct DocumentTests {
  @Test("UTF-8 text is read as written (accents, CJK, emoji)")
  func parsesUTF8() throws {
    let document = try parse(
      "<!doctype html><html><head><meta charset=utf-8><title>Crème</title></head>"
        + "<body><p id='p'>Crème brûlée – 東京の店 🎉</p></body></html>")
    let paragraph = try #require(try document.first("//p[@id='p']"))
    #expect(paragraph.text == "Crème brûlée – 東京の店 🎉")
    #expect(try document.first("//title")?.text == "Crème")
    #expect(document.root?.name == "html")
    #expect(document.truncation.isEmpty)
  }

  @Test("&nbsp; and runs of white space collapse to one space, trimmed")
  func nbspCollapses() throws {
    let document = try parse("<html><body><p id='p'>&nbsp;US&nbsp;$&nbsp;&nbsp;12.99 \n\t now&nbsp;</p></body></html>")
    let paragraph = try #require(try document.first("//p"))
    #expect(paragraph.text == "US $ 12.99 now")
    // The raw text keeps the no-break spaces libxml2 decoded.
    #expect(paragraph.rawText.contains("\u{A0}"))
  }

  @Test("Block elements separate words; inline elements join")
  func blockAndInline() throws {
    let document = try parse(
      "<html><body><div id='d'><p>one</p><p>two</p><span>$</span><span>25</span></div></body></html>")
    #expect(try document.first("//p")?.text == "one")
    let blocks = try parse("<html><body><div id='d'><p>one</p><p>two</p></div></body></html>")
    #expect(try blocks.first("//div[@id='d']")?.text == "one two")
    let inline = try parse("<html><body><div id='d'><span>$</span><span>25</span></div></body></html>")
    #expect(try inline.first("//div[@id='d']")?.text == "$25")
    // The end of a block is a boundary too: "two" and "$25" are on separate lines in a browser.
    let text = try document.first("//div[@id='d']")?.text
    #expect(text == "one two $25")
  }

  @Test("Script, style, template and noscript bodies are not page text")
  func scriptAndStyleExcluded() throws {
    let document = try parse(
      """
      <html><head><style>p { color: red }</style></head><body>
      <div id='d'>Hello<script>var secret = "in script";</script><style>.x{}</style> world<noscript>enable JS</noscript></div>
      </body></html>
      """)
    let div = try #require(try document.first("//div[@id='d']"))
    #expect(div.text == "Hello world")
    #expect(document.root?.text == "Hello world")
    let script = try #require(try document.first("//script"))
    #expect(script.rawText == "var secret = \"in script\";")
  }

  @Test("Comments are not page text")
  func commentsExcluded() throws {
    let document = try parse("<html><body><p>a<!-- hidden -->b</p></body></html>")
    #expect(try document.first("//p")?.text == "ab")
  }

  @Test("300 levels of nesting report a truncation naming the parser's depth limit")
  func deepNestingTruncates() throws {
    let document = try parse("<html><body>" + nest(300) + "</body></html>")
    #expect(!document.truncation.isEmpty)
    let message = try #require(document.truncation.first)
    #expect(message.contains("deeper than"))
    // The limit named lies between the depths that pass (200) and fail (300).
    #expect(numbers(in: message).contains { (201..<300).contains($0) }, "\(message)")
  }

  @Test("200 levels of nesting parse completely")
  func moderateNestingIsComplete() throws {
    let document = try parse("<html><body>" + nest(200) + "<p id='after'>after</p></body></html>")
    #expect(document.truncation.isEmpty)
    #expect(try document.first("//p[@id='after']")?.text == "after")
    #expect(try document.select("//div").count == 200)
  }

  @Test("A malformed XPath throws invalidXPath, silently")
  func invalidXPathThrows() throws {
    let document = try parse("<html><body><div>x</div></body></html>")
    var thrown: [HTMLExtractionError] = []
    // Parsing silences libxml2's generic error channel on this thread; restore the default
    // (stderr) so that only the XPath context's own handler can keep errors quiet.
    xmlSetGenericErrorFunc(nil, nil)
    defer { clibxml2_silence_generic_errors() }
    let output = try capturingStandardError {
      for expression in ["//div[", "//div[@id='a'", "///", "//div[nosuchfunction()]"] {
        do throws(HTMLExtractionError) {
          _ = try document.select(expression)
        } catch {
          thrown.append(error)
        }
      }
      if let root = document.root {
        do throws(HTMLExtractionError) {
          _ = try root.select(".//p[@")
        } catch {
          thrown.append(error)
        }
      }
    }
    #expect(thrown.count == 5)
    if case .invalidXPath(let expression, let code)? = thrown.first {
      #expect(expression == "//div[")
      #expect(code != 0)
    } else {
      Issue.record("expected invalidXPath, got \(thrown)")
    }
    // Swift Testing reports other tests' progress on stderr meanwhile; look for libxml2's lines.
    for needle in ["XPath error", "Invalid expression", "Unregistered function", "Invalid predicate"] {
      #expect(!output.contains(needle), "libxml2 wrote to stderr: \(output)")
    }
  }

  @Test("PageContext turns a malformed XPath into a warning and no nodes")
  func pageContextInvalidXPath() throws {
    let document = try parse("<html><body><div id='a'>x</div></body></html>")
    for useIndex in [true, false] {
      let page = PageContext(document: document, scripts: [], urls: [])
      page.useIndex = useIndex
      #expect(page.select("//div[@id='a'").isEmpty)
      #expect(page.warnings.contains { $0.contains("invalid XPath") })
    }
  }

  @Test("Positional predicates after // keep their XPath meaning (each parent's n-th child)")
  func positionalPredicateMeaning() throws {
    let document = try parse(
      "<html><body><ul><li>a</li><li>b</li><li>c</li></ul><ul><li>d</li><li>e</li></ul></body></html>")
    // The parenthesised form means the n-th in the whole document.
    #expect(try document.select("(//li)[2]").map(\.text) == ["b"])
    #expect(try document.select("//ul/li[2]").map(\.text) == ["b", "e"])
    let second = try document.select("//li[2]").map(\.text)
    let last = try document.select("//li[last()]").map(\.text)
    #expect(second == ["b", "e"])
    #expect(last == ["c", "e"])
  }

  @Test("Nodes keep their document alive after it goes out of scope")
  func nodesOutliveDocumentReference() throws {
    var node: HTMLNode?
    do {
      let document = try parse("<html><body><p class=' a  b\tc '>kept</p></body></html>")
      node = try document.first("//p")
    }
    #expect(node?.text == "kept")
    #expect(node?.classes == ["a", "b", "c"])
    #expect(node?.parent?.name == "body")
  }

  @Test("A page nested too deeply after its product data is read, flagged partial")
  func pageExtractorFlagsDeepPageAsPartial() throws {
    func page(depth: Int) -> String {
      """
      <!doctype html><html><head><title>Brass Desk Lamp</title>
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@type": "Product", "name": "Brass Desk Lamp",
       "offers": {"@type": "Offer", "price": "49.99", "priceCurrency": "USD"}}
      </script></head><body><h1>Brass Desk Lamp</h1>
      """ + nest(depth, inner: "<p>lost</p>") + "</body></html>"
    }
    let deep = try ListingExtractor.extract(utf8: Array(page(depth: 300).utf8))
    #expect(deep.isPartial)
    #expect(deep.warnings.contains { $0.hasPrefix("partial page") && $0.contains("deeper than") }, "\(deep.warnings)")
    #expect(deep.listing.title == "Brass Desk Lamp")
    #expect(deep.listing.price == Money(amount: 49.99, currency: "USD"))

    let shallow = try ListingExtractor.extract(utf8: Array(page(depth: 200).utf8))
    #expect(!shallow.isPartial)
    #expect(!shallow.warnings.contains { $0.hasPrefix("partial page") }, "\(shallow.warnings)")
  }
}

@Suite("Element index tables")
struct ElementIndexGroupsTests {
  @Test func groupsFindKeysByTheirBytesWhereverTheyLieAndKeepFirstAppearanceOrder() throws {
    let document = try parse("<p>x</p>")
    let node = try #require(document.root?.pointer)
    // Five thousand keys force the table to grow many times; each key is added from two
    // separate buffers, so equal bytes at different addresses must meet in one group.
    let keys = (0..<5000).map { "key-\($0 * 7919 % 5003)" } + ["", "a", "ab", "abcdefgh", "abcdefghi"]
    let first = keys.map { strdup($0)! }
    let second = keys.map { strdup($0)! }
    defer { (first + second).forEach { free($0) } }
    var groups = ElementIndex.Groups()
    for (order, pointer) in first.enumerated() {
      groups.add(ElementIndex.Entry(order: order, node: node), to: ElementIndex.CStringKey(pointer))
    }
    for (order, pointer) in second.enumerated() {
      groups.add(ElementIndex.Entry(order: keys.count + order, node: node), to: ElementIndex.CStringKey(pointer))
    }
    #expect(groups.lists.count == keys.count)
    #expect(groups.lists.map { String(cString: $0.key.pointer) } == keys)
    for (position, key) in keys.enumerated() {
      let entries = try #require(groups.entries(key))
      #expect(entries.map(\.order) == [position, keys.count + position])
    }
    #expect(groups.entries("key-5003") == nil)
    #expect(groups.entries("abcdefg") == nil)
    #expect(groups.entries("abcdefghij") == nil)
  }

  @Test func descendantOrdersAreExactlyTheElementsInside() throws {
    let document = try parse(
      "<html><body><div id=a><p>x<b>y</b></p><ul><li>1</li><li><i>2</i></li></ul></div><div id=b></div>"
        + "<table><tr><td>z</td></tr></table></body></html><p id=after>tail<span>s</span></p>")
    let index = ElementIndex(document: document)
    let elements = index.all.map { HTMLNode(document: document, pointer: $0.node) }
    #expect(elements.count >= 15)
    for context in elements {
      let orders = try #require(index.descendantOrders(of: context))
      let inside = elements.filter { !$0.isSame(as: context) && $0.isInside(context) }.compactMap(\.documentOrder)
      #expect(Array(orders) == inside, "\(context.name) \(context.attribute("id") ?? "")")
      let slice = IndexedQuery.slice(index.all, orders: orders).map(\.order)
      #expect(slice == inside)
    }
    #expect(IndexedQuery.slice(index.all, orders: 5..<5).isEmpty)
    #expect(IndexedQuery.slice(index.all, orders: 1000..<2000).isEmpty)
  }
}
