import CaveatCore
import CaveatHTML

/// Etsy listings: JSON-LD `Product` carries title, price, rating and a few reviews, with the
/// shop as its `brand`; the shop header, the returns box and the shipping cost are read from
/// the page. The shop's own review count and sales ("2,417 sales") are the shop's, never the
/// item's.
struct EtsyRules: SiteRules {
  let id = "etsy"
  let hosts = ["etsy.com"]
  let scriptMarkers: [String] = []

  func recognizes(_ page: PageContext) -> Bool {
    page.first("//meta[@property='og:site_name' and @content='Etsy']") != nil
      && page.first("//*[@data-buy-box-listing-title or @data-listing-id]") != nil
  }

  func currencyHints(host: String?) -> CurrencyHints {
    CurrencyHints(dollar: host?.hasSuffix(".ca") == true ? "CAD" : "USD", yen: "JPY")
  }

  func extract(_ page: PageContext, hints: CurrencyHints) -> [Candidate] {
    var listing = Listing()
    listing.title = page.text("//h1[@data-buy-box-listing-title]")
    if let url = page.first("//link[@rel='canonical']")?.attribute("href"), let range = url.range(of: "/listing/") {
      listing.url = url
      let digits = url[range.upperBound...].prefix { $0.isNumber }
      listing.productId = digits.isEmpty ? nil : String(digits)
    }
    // The shop: the header link, else the JSON-LD brand Etsy fills with the shop's name.
    listing.seller.name =
      page.text("//a[contains(@href, 'ref=shop-header-name')]")
      ?? page.jsonLD.lazy.flatMap { SchemaOrgProduct.topLevelItems(of: $0) }.first(where: SchemaOrgProduct.isProduct)
      .flatMap { $0["brand"]["name"].string ?? $0["brand"].string }.map(TextNormalizer.collapse).nonEmpty
    if let href = page.first("//a[contains(@href, 'ref=shop-header-name')]")?.attribute("href"),
      let range = href.range(of: "/shop/")
    {
      listing.seller.url = String(href[..<range.upperBound]) + href[range.upperBound...].prefix { $0 != "?" }
    }
    if page.first("//*[contains(@class, 'star-seller-badge')]") != nil { listing.seller.badges = ["Star Seller"] }

    let box = page.first("//*[@data-selector='shipping-and-returns' or @id='shipping-and-returns-div']")
    if let box {
      let texts = page.select(".//p | .//li | .//span", in: box).map(\.text).filter { !$0.isEmpty }
      listing.terms = TermsText.read(texts)
      if let cost = texts.first(where: { $0.lowercased().hasPrefix("cost to ship") }) {
        if cost.lowercased().contains("free") {
          listing.shipping.cost = Money(amount: 0, currency: nil)
        } else if let price = page.parsePrice(cost, dollar: hints.dollar, yen: hints.yen) {
          listing.shipping.cost = Money(amount: price.amount, currency: price.currency)
        }
      }
    }
    return [Candidate(provenance: .dom, listing: listing)]
  }
}
