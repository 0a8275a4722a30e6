import CaveatCore
import CaveatHTML

/// Amazon product pages (every marketplace: amazon.com, .co.uk, .de, .fr, .co.jp, …).
///
/// Amazon pages carry no JSON-LD, microdata or OpenGraph; everything is read from stable ids
/// and `data-hook` attributes. Sponsored and "also bought" tiles carry their own prices and
/// ratings, so every query is scoped to the buy box or the review section. Labels are
/// translated per marketplace, so rows are matched by attribute or position, not by English.
struct AmazonRules: SiteRules {
  let id = "amazon"
  let hosts = ["amazon"]
  /// The page-timing script names the marketplace (`ue_sn = 'www.amazon.es'`) even when a
  /// saved page has no canonical link.
  let scriptMarkers = ["ue_sn"]

  func recognizes(_ page: PageContext) -> Bool {
    page.first("//input[@id='ASIN'] | //*[@id='dp']") != nil
      && page.first("//*[@id='productTitle'] | //*[@id='btAsinTitle']") != nil
  }

  /// The currency a bare "$" or "¥" means on each marketplace.
  func currencyHints(host: String?) -> CurrencyHints {
    guard let host else { return CurrencyHints(dollar: "USD", yen: "JPY") }
    let dollars: [(String, String)] = [
      (".com.au", "AUD"), (".ca", "CAD"), (".com.mx", "MXN"), (".sg", "SGD"), (".com", "USD"),
    ]
    let dollar = dollars.first { host.hasSuffix($0.0) }?.1
    return CurrencyHints(dollar: dollar, yen: host.hasSuffix(".co.jp") ? "JPY" : nil)
  }

  /// The product's own price blocks; a block inside a used offer, a "see all buying options"
  /// box or a sponsored carousel prices something else.
  /// The new item's price blocks (by id: found through the element index, no document scan).
  private static let priceBlocks =
    "//*[@id='corePriceDisplay_desktop_feature_div' or @id='corePrice_feature_div' or @id='corePrice_desktop' or @id='apex_desktop']"

  /// Whether `node` sits in a box whose prices are not the new item's: a used offer, the
  /// buying-choices box, a sponsored or "also bought" carousel, or an accordion row of the buy
  /// box whose label or offer type says used ("Buy used:", "Gebraucht kaufen", "中古品").
  private static func isInOtherOffer(_ node: HTMLNode, _ page: PageContext) -> Bool {
    var current = node.parent
    while let element = current {
      let id = element.attribute("id") ?? ""
      if id.containsLiteral("used") || id.containsLiteral("Used") || id.containsLiteral("buying-choices")
        || id.containsLiteral("sp_detail")
      {
        return true
      }
      let classes = element.attribute("class") ?? ""
      if classes.containsLiteral("a-carousel") { return true }
      if classes.containsLiteral("accordion-row") || element.attribute("data-csa-c-buying-option-type") != nil,
        offerKind(of: element, page) == .used
      {
        return true
      }
      current = element.parent
    }
    return false
  }

  /// Which offer an accordion row of the buy box holds.
  enum OfferKind { case new, used }

  /// Words of a used (or refurbished) offer's label, in the marketplaces' languages; checked
  /// before the new-offer words, since "Used - Like New" names both.
  static let usedWords = [
    "used", "usado", "gebraucht", "occasion", "usato", "中古", "segunda mano", "2.ª mano", "seminovo",
    "tweedehands", "używan", "renewed", "reacondicionado", "reconditionné", "generalüberholt", "ricondizionato",
    "整備済み",
  ]
  /// Words of a new offer's label ("Buy new:", "Comprar nuevo", "Neu kaufen", "Acheter neuf", "新品").
  static let newWords = ["new", "nuevo", "neu", "neuf", "nuovo", "novo", "nieuw", "nowy", "新品"]

