import CaveatCore
import CaveatHTML

/// eBay item pages: the 2016–2019 "ViewItem" layout (`#itemTitle`, `#prcIsum`, microdata) and
/// the 2020+ layout (`x-item-title`, `x-price-primary`, `ux-seller-section`).
///
/// eBay's product reviews belong to the catalogue product (pooled over every listing of it);
/// its microdata `reviewCount` is the number of ratings ("8 product ratings"), while the
/// written reviews are counted by "See all 7 reviews".
struct EbayRules: SiteRules {
  let id = "ebay"
  let hosts = ["ebay"]
  let scriptMarkers: [String] = []

  func recognizes(_ page: PageContext) -> Bool {
    page.first("//meta[@property='og:type' and starts-with(@content, 'ebay-objects')] | //h1[@id='itemTitle']") != nil
  }

  func currencyHints(host: String?) -> CurrencyHints {
    guard let host else { return .none }
    if host.hasSuffix(".ca") { return CurrencyHints(dollar: "CAD", yen: nil) }
    if host.hasSuffix(".com.au") { return CurrencyHints(dollar: "AUD", yen: nil) }
    return CurrencyHints(dollar: host.hasSuffix(".com") ? "USD" : nil, yen: nil)
  }

  func extract(_ page: PageContext, hints: CurrencyHints) -> [Candidate] {
    var listing = Listing()
    listing.title = readTitle(page)
    readIdentity(page, into: &listing)
    readPrice(page, hints: hints, into: &listing)
    readRatings(page, into: &listing)
    listing.reviews = readReviews(page)
    readSoldCount(page, into: &listing)
    readSeller(page, into: &listing)
    readTerms(page, into: &listing)
    readShipping(page, hints: hints, into: &listing)
    return [Candidate(provenance: .dom, listing: listing)]
  }

  /// The item's heading: the `h1` the shopper reads (without its "Details about" lead-in), and
  /// only without one the meta title, whose tab suffix (" | eBay") names the site, not the item.
  private func readTitle(_ page: PageContext) -> String? {
    let heading =
      page.select("//h1[@id='itemTitle']/text()").map(\.rawText).joined().trimmingSpaces.nonEmpty
      ?? page.text("(//h1[contains(@class, 'x-item-title')]//span[contains(@class, 'ux-textspans')])[1]")
      ?? page.text("(//h1[@itemprop='name'])[1]")
    if let heading { return TextNormalizer.collapse(heading) }
    let meta = page.first("//meta[@name='twitter:title' or @property='og:title']")?.attribute("content")
    return meta.map { Self.withoutSiteSuffix(TextNormalizer.collapse($0)) }.nonEmpty
  }

  /// "Lamp | eBay" → "Lamp"; a title naming eBay elsewhere is kept whole.
  static func withoutSiteSuffix(_ title: String) -> String {
    for separator in [" | ", " - ", " – "] {
      guard let cut = title.range(of: separator, options: .backwards) else { continue }
      let tail = title[cut.upperBound...].lowercased()
      if tail.hasPrefix("ebay") && tail.count <= 12 { return String(title[..<cut.lowerBound]).trimmingSpaces }
    }
    return title
  }

  /// The canonical URL, the item number and the breadcrumb.
  private func readIdentity(_ page: PageContext, into listing: inout Listing) {
    listing.url = page.first("//link[@rel='canonical']")?.attribute("href").nonEmpty
    listing.productId =
      page.text("//*[@id='descItemNumber']")
      ?? listing.url.flatMap { url in url.split(separator: "/").last.map { String($0.prefix { $0.isNumber }) } }
      .nonEmpty
    // The first breadcrumb list from the element index, then its names inside it (as one
    // `(…)[1]//…` expression libxml2 walked the whole page).
    let list = page.first(
      "//*[@itemtype='http://schema.org/BreadcrumbList' or @itemtype='https://schema.org/BreadcrumbList']")
    let crumbs = (list.map { page.select(".//*[@itemprop='itemListElement']//*[@itemprop='name']", in: $0) } ?? [])
      .map(\.text).filter { !$0.isEmpty }
    listing.category = crumbs.isEmpty ? nil : crumbs
  }

