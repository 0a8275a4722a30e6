import CaveatCore
import Testing

@testable import CaveatExtract

/// The generic reader's new rules keep to what they are sure of.
@Suite("Generic reader precision")
struct GenericReaderPrecisionTests {
  /// A product page of a shop with no reader, with `body` inside its main content.
  private func read(_ body: String, title: String = "Copper Lamp 40 cm | Lampshop") throws -> ExtractedPage {
    let html = """
      <html><head><title>\(title)</title><meta property="og:site_name" content="Lampshop">
      <meta property="og:type" content="product"></head><body><main>
      <h1 class="product-title">Copper Lamp 40 cm</h1><div class="price">€ 49,00</div>
      \(body)</main></body></html>
      """
    return try ListingExtractor.extract(utf8: Array(html.utf8))
  }

  @Test("A blog post whose heading the title repeats is not a product page")
  func blogHeading() {
    let html = """
      <html><head><title>Why copper lamps age well - The Lamp Blog</title></head><body>
      <div class="post-title entry-title">Why copper lamps age well</div>
      <p>Copper darkens over the years.</p><a href="/shop/lampshop" title="Lampshop">Lampshop</a>
      </body></html>
      """
    #expect(throws: ExtractionError.self) { try ListingExtractor.extract(utf8: Array(html.utf8)) }
  }

  @Test("One stray link to a store page names no seller; the shop's own name stays")
  func strayStoreLink() throws {
    let page = try read(#"<a href="/shop/outlet" title="Outlet deals">Outlet deals</a>"#)
    #expect(page.listing.seller.name == "Lampshop")
  }

  @Test("A histogram of percentages, or with a star row missing, gives no rating count")
  func histogramPercentages() throws {
    let rows = (1...5).reversed().map { #"<li class="row"><span>\#($0) stars</span> <span>\#($0 * 10)%</span></li>"# }
    let percent = try read(#"<ul class="reviews-histogram">\#(rows.joined())</ul>"#)
    #expect(percent.listing.rating.count == nil)
    let four = (2...5).map { #"<li class="row"><span>\#($0) stars</span> <span>(\#($0))</span></li>"# }
    let missing = try read(#"<ul class="reviews-histogram">\#(four.joined())</ul>"#)
    #expect(missing.listing.rating.count == nil)
  }

  @Test("Dated blocks outside a review section are not review cards")
  func datesOutsideReviews() throws {
    let page = try read(
      #"<div class="news"><div class="entry"><span>12.03.2024</span> New colours arrived today</div><div class="entry"><span>02.02.2024</span> Shop closed for inventory</div></div>"#
    )
    #expect(page.listing.reviews == nil)
  }
}
