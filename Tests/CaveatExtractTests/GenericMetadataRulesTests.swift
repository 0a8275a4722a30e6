import CaveatCore
import CaveatTestSupport
import Foundation
import Testing

@testable import CaveatExtract

/// Rules of the generic reader for what a page's metadata and widgets say: the Twitter card's
/// price, each with the page where it must not fire.
@Suite("Generic reader metadata rules")
struct GenericMetadataRulesTests {
  /// A product page with no price markup but `head`, and `body` beside its heading.
  private func read(head: String, body: String = "") throws -> ExtractedPage {
    let html = """
      <html><head><title>Copper Lamp 40 cm | Lampshop</title><meta property="og:site_name" content="Lampshop">
      \(head)</head><body><main><h1 class="product-title">Copper Lamp 40 cm</h1>\(body)</main></body></html>
      """
    return try ListingExtractor.extract(utf8: Array(html.utf8))
  }

  @Test("A Twitter card labelled as the price gives the price when nothing else does")
  func twitterCardPrice() throws {
    let report = try PagePipeline.read(PagePath(TestPaths.page("generic-twitter-card-price.html").path))
    #expect(report.listing.price == Money(amount: 89.95, currency: "EUR"))
    #expect(report.provenance["listing.price"] == .generic)
    let german = try read(
      head: #"<meta name="twitter:label1" content="Preis:"><meta name="twitter:data1" content="€ 1.299,00">"#)
    #expect(german.listing.price == Money(amount: 1299, currency: "EUR"))
    let polish = try read(
      head:
        #"<meta property="og:type" content="product"><meta name="twitter:label2" content="Cena"><meta name="twitter:data2" content="349,99 zł">"#
    )
    #expect(polish.listing.price == Money(amount: 349.99, currency: "PLN"))
  }

  @Test("A Twitter card's other labels, ranges and bare dollars give no price")
  func twitterCardNotAPrice() throws {
    for head in [
      #"<meta name="twitter:label1" content="Availability"><meta name="twitter:data1" content="€ 4.95 delivery">"#,
      #"<meta name="twitter:label1" content="Shipping"><meta name="twitter:data1" content="€ 4.95">"#,
      #"<meta name="twitter:label1" content="Price"><meta name="twitter:data1" content="€ 59,95 - € 89,95">"#,
      #"<meta name="twitter:label1" content="Price"><meta name="twitter:data1" content="$89.95">"#,
      #"<meta name="twitter:label1" content="Price"><meta name="twitter:data1" content="€ 89,95"><meta name="twitter:label2" content="Prix"><meta name="twitter:data2" content="€ 79,95">"#,
    ] {
      let page = try read(
        head: #"<meta property="og:type" content="product">"# + head, body: #"<p>Sold by Lampshop</p>"#)
      #expect(page.listing.price == nil, "\(head)")
    }
  }

  @Test("The Twitter card's price comes after OpenGraph's and the one shown by the heading")
  func twitterCardPrecedence() throws {
    let card = #"<meta name="twitter:label1" content="Price"><meta name="twitter:data1" content="€ 99.00">"#
    let shown = try read(head: card, body: #"<div class="price">€ 49.00</div>"#)
    #expect(shown.listing.price == Money(amount: 49, currency: "EUR"))
    let og = try read(
      head: card
        + #"<meta property="product:price:amount" content="59.00"><meta property="product:price:currency" content="EUR">"#
    )
    #expect(og.listing.price == Money(amount: 59, currency: "EUR"))
    #expect(og.provenance["listing.price"] == .openGraph)
  }
}