  /// The price and the struck-out price it replaces.
  private func readPrice(_ page: PageContext, hints: CurrencyHints, into listing: inout Listing) {
    let currency = page.first("//*[@itemprop='priceCurrency']")?.attribute("content").flatMap(
      CurrencyDetector.isoCode(for:))
    if let price = page.first("//*[@id='prcIsum' or @id='mm-saleDscPrc' or @id='prcIsum_bidPrice']") {
      if let content = price.attribute("content"), let amount = LocaleNumber.parse(content, kind: .decimal)?.value {
        listing.price = Money(amount: amount, currency: currency)
      } else if let parsed = page.parsePrice(price.text, dollar: hints.dollar) {
        listing.price = Money(amount: parsed.amount, currency: parsed.currency ?? currency)
      }
    } else if let text = page.text("(//*[contains(@class, 'x-price-primary')])[1]"),
      let parsed = page.parsePrice(text, dollar: hints.dollar)
    {
      listing.price = Money(amount: parsed.amount, currency: parsed.currency ?? currency)
    }
    if let text = page.text("//*[@id='orgPrc' or @id='mm-saleOrgPrc']")
      ?? page.text(
        "(//*[contains(@class, 'x-additional-info__textual-display')]//*[contains(@class, 'strikethrough')])[1]"),
      let parsed = page.parsePrice(text, dollar: hints.dollar), parsed.amount > (listing.price?.amount ?? 0)
    {
      listing.originalPrice = Money(amount: parsed.amount, currency: parsed.currency ?? currency)
    }
  }

  /// The catalogue product's ratings and written-review count.
  private func readRatings(_ page: PageContext, into listing: inout Listing) {
    // Ratings: the aggregate's "reviewCount" counts ratings; "See all N reviews" counts texts.
    listing.rating.count = page.first(
      "//*[@itemprop='aggregateRating']//*[@itemprop='reviewCount' or @itemprop='ratingCount']")?
      .attribute("content").flatMap { LocaleNumber.count($0)?.value }
    // Review links come from the element index; only they are tested for the word.
    let reviewLink = page.select("//a[contains(@href, '/product-reviews/')]").first {
      page.first("self::*[contains(., 'review')]", in: $0) != nil
    }
    if let link = reviewLink?.text, !link.isEmpty, let count = LocaleNumber.count(link) {
      listing.reviewCount = count.value
    }
    var histogram: [String: Int] = [:]
    for item in page.select("//*[@id='histogramid']//li[contains(@class, 'ebay-review-item')]") {
      guard
        let star = page.text(".//p[contains(@class, 'ebay-review-item-stars')]", in: item)?.first(where: {
          ("1"..."5").contains($0)
        }),
        let count = page.text(".//div[contains(@class, 'ebay-review-item-r')]/span", in: item).flatMap({
          LocaleNumber.count($0)?.value
        })
      else { continue }
      histogram[String(star)] = count
    }
    if histogram.count == 5 { listing.rating.histogram = histogram }
    if listing.rating.count == nil, let summary = page.text("(//*[contains(@class, 'ux-summary__count')])[1]"),
      let count = LocaleNumber.count(summary)
    {
      listing.rating.count = count.value
    }
  }

