import CaveatCore
import CaveatHTML

/// Best Buy (a retailer selling its own stock). Carrier phones show several prices: a monthly
/// instalment (which the page's microdata reports as the price), a contract price and the
/// retail price; the retail price is what the device costs.
struct BestBuyRules: SiteRules {
  let id = "bestbuy"
  let hosts = ["bestbuy.com", "bestbuy.ca"]
  let scriptMarkers: [String] = []

  func recognizes(_ page: PageContext) -> Bool {
    page.first("//meta[@property='og:site_name' and @content='Best Buy'] | //*[@id='sku-value']") != nil
      && page.first("//*[@id='sku-title' or @id='sku-value']") != nil
  }

  func currencyHints(host: String?) -> CurrencyHints {
    CurrencyHints(dollar: host?.hasSuffix(".ca") == true ? "CAD" : "USD", yen: nil)
  }

  func extract(_ page: PageContext, hints: CurrencyHints) -> [Candidate] {
    var listing = Listing()
    listing.title =
      page.first("//meta[@property='og:title']")?.attribute("content").map(TextNormalizer.collapse).nonEmpty
      ?? page.text("//*[@id='sku-title']")
    listing.productId = page.text("//*[@id='sku-value']")
    let currency = page.first("//*[@itemprop='priceCurrency']")?.attribute("content").flatMap(
      CurrencyDetector.isoCode(for:))
    // The retail price of a plan selector, else a price block that is not per month.
    let candidates = [
      page.text("//button[@data-track='adprice-unactivated']//strong"),
      page.select("//*[contains(@class, 'priceblock-wrapper')]//*[contains(@class, 'item-price')]").map(\.text)
        .first { !$0.contains("/mo") },
    ]
    for text in candidates.compactMap({ $0 }) {
      if let price = page.parsePrice(text, dollar: hints.dollar) {
        listing.price = Money(amount: price.amount, currency: price.currency ?? currency)
        break
      }
    }
    // The site sells its own stock: the seller is the shop, named as the shop names itself.
    if let siteName = page.first("//meta[@property='og:site_name']")?.attribute("content").nonEmpty {
      listing.seller.name = siteName
    }
    return [Candidate(provenance: .dom, listing: listing)]
  }

  func finish(_ listing: inout Listing, page: PageContext) {
    // The JSON-LD breadcrumb runs from the shop's home to the product itself.
    if var crumbs = listing.category, crumbs.count >= 3 {
      if crumbs.first?.replacingOccurrences(of: " ", with: "").lowercased() == "bestbuy" { crumbs.removeFirst() }
      if let title = listing.title,
        crumbs.last.map({
          title.lowercased().hasPrefix($0.lowercased()) || $0.lowercased().hasPrefix(title.lowercased())
        }) == true
      {
        crumbs.removeLast()
      }
      listing.category = crumbs
    }
  }
}
