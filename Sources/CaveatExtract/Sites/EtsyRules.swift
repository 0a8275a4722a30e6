import CaveatCore
import CaveatHTML

/// Etsy listings: JSON-LD `Product` carries title, price, rating and a few reviews, with the
/// shop as its `brand`; the shop header, the returns box and the shipping cost are read from
/// the page. The shop's own review count and sales ("2,417 sales") are the shop's, never the
/// item's.
///
/// Etsy shows two ratings: the item's (its own reviews, the "This item" tab) and the shop's (the
/// stars and count beside the shop's name, "Reviews for this shop"). The item's go in `rating`,
/// the shop's in `seller.rating`; a JSON-LD `aggregateRating` whose count is the shop's is the
/// shop's rating, so it never stands in for an item that has none.
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
    let reviews = reviewFigures(page)
    listing.rating.average = reviews.itemAverage
    if let average = reviews.shopAverage {
      listing.seller.rating = Rating(average: average, count: reviews.shopCount)
    }

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

  /// A JSON-LD rating whose count is the shop's review count is the shop's rating: it moves to
  /// `seller.rating` (when the shop header showed none) and leaves the item's rating empty. The
  /// item's review count is the "Reviews for this item (37)" heading's when nothing else gave it.
  func finish(_ listing: inout Listing, page: PageContext) {
    let reviews = reviewFigures(page)
    defer { listing.reviewCount = listing.reviewCount ?? reviews.itemCount }
    guard let shopCount = reviews.shopCount, reviews.itemCount != shopCount,
      let product = page.jsonLD.lazy.flatMap({ SchemaOrgProduct.topLevelItems(of: $0) })
        .first(where: SchemaOrgProduct.isProduct)
    else { return }
    let aggregate = product["aggregateRating"]
    let count = [aggregate["reviewCount"], aggregate["ratingCount"]].lazy.compactMap { value in
      value.int ?? value.string.flatMap { LocaleNumber.count($0)?.value }
    }.first
    guard count == shopCount else { return }
    let average = aggregate["ratingValue"].double ?? aggregate["ratingValue"].string.flatMap(LocaleNumber.rating)
    if reviews.itemAverage == nil, let average, listing.rating.average == average { listing.rating.average = nil }
    if listing.rating.count == shopCount { listing.rating.count = nil }
    if listing.reviewCount == shopCount { listing.reviewCount = nil }
    if listing.seller.rating == nil, let average { listing.seller.rating = Rating(average: average, count: shopCount) }
  }

  /// What the page says of the item's reviews and of the shop's.
  struct ReviewFigures {
    var itemAverage: Double?
    var itemCount: Int?
    var shopAverage: Double?
    var shopCount: Int?
  }

  private static let itemWords = [
    "this item", "cet article", "diesem artikel", "dieser artikel", "este artículo", "questo articolo", "dit artikel",
  ]
  private static let shopWords = ["shop", "boutique", "tienda", "negozio", "winkel"]

  /// The review headings and tabs ("Reviews for this item (38)", "This item (38)", "Reviews for
  /// this shop (12,345)") with the stars shown beside them, and the stars and count beside the
  /// shop's name in the shop header.
  func reviewFigures(_ page: PageContext) -> ReviewFigures {
    var figures = ReviewFigures()
    for heading in page.select("//h2 | //h3 | //*[@role='tab']") {
      let text = heading.text
      guard text.count <= 80, let open = text.lastIndex(of: "("),
        let count = LocaleNumber.count(String(text[open...]))?.value
      else { continue }
      let lower = text.lowercased()
      let stars = heading.parent.flatMap { Self.stars(in: $0, page) }
      if Self.itemWords.contains(where: lower.contains) {
        figures.itemCount = figures.itemCount ?? count
        figures.itemAverage = figures.itemAverage ?? stars
      } else if Self.shopWords.contains(where: lower.contains) {
        figures.shopCount = figures.shopCount ?? count
        figures.shopAverage = figures.shopAverage ?? stars
      }
    }
    // The shop header: the shop's name, then its stars and "(12,345)", in the smallest box
    // around the name that holds stars and not the listing's title.
    if let name = page.first("//a[contains(@href, 'ref=shop-header-name')]") {
      var container = name.parent
      for _ in 0..<3 {
        // The header ends below the listing's heading: stars beside the title are the item's.
        guard let box = container, page.first(".//h1", in: box) == nil else { break }
        if let stars = Self.stars(in: box, page) {
          figures.shopAverage = figures.shopAverage ?? stars
          let counts = page.select(".//span", in: box).lazy.map(\.text).filter {
            $0.hasPrefix("(") && $0.hasSuffix(")")
          }
          if figures.shopCount == nil, let count = counts.compactMap({ LocaleNumber.count($0)?.value }).first {
            figures.shopCount = count
          }
          break
        }
        container = box.parent
      }
    }
    return figures
  }

  /// The stars a screen-reader text gives in `box` ("4.7 out of 5 stars"), outside its review
  /// cards (those are one buyer's stars).
  private static func stars(in box: HTMLNode, _ page: PageContext) -> Double? {
    for node in page.select(".//*[\(hasClass("wt-screen-reader-only"))]", in: box) {
      let text = node.text
      guard text.contains("5"), text.count <= 40, !isInReviewCard(node, below: box) else { continue }
      if let value = LocaleNumber.rating(text) { return value }
    }
    return nil
  }

  private static func isInReviewCard(_ node: HTMLNode, below box: HTMLNode) -> Bool {
    var current = node.parent
    while let element = current, !box.isInside(element) {
      if (element.attribute("class") ?? "").contains("review-card") { return true }
      current = element.parent
    }
    return false
  }
}