  /// "12 sold", "1,234+ sold".
  private func readSoldCount(_ page: PageContext, into listing: inout Listing) {
    let soldText = page.select(
      "//a[contains(@href, 'ViewBidsLogin')] | //*[@id='why2buy']//span[contains(@class, 'w2b-sgl')] | //*[contains(@class, 'x-quantity__availability')]//span"
    )
    .map(\.text).first { $0.range(of: #"^[\d.,]+\+? sold$"#, options: .regularExpression) != nil }
    if let soldText, let sold = LocaleNumber.count(soldText) {
      listing.soldCount = sold.value
      listing.soldCountIsLowerBound = sold.isLowerBound
    }
  }

  /// The seller's name, page, feedback and badges.
  private func readSeller(_ page: PageContext, into listing: inout Listing) {
    listing.seller.name =
      page.text("//*[@id='mbgLink']//span[contains(@class, 'mbg-nw')]")
      ?? page.text(
        "(//*[contains(@class, 'x-sellercard-atf__info__about-seller')]//span[contains(@class, 'ux-textspans')])[1]")
      ?? page.text("(//*[contains(@class, 'ux-seller-section__item--seller')]//a//span)[1]")
      // The pre-2022 seller box without its id: the member badge in a link to the seller's page.
      ?? page.text("(//a[contains(@href, '/usr/')]//span[contains(@class, 'mbg-nw')])[1]")
    if let href = page.first("//*[@id='mbgLink']")?.attribute("href") {
      listing.seller.url = href
      listing.seller.id = href.split(separator: "/").last.map { String($0.prefix { $0 != "?" }) }
    }
    let feedback =
      page.text("//*[@id='si-fb']")
      ?? page.select("//*[contains(@class, 'x-sellercard-atf')]//span").map(\.text).first { $0.contains("%") }
    listing.seller.positiveFeedbackPercent = feedback.flatMap(LocaleNumber.percent)
    listing.seller.feedbackCount = page.text("(//span[contains(@class, 'mbg-l')]/a)[1]").flatMap {
      LocaleNumber.count($0)?.value
    }
    if page.first("//*[@id='topratedplusimage' or contains(@class, 'topratedplustitle')]") != nil {
      listing.seller.badges = ["Top Rated Plus"]
    }
  }

  /// The summary line and the return-policy table.
  private func readTerms(_ page: PageContext, into listing: inout Listing) {
    var texts: [String] = []
    if let summary = page.text("//*[@id='vi-ret-accrd-txt']") { texts.append(summary) }
    for row in page.select("//*[@id='rpdId']//table[contains(@class, 'rpTbl')]//tr") { texts.append(row.text) }
    if let modern = page.text(
      "(//*[contains(@class, 'ux-labels-values--returns')]//*[contains(@class, 'ux-labels-values__values')])[1]")
      ?? page.text("(//*[@data-testid='x-returns-minview'])[1]")
    {
      texts.append(modern)
    }
    if !texts.isEmpty { listing.terms = TermsText.read(texts) }
  }

  /// Where the item ships from and what shipping costs.
  private func readShipping(_ page: PageContext, hints: CurrencyHints, into listing: inout Listing) {
    if let location = page.text("//*[@id='itemLocation']") {
      let value = location.replacingOccurrences(of: "Item location:", with: "").trimmingSpaces
      listing.shipping.from = value.nonEmpty
    }
    if listing.shipping.from == nil,
      let located = page.select("//*[contains(@class, 'ux-labels-values--shipping')]//span").map(\.text).first(where: {
        $0.hasPrefix("Located in:")
      })
    {
      listing.shipping.from = located.dropFirst("Located in:".count).trimmingSpaces.nonEmpty
    }
    if let cost = page.text("//*[@id='fshippingCost']")
      ?? page.text(
        "(//*[contains(@class, 'ux-labels-values--shipping')]//*[contains(@class, 'ux-labels-values__values')]//span)[1]"
      )
    {
      if cost.uppercased().contains("FREE") {
        listing.shipping.cost = Money(amount: 0, currency: listing.price?.currency)
      } else if let parsed = page.parsePrice(cost, dollar: hints.dollar) {
        listing.shipping.cost = Money(amount: parsed.amount, currency: parsed.currency ?? listing.price?.currency)
      }
    }
  }

  private func readReviews(_ page: PageContext) -> [Review]? {
    var reviews: [Review] = []
    for card in page.select("//*[@itemprop='review']") {
      var review = Review()
      let label = page.select(".//*[contains(@class, 'ebay-star-rating')]", in: card).compactMap {
        $0.attribute("aria-label")
      }.first
      review.stars =
        label.flatMap(LocaleNumber.rating).flatMap { $0 > 0 ? $0 : nil }
        ?? page.first(".//*[@itemprop='ratingValue']", in: card).flatMap {
          ($0.attribute("content") ?? $0.text).nonEmpty
        }
        .flatMap(LocaleNumber.rating)
      review.text = page.text(".//*[@itemprop='reviewBody']", in: card)
      let author = page.first(".//a[@itemprop='author']", in: card)
      review.author = author?.attribute("title").nonEmpty ?? author?.text.nonEmpty
      review.date = page.first(".//*[@itemprop='datePublished']", in: card)
        .flatMap { ($0.attribute("content") ?? $0.text).nonEmpty }.flatMap { DateText.parse($0, preferDayFirst: false) }
      if review.text != nil || review.stars != nil { reviews.append(review) }
    }
    return reviews.isEmpty ? nil : reviews
  }
}