  /// The offer a buy-box accordion row holds: its offer-type attribute, else the words of its
  /// label (the bold caption or heading of the row); nil when neither says.
  static func offerKind(of row: HTMLNode, _ page: PageContext) -> OfferKind? {
    if let type = row.attribute("data-csa-c-buying-option-type")?.uppercased() {
      if type.contains("USED") || type.contains("RENEWED") { return .used }
      if type.contains("NEW") { return .new }
    }
    guard
      let label = page.text(".//*[\(hasClass("a-text-bold"))]", in: row) ?? page.text(".//h5", in: row)
        ?? row.text.nonEmpty.map({ String($0.prefix(60)) })
    else { return nil }
    return offerKind(label: label)
  }

  /// The offer a label names ("Buy new:", "Save with Used - Like New", "Comprar nuevo", "中古品").
  static func offerKind(label: String) -> OfferKind? {
    let lower = label.lowercased()
    if usedWords.contains(where: lower.contains) { return .used }
    let words = lower.split { !($0.isLetter || $0.isNumber) }
    if newWords.contains(where: { word in
      words.contains { $0 == word } || (!word.unicodeScalars.allSatisfy(\.isASCII) && lower.contains(word))
    }) {
      return .new
    }
    return nil
  }

  /// Whether `node` sits in a carousel (other products' tiles).
  private static func isInCarousel(_ node: HTMLNode) -> Bool {
    var current = node.parent
    while let element = current {
      if (element.attribute("class") ?? "").containsLiteral("a-carousel") { return true }
      current = element.parent
    }
    return false
  }

  /// The first node matching `relative` (an expression starting with `.//`) inside the new
  /// item's price blocks, in document order.
  private func inPriceBlocks(_ page: PageContext, _ relative: String) -> HTMLNode? {
    for block in page.select(Self.priceBlocks) where !Self.isInOtherOffer(block, page) {
      if let found = page.first(relative, in: block) { return found }
    }
    return nil
  }

  /// ``inPriceBlocks(_:_:)``'s collapsed text, or nil when empty.
  private func textInPriceBlocks(_ page: PageContext, _ relative: String) -> String? {
    guard let text = inPriceBlocks(page, relative)?.text, !text.isEmpty else { return nil }
    return text
  }

