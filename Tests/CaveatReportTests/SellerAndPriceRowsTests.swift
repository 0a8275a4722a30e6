import CaveatCore
import CaveatScore
import Testing

@testable import CaveatReport

/// The rows for what only some buyers pay and for a shop's own star rating.
@Suite("Report rows: conditional prices and the shop's rating")
struct SellerAndPriceRowsTests {
  static func listing() -> Listing {
    var listing = Listing()
    listing.title = "Blender"
    listing.price = Money(amount: 1234.56, currency: "BRL")
    listing.alternatePrices = [
      AlternatePrice(kind: .pix, price: Money(amount: 1172.83, currency: "BRL")),
      AlternatePrice(kind: .instalment, price: Money(amount: 123.46, currency: "BRL"), instalments: 10),
      AlternatePrice(kind: .newShopper, price: Money(amount: 4.99, currency: "BRL")),
    ]
    listing.seller.name = "Casa <b>Norte</b>"
    listing.seller.rating = Rating(average: 4.9, count: 8214)
    return listing
  }

  @Test("the text report shows each conditional price apart from the price, and the shop's stars with the seller")
  func text() {
    var en = Lines(width: 200, style: TerminalStyle(enabled: false))
    TextReport.facts(Self.listing(), displayPrice: nil, words: ReportWords(.en), into: &en)
    let english = en.text
    #expect(english.contains("with Pix R$1,172.83 · 10 × R$123.46 · new shoppers only R$4.99"), "\(english)")
    #expect(english.contains("shop 4.9 ★ of 5 (8,214)"), "\(english)")
    var fr = Lines(width: 200, style: TerminalStyle(enabled: false))
    TextReport.facts(Self.listing(), displayPrice: nil, words: ReportWords(.fr), into: &fr)
    #expect(fr.text.contains("avec Pix"), "\(fr.text)")
    #expect(fr.text.contains("boutique 4,9 ★ sur 5"), "\(fr.text)")
  }

  @Test("the HTML report escapes the seller and shows the same rows")
  func html() {
    let page = VetHTML.facts(Self.listing(), words: ReportWords(.en)).map { $0.0 + " " + $0.1 }.joined(separator: "\n")
    #expect(page.contains("with Pix"))
    #expect(page.contains("shop 4.9 ★ of 5 (8,214)"))
    #expect(page.contains("Casa &lt;b&gt;Norte&lt;/b&gt;"))
    #expect(!page.contains("<b>Norte"))
  }
}
