import CaveatCore
import CaveatHTML
import CaveatTestSupport
import Foundation
import Testing

@testable import CaveatExtract

/// Inputs the fuzzers found, kept so they stay fixed.
@Suite struct FuzzRegressionTests {
  /// A fixture page's bytes, read on the fast path (prescan and element index) and the full one.
  private static func extractBothWays(
    _ fixture: String
  ) throws -> (bytes: [UInt8], fast: ExtractedPage, full: ExtractedPage) {
    let bytes = [UInt8](try Data(contentsOf: TestPaths.fixturePages.appendingPathComponent(fixture)))
    let fast = try ListingExtractor.extract(utf8: bytes)
    let full = try ListingExtractor.extract(
      utf8: bytes, options: ExtractionOptions(stripScriptBodies: false, useElementIndex: false, directTree: false))
    return (bytes, fast, full)
  }

  /// FuzzPage: a JSON-LD block with a control character (0x1A) in its white space. libxml2
  /// drops characters XML does not allow from script text; the prescan kept it, the JSON did not
  /// parse, and the fast path lost the product the full parse found.
  @Test func controlCharacterInJSONLDReadsTheSameBothWays() throws {
    let (bytes, fast, full) = try Self.extractBothWays("fuzz-control-char-in-json-ld.html")
    #expect(bytes.contains(0x1A))
    #expect(fast.listing == full.listing)
    #expect(fast.listing.price?.amount == 89)
  }

  /// FuzzPage: NUL bytes inside a `<link>` tag. libxml2 lost the rest of the tag on one path
  /// and not the other, so the canonical URL (and the site it names) differed. NUL bytes are now
  /// dropped before either path sees the page.
  @Test func nulBytesInsideATagReadTheSameBothWays() throws {
    let (bytes, fast, full) = try Self.extractBothWays("fuzz-nul-in-tag.html")
    #expect(bytes.contains(0))
    #expect(fast.listing == full.listing)
    #expect(fast.listing.url == "https://www.etsy.com/listing/1111/mug")
    #expect(fast.warnings.contains { $0.contains("NUL byte") })
  }

  /// FuzzPage: elements after `</html>`. libxml2 puts them beside the root element, where
  /// XPath's `//` finds them; the element index (and the microdata reader) started at the root
  /// element only, so the fast path missed a Taobao title the full parse read.
  @Test func contentAfterTheHtmlEndTagReadsTheSameBothWays() throws {
    let (_, fast, full) = try Self.extractBothWays("fuzz-content-after-html-end.html")
    #expect(fast.listing == full.listing)
    #expect(fast.site == "taobao" && full.site == "taobao")
    #expect(fast.listing.title == "Brass desk lamp")
    #expect(fast.listing.rating.average == 4.6)
    #expect(fast.listing.reviewCount == 38)
    #expect(fast.listing.price?.amount == 158)
  }

  /// FuzzPage: a script whose body starts with another element's end tag (`<script></div>`).
  /// libxml2 reads that end tag as markup (the script is empty and the rest of the page is
  /// elements); the prescan took the rest of the page as the script's body and dropped it, so
  /// the fast path lost the title. Such pages are now kept whole.
  @Test func aScriptOpeningWithAnEndTagReadsTheSameBothWays() throws {
    let (_, fast, full) = try Self.extractBothWays("fuzz-unterminated-script.html")
    #expect(fast.listing == full.listing)
    #expect(fast.site == "aliexpress" && full.site == "aliexpress")
    #expect(fast.listing.title == "Brass desk lamp")
    let page = PrescannedPage(
      bytes: Array("<div><script></div><h1>x</h1>".utf8), interest: SiteRegistry.scriptInterest, stripBodies: true)
    #expect(!page.bodiesStripped)
    let plain = PrescannedPage(
      bytes: Array("<div><script>var a;</script></div>".utf8), interest: SiteRegistry.scriptInterest,
      stripBodies: true)
    #expect(plain.bodiesStripped)
  }