  /// The marketplace host from the page-timing script, when the page carries no URL.
  static func marketplaceHost(_ page: PageContext) -> String? {
    for script in page.scripts {
      guard let range = script.text.range(of: "ue_sn") else { continue }
      let rest = script.text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "'" || $0 == "\"" }
      let host = rest.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
      if host.contains("amazon.") { return String(host).lowercased() }
    }
    return nil
  }

  func extract(_ page: PageContext, hints givenHints: CurrencyHints) -> [Candidate] {
    let host =
      page.urls.lazy.compactMap(SiteRegistry.host(of:)).first { $0.contains("amazon.") } ?? Self.marketplaceHost(page)
    let hints = host.map { currencyHints(host: $0) } ?? givenHints
    var listing = Listing()
    // Before about 2011 the title was `h1.parseasinTitle span#btAsinTitle`.
    listing.title = page.text("(//span[@id='productTitle'])[1]") ?? page.text("(//*[@id='btAsinTitle'])[1]")
    listing.url = page.first("//link[@rel='canonical']")?.attribute("href").nonEmpty
    // The form's ASIN field is hidden (a Chrome MHTML save drops it); the product's rating
    // block names the same ASIN, while the canonical link may name the parent of a variation.
    listing.productId =
      page.first("(//input[@id='ASIN'])[1]")?.attribute("value").nonEmpty
      ?? page.first("//*[@id='averageCustomerReviews']")?.attribute("data-asin").flatMap(Self.validASIN)
      ?? listing.url.flatMap(Self.asin)
    let crumbs = page.select(
      "//*[@id='wayfinding-breadcrumbs_feature_div']//li[not(contains(@class, 'a-breadcrumb-divider'))]//a"
    ).map(\.text).filter { !$0.isEmpty }
    listing.category = crumbs.isEmpty ? nil : crumbs

    let currencyCode = page.first("//input[@name='items[0.base][customerVisiblePrice][currencyCode]']")?
      .attribute("value").flatMap(CurrencyDetector.isoCode(for:))
    readPrice(page, hints: hints, currencyCode: currencyCode, into: &listing)
    readRatings(page, into: &listing)
    listing.reviews = readReviews(page)
    readSeller(page, into: &listing)
    readTerms(page, into: &listing)
    readShipping(page, hints: hints, into: &listing)
    readSoldCount(page, into: &listing)
    return [Candidate(provenance: .dom, listing: listing)]
  }

  /// The social-proof line under the title ("50+ bought in past month", "1K+ bought…",
  /// "Plus de 100 achetés…"): a lower bound on recent sales, read only from the product's own
  /// faceout, never from a tile.
  private func readSoldCount(_ page: PageContext, into listing: inout Listing) {
    // The id prefix is answered from the element index; the carousel is checked here (as one
    // XPath predicate it made libxml2 walk the whole page).
    let faceout = page.select("//*[starts-with(@id, 'social-proofing-faceout-title')]").first {
      !Self.isInCarousel($0)
    }
    guard let faceout, case let text = faceout.text, !text.isEmpty, text.count <= 80,
      let sold = LocaleNumber.count(text)
    else { return }
    listing.soldCount = sold.value
    listing.soldCountIsLowerBound = true
  }

  /// `text` when it reads as an ASIN: ten letters and digits.
  private static func validASIN(_ text: String) -> String? {
    text.count == 10 && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } ? text : nil
  }

  private static func asin(_ url: String) -> String? {
    for marker in ["/dp/", "/gp/product/"] {
      guard let range = url.range(of: marker) else { continue }
      let id = url[range.upperBound...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
      if id.count == 10 { return String(id) }
    }
    return nil
  }

  // MARK: Price

  private func readPrice(_ page: PageContext, hints: CurrencyHints, currencyCode: String?, into listing: inout Listing)
  {
    func money(_ text: String?) -> Money? {
      guard let text, let price = page.parsePrice(text, dollar: hints.dollar, yen: hints.yen)
      else { return nil }
      return Money(amount: price.amount, currency: price.currency ?? currencyCode)
    }
    /// One `a-price` span's amount: its whole and fraction parts, else its screen-reader text.
    func structuredMoney(_ span: HTMLNode) -> Money? {
      let whole =
        page.text(".//span[\(hasClass("a-price-whole"))]", in: span)?.filter { $0.isASCII && $0.isNumber } ?? ""
      let fraction =
        page.text(".//span[\(hasClass("a-price-fraction"))]", in: span)?.filter { $0.isASCII && $0.isNumber } ?? ""
      let symbol = page.text(".//span[\(hasClass("a-price-symbol"))]", in: span) ?? ""
      if !whole.isEmpty, let amount = Double(fraction.isEmpty ? whole : whole + "." + fraction) {
        return Money(amount: amount, currency: currencyCode ?? money(symbol + "1")?.currency)
      }
      let offscreen = page.select(".//span[\(hasClass("a-offscreen")) or \(hasClass("aok-offscreen"))]", in: span)
        .map(\.text).first { !$0.isEmpty }
      return money(offscreen)
    }
    // The structured price (symbol, whole, fraction) reads the same in every locale. A block
    // may also show amounts that are not the price (a Pix discount, one instalment): the words
    // beside each amount say which, and those go to `alternatePrices`.
    let spans = ".//span[\(hasClass("a-price"))][not(@data-a-strike='true')][not(\(hasClass("a-text-price")))]"
    var alternates: [AlternatePrice] = []
    var sawPrice = false
    for block in page.select(Self.priceBlocks) where !Self.isInOtherOffer(block, page) {
      let found = page.select(spans, in: block)
      guard !found.isEmpty else { continue }
      let conditions = Self.conditions(of: found, in: block, page)
      for (span, condition) in zip(found, conditions) {
        if let condition {
          if let amount = structuredMoney(span) {
            let (kind, count) = condition.alternate
            alternates.append(AlternatePrice(kind: kind, price: amount, instalments: count))
          }
        } else if !sawPrice {
          sawPrice = true
          listing.price = structuredMoney(span)
        }
      }
      if sawPrice { break }
    }
    listing.alternatePrices = alternates.isEmpty ? nil : alternates
    // Without a price of its own, a block of conditional amounts is not read again as text.
    if listing.price == nil, alternates.isEmpty {
      listing.price = money(
        textInPriceBlocks(page, ".//span[\(hasClass("aok-offscreen")) or \(hasClass("a-offscreen"))]"))
    }
    if listing.price == nil, listing.alternatePrices == nil {
      listing.price = money(newOfferRowPrice(page))
    }
    if listing.price == nil {
      let texts = [
        "//*[@id='kindle-price']",
        "//*[@id='newOfferAccordionRow']//span[contains(@class, 'header-price')]",
        "//*[@id='priceblock_dealprice' or @id='priceblock_ourprice' or @id='priceblock_saleprice']",
        "//*[@id='buyNewSection']//*[contains(@class, 'offer-price')]",
        // The 2000s layout: the price row of the product's own price block.
        "(//*[@id='priceBlock']//*[contains(@class, 'priceLarge')])[1]", "//*[@id='actualPriceValue']",
      ]
      for xpath in texts {
        if let price = money(page.text(xpath)) {
          listing.price = price
          break
        }
      }
    }
    let original =
      textInPriceBlocks(
        page, ".//span[\(hasClass("a-text-price")) and @data-a-strike='true']//span[\(hasClass("a-offscreen"))]")
      ?? page.text("(//*[@id='newOfferAccordionRow']//span[contains(@class, 'a-text-strike')])[1]")
      ?? page.text("//*[@id='listPrice' or @id='priceblock_listprice']")
    if let original = money(original), let price = listing.price, original.amount > price.amount {
      listing.originalPrice = original
    }
  }

  /// The price text of the buy box's accordion row that holds the new offer ("Buy new: $X",
  /// "Neu kaufen", "新品"), when the new offer has no price block of its own.
  private func newOfferRowPrice(_ page: PageContext) -> String? {
    let rows = page.select(
      "//*[\(hasClass("a-accordion-row-container"))] | //*[\(hasClass("dp-accordion-row"))] | //*[@data-csa-c-buying-option-type]"
    )
    for row in rows where !Self.isInCarousel(row) && Self.offerKind(of: row, page) == .new {
      let text =
        page.text(
          ".//span[\(hasClass("a-price"))][not(@data-a-strike='true')]//span[\(hasClass("a-offscreen"))]", in: row)
        ?? page.text(".//*[\(hasClass("offer-price")) or \(hasClass("header-price"))]", in: row)
      if let text { return text }
    }
    return nil
  }

  /// The condition the words around each of `spans` (the `a-price` spans of `block`, in
  /// document order) name: each amount's words are the texts between it and its neighbours.
  private static func conditions(of spans: [HTMLNode], in block: HTMLNode, _ page: PageContext) -> [PriceCondition?] {
    // Gaps of words: gaps[i] lies before spans[i], gaps[spans.count] after the last one.
    var gaps = Array(repeating: "", count: spans.count + 1)
    var next = 0
    for node in page.select(".//text()[not(parent::script) and not(parent::style)]", in: block) {
      if next < spans.count, node.isInside(spans[next]) {
        next += 1
        continue
      }
      if next > 0, node.isInside(spans[next - 1]) { continue }
      gaps[next] += " " + node.text
    }
    return spans.indices.map { PriceCondition.read(before: gaps[$0], after: gaps[$0 + 1]) }
  }

  // MARK: Ratings

  private static let ratingWords = [
    "rating", "évaluation", "bewertung", "valoracion", "valoración", "voti", "valutazion", "評価", "avaliaç",
    "beoordeling", "ocen", "değerlendirme",
  ]
  private static let reviewWords = [
    "review", "rezension", "commentaire", "reseña", "recension", "レビュー", "opinião", "recensie", "recenzj",
  ]

  private func readRatings(_ page: PageContext, into listing: inout Listing) {
    let popover = page.first("(//*[@id='acrPopover'])[1]")
    listing.rating.average =
      popover?.attribute("title").flatMap(LocaleNumber.rating)
      ?? page.text("(//*[@id='acrPopover']//span[contains(@class, 'a-size-base')])[1]").flatMap(LocaleNumber.rating)
      ?? page.text("//*[@data-hook='rating-out-of-text']").flatMap(LocaleNumber.rating)
    if let total = page.text("//*[@data-hook='total-review-count']"), let count = LocaleNumber.count(total) {
      listing.rating.count = count.value
    }
    if let text = page.text("(//*[@id='acrCustomerReviewText'])[1]"), let count = LocaleNumber.count(text) {
      let lower = text.lowercased()
      if Self.ratingWords.contains(where: lower.contains) {
        if listing.rating.count == nil { listing.rating.count = count.value }
      } else if Self.reviewWords.contains(where: lower.contains) {
        // Before 2019 Amazon counted written reviews ("62 customer reviews").
        listing.reviewCount = count.value
      } else if listing.rating.count == nil {
        listing.rating.count = count.value  // "(22)": the ratings figure beside the stars
      }
    }
    // Per-star shares: percentages only, kept as such.
    var percents: [String: Double] = [:]
    let rows = page.select(
      "//*[@id='histogramTable']/li | //*[@id='histogramTable']//tr | //tr[contains(@class, 'a-histogram-row')]")
    let starNames = ["five": "5", "four": "4", "three": "3", "two": "2", "one": "1"]
    for (index, row) in rows.prefix(5).enumerated() {
      var star = String(5 - index)
      if let href = page.first(".//a[contains(@href, 'filterByStar=')]", in: row)?.attribute("href"),
        let range = href.range(of: "filterByStar=")
      {
        let word = href[range.upperBound...].prefix { $0.isLetter }
        star = starNames[String(word)] ?? star
      }
      guard let meter = page.first(".//*[contains(@class, 'a-meter')]", in: row) else { continue }
      let raw =
        meter.attribute("aria-valuenow") ?? meter.attribute("aria-label")
        ?? meter.attribute("style").flatMap { style in style.range(of: "width:").map { String(style[$0.upperBound...]) }
        }
      if let raw, let value = LocaleNumber.parse(raw, kind: .decimal)?.value, (0...100).contains(value) {
        percents[star] = value
      }
    }
    if percents.count == 5 { listing.rating.histogramPercent = percents }
  }

  // MARK: Reviews

  private func readReviews(_ page: PageContext) -> [Review]? {
    var reviews: [Review] = []
    var seen: Set<String> = []
    for card in page.select("//*[@data-hook='review']") {
      if let id = card.attribute("id") {
        guard !seen.contains(id) else { continue }
        seen.insert(id)
      }
      var review = Review()
      let starIcon = page.first(
        ".//i[@data-hook='review-star-rating' or @data-hook='cmps-review-star-rating']", in: card)
      review.stars =
        starIcon.flatMap(Self.starsFromClass)
        ?? starIcon.flatMap { page.text(".//span[contains(@class, 'a-icon-alt')]", in: $0) }.flatMap(
          LocaleNumber.rating)
      let body = page.first(".//*[@data-hook='review-body']", in: card)
      review.text = body.flatMap {
        page.text(".//span[contains(@class, 'cr-original-review-content')]", in: $0)
          ?? page.text(".//*[@data-hook='review-collapsed']", in: $0) ?? $0.text.nonEmpty
      }
      if let line = page.text(".//*[@data-hook='review-date']", in: card) {
        review.date = DateText.parse(line, preferDayFirst: !line.contains(" on "))
        review.country = Self.reviewCountry(line)
      }
      review.author = page.text("(.//span[contains(@class, 'a-profile-name')])[1]", in: card)
      review.variant = page.text(".//*[@data-hook='format-strip' or @data-hook='format-strip-linkless']", in: card)
      review.photos =
        Set(
          page.select(".//img[@data-hook='cmps-review-image-tile' or contains(@class, 'review-image-tile')]", in: card)
            .compactMap { $0.attribute("data-src") ?? $0.attribute("src") }
        ).count
      if review.text != nil || review.stars != nil { reviews.append(review) }
    }
    if reviews.isEmpty {
      // The ~2016 layout: "Most helpful customer reviews".
      for card in page.select("//div[starts-with(@id, 'rev-dpReviewsMostHelpfulAUI-')]") {
        var review = Review()
        review.stars = page.first(".//i[contains(@class, 'a-icon-star')]", in: card).flatMap(Self.starsFromClass)
        review.author = page.text(".//a[contains(@href, '/profile/')]", in: card)
        review.text = page.text(".//*[starts-with(@id, 'revData-')]/div[contains(@class, 'a-section')]", in: card)
        review.variant = page.select(
          ".//*[starts-with(@id, 'revData-')]/span[contains(@class, 'a-size-mini')]", in: card
        )
        .map(\.text).first { $0.contains(":") }
        review.date = page.select(".//span", in: card).lazy.map(\.text)
          .first { $0.hasPrefix("on ") }.flatMap { DateText.parse($0, preferDayFirst: false) }
        if review.text != nil || review.stars != nil { reviews.append(review) }
      }
    }
    return reviews.isEmpty ? nil : reviews
  }

  /// "a-star-4" / "a-star-4-5" on a review's icon: whole stars given by that reviewer.
  private static func starsFromClass(_ icon: HTMLNode) -> Double? {
    for token in icon.classes where token.hasPrefix("a-star-") {
      let parts = token.dropFirst("a-star-".count).split(separator: "-")
      guard let whole = parts.first.flatMap({ Int($0) }), (1...5).contains(whole) else { continue }
      return Double(whole) + (parts.count > 1 ? 0.5 : 0)
    }
    return nil
  }

  /// "Reviewed in the United States on March 3, 2020" → "United States".
  static func reviewCountry(_ line: String) -> String? {
    let patterns = [
      ("Reviewed in the ", " on "), ("Reviewed in ", " on "), ("Commenté en ", " le "),
      ("Recensito in ", " il "), ("Revisado en ", " el "), ("Rezension aus ", " vom "),
    ]
    for (lead, tail) in patterns {
      guard let start = line.range(of: lead), let end = line.range(of: tail, range: start.upperBound..<line.endIndex)
      else {
        continue
      }
      let country = line[start.upperBound..<end.lowerBound].trimmingSpaces
      return country.isEmpty ? nil : country
    }
    return nil
  }

  // MARK: Seller, terms, shipping

  private func featureText(_ page: PageContext, _ name: String) -> String? {
    page.text(
      "(//*[@offer-display-feature-name='\(name)']//span[contains(@class, 'offer-display-feature-text-message')])[1]")
  }

  /// The text of the tabular buy box row at `position` (labels are translated; order is not).
  private func tabularRow(_ page: PageContext, _ englishLabel: String) -> String? {
    page.text(
      "(//*[@id='tabular-buybox']//*[@tabular-attribute-name='\(englishLabel)']//span[contains(@class, 'tabular-buybox-text-message')])[1]"
    )
  }

  private func readSeller(_ page: PageContext, into listing: inout Listing) {
    let link = page.first("(//*[@id='sellerProfileTriggerId'])[1]")
    var name =
      featureText(page, "desktop-merchant-info") ?? link?.text.nonEmpty ?? tabularRow(page, "Sold by")
      ?? page.text("//tr[@id='Ebooks-desktop-printSoldBy']/td[2]/span[1]")
    if name == nil, let merchant = page.text("//*[@id='merchant-info']") {
      name = Self.between(merchant, "Sold by ", " and ") ?? Self.between(merchant, "sold by ", ". ")
    }
    if name == nil {
      // The 2000s buy box says it in a sentence: "Ships from and sold by Amazon.com.",
      // "この商品は、Amazon.co.jp が販売、発送します。".
      let boxes = page.select("//*[@id='merchant-info'] | //div[\(hasClass("buying"))]").map(\.text)
      name = boxes.lazy.compactMap(Self.soldBySentence).first
    }
    listing.seller.name = name.map { $0.trimmingSpaces }.nonEmpty
    if let href = link?.attribute("href"), let range = href.range(of: "seller=") {
      let id = href[range.upperBound...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
      if !id.isEmpty { listing.seller.id = String(id) }
    }
    if listing.seller.id == nil {
      listing.seller.id = page.first("(//input[@id='merchantID'])[1]")?.attribute("value").nonEmpty
    }
    if let id = listing.seller.id,
      let host = page.urls.lazy.compactMap(SiteRegistry.host(of:)).first(where: { $0.contains("amazon.") })
        ?? Self.marketplaceHost(page)
    {
      listing.seller.url = "https://\(host)/sp?seller=\(id)"
    }
  }

  /// The seller named in a buy-box sentence of the older layouts, in the marketplaces' words.
  static func soldBySentence(_ text: String) -> String? {
    let text = TextNormalizer.collapse(text)
    guard text.count <= 400 else { return nil }
    for label in [
      "Ships from and sold by ", "Expédié et vendu par ", "Verkauf und Versand durch ", "Vendido y enviado por ",
      "Venduto e spedito da ", "Dispatched from and sold by ",
    ] {
      if let name = between(text, label, ". ") ?? between(text, label, "."), name.count <= 60 { return name }
    }
    // Japanese puts the seller first: "この商品は、X が販売、発送します。", "X が販売し、…が発送します".
    if let range = text.range(of: "が販売") {
      let before = text[..<range.lowerBound]
      let name = (before.split(separator: "、").last.map(String.init) ?? "").trimmingSpaces
      if (2...60).contains(name.count), !name.contains("。") { return name }
    }
    return nil
  }

  /// The text between `start` and `end` (or the end of a sentence, for ". ").
  private static func between(_ text: String, _ start: String, _ end: String) -> String? {
    guard let lower = text.range(of: start) else { return nil }
    let rest = text[lower.upperBound...]
    var value: String
    if let upper = rest.range(of: end) {
      value = rest[..<upper.lowerBound].trimmingSpaces
    } else if end == ". ", rest.hasSuffix(".") {
      value = rest.dropLast().trimmingSpaces
    } else {
      return nil
    }
    if value.hasSuffix(".") { value.removeLast() }
    return value.isEmpty ? nil : value
  }

  private func readTerms(_ page: PageContext, into listing: inout Listing) {
    var texts: [String] = []
    if let text = featureText(page, "desktop-return-info") ?? tabularRow(page, "Returns") { texts.append(text) }
    let freeReturns = page.first("//*[@id='creturns-policy-anchor-text']")
    if let freeReturns { texts.append(freeReturns.text) }
    guard !texts.isEmpty else { return }
    var terms = TermsText.read(texts)
    // Amazon only ever says when returns are free; silence is not "not free".
    terms.freeReturns = freeReturns != nil ? true : nil
    terms.returnShippingPaidBy = freeReturns != nil ? .seller : nil
    listing.terms = terms
  }

  private func readShipping(_ page: PageContext, hints: CurrencyHints, into listing: inout Listing) {
    listing.shipping.from = featureText(page, "desktop-fulfiller-info") ?? tabularRow(page, "Ships from")
    if listing.shipping.from == nil, let merchant = page.text("//*[@id='merchant-info']") {
      listing.shipping.from = Self.between(merchant, "Ships from and sold by ", ". ")
    }
    let currency = listing.price?.currency
    // Import shipping beats a conditional "FREE delivery … on orders over $49".
    if let global = page.text("//*[@id='amazonGlobal_feature_div']"), let range = global.range(of: " Shipping") {
      let before = global[..<range.lowerBound].split(separator: " ").last.map(String.init)
      if let before, let cost = page.parsePrice(before, dollar: hints.dollar, yen: hints.yen) {
        listing.shipping.cost = Money(amount: cost.amount, currency: cost.currency ?? currency)
        return
      }
    }
    guard let message = page.first("//*[@data-csa-c-content-id='DEXUnifiedCXPDM']"),
      let price = message.attribute("data-csa-c-delivery-price")
    else { return }
    if price.uppercased() == "FREE" {
      let text = message.text
      if let over = text.range(of: "over ") {
        let threshold = page.parsePrice(String(text[over.upperBound...]), dollar: hints.dollar, yen: hints.yen)
        if let threshold, let amount = listing.price?.amount, amount >= threshold.amount {
          listing.shipping.cost = Money(amount: 0, currency: currency)
        }
      } else {
        listing.shipping.cost = Money(amount: 0, currency: currency)
      }
    } else if let cost = page.parsePrice(price, dollar: hints.dollar, yen: hints.yen) {
      listing.shipping.cost = Money(amount: cost.amount, currency: cost.currency ?? currency)
    }
  }
}