  /// FuzzPage: a bogus attribute holding a quote (`cont<U+FFFD><rop="…`). libxml2 skips a bogus
  /// attribute up to the next blank or `>`, quotes and all; the prescan read `cont…<rop` as a
  /// name and the quote as the start of a value, so it ended the tag later than libxml2, missed
  /// the comment libxml2 saw, and stripped a "script body" running into the product data.
  @Test func aBogusAttributeWithAQuoteEndsTheTagWhereLibxml2Does() throws {
    let url = TestPaths.fixturePages.appendingPathComponent("fuzz-bogus-attribute-quote.html")
    let bytes = [UInt8](try Data(contentsOf: url))
    let fast = try PagePipeline.read(bytes: bytes, path: PagePath(url.path))
    let full = try PagePipeline.read(
      bytes: bytes, path: PagePath(url.path),
      options: ExtractionOptions(stripScriptBodies: false, useElementIndex: false, directTree: false))
    #expect(fast.listing == full.listing)
    #expect(fast.site == full.site)
    #expect(fast.listing.title?.hasPrefix("Cordless Electric Pruning Shears") == true)

    let page = #"<html><body><meta cont?x="v<title>Lamp<!-- c "><script> --><h1>Shown</h1><script>b;</script>"#
    let prescan = PrescannedPage(bytes: Array(page.utf8), interest: SiteRegistry.scriptInterest, stripBodies: true)
    let html = String(decoding: prescan.html, as: UTF8.self)
    #expect(html.contains("<h1>Shown</h1>"))
    #expect(html.hasSuffix("<script></script>"))
    let document = try #require(HTMLDocument.parse(utf8: prescan.html))
    #expect(try document.select("//h1").map(\.text) == ["Shown"])
  }

  /// FuzzPage: `</scriptmin read</p>` inside a script. libxml2 stops the script's text at any
  /// `</script…`, but only an end tag named exactly `script` closes the element, so its body
  /// ran on over two JSON-LD blocks; the prescan ended the body at the first `</script` and
  /// kept those blocks, so only the fast path read the product. Such pages are kept whole.
  @Test func aScriptEndTagWithALongerNameReadsTheSameBothWays() throws {
    let url = TestPaths.fixturePages.appendingPathComponent("fuzz-script-end-tag-prefix.html")
    let bytes = [UInt8](try Data(contentsOf: url))
    func read(_ options: ExtractionOptions) -> Result<VetReport, ListingReadError> {
      do throws(ListingReadError) {
        return .success(try PagePipeline.read(bytes: bytes, path: PagePath(url.path), options: options))
      } catch {
        return .failure(error)
      }
    }
    let fast = read(ExtractionOptions())
    let full = read(ExtractionOptions(stripScriptBodies: false, useElementIndex: false, directTree: false))
    switch (fast, full) {
    case (.success(let a), .success(let b)): #expect(a.listing == b.listing)
    case (.failure(let a), .failure(let b)): #expect(a == b)
    default: Issue.record("fast \(fast) and full \(full) disagree")
    }
    let page = PrescannedPage(
      bytes: Array("<script>a</scriptx><p>b</script><p>c</p>".utf8), interest: SiteRegistry.scriptInterest,
      stripBodies: true)
    #expect(!page.bodiesStripped)
    let plain = PrescannedPage(
      bytes: Array("<script>a</script ><p>c</p>".utf8), interest: SiteRegistry.scriptInterest, stripBodies: true)
    #expect(plain.bodiesStripped)
  }

  @Test func scriptTextDropsCharactersXMLDoesNotAllow() {
    let body: [UInt8] =
      Array("{\"a\":".utf8) + [0x1A, 0x00, 0x09] + Array("1".utf8) + [0xEF, 0xBF, 0xBF] + Array("}".utf8)
    let prescan = PrescannedPage(
      bytes: Array("<script type=\"application/ld+json\">".utf8) + body + Array("</script>".utf8),
      interest: ScriptInterest(types: ["ld+json"], markers: []), stripBodies: true)
    #expect(prescan.scripts.first?.text == "{\"a\":\t1}")
  }
}
