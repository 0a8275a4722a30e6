import CaveatCore
import CaveatHTML

/// AliExpress, in the layouts saved pages show:
///
/// - 2019–2022: `window.runParams = { data: {…Module} }` plus a rendered DOM with plain classes;
/// - 2023: `window.runParams = { data: {…Component} }` (server HTML, often with an empty DOM);
/// - 2025–: a client-rendered DOM with hashed CSS-module classes (`price-default--current--3Kfn`),
///   matched by class prefix, plus JSON-LD; a Bundle Deals page shows the product in a drawer
///   (`pdp-mini-wrap`) among many product tiles, which are never read.
struct AliExpressRules: SiteRules {
  let id = "aliexpress"
  let hosts = ["aliexpress.com", "aliexpress.us", "aliexpress.ru"]
  let scriptMarkers = ["window.runParams"]

  func recognizes(_ page: PageContext) -> Bool {
    page.first(
      "//meta[@property='al:android:package' and @content='com.alibaba.aliexpresshd'] | //h1[@data-pl='product-title']"
    ) != nil
  }

  func currencyHints(host: String?) -> CurrencyHints {
    CurrencyHints(dollar: host?.hasSuffix("aliexpress.us") == true ? "USD" : nil, yen: "CNY")
  }

  func extract(_ page: PageContext, hints: CurrencyHints) -> [Candidate] {
    var candidates: [Candidate] = []
    if let data = runParamsData(page) {
      candidates.append(Candidate(provenance: .pageState, listing: readState(data, page: page)))
    }
    candidates.append(Candidate(provenance: .dom, listing: readDOM(page, hints: hints)))
    return candidates
  }

  func finish(_ listing: inout Listing, page: PageContext) {
    if let title = listing.title { listing.title = Self.cleanTitle(title) }
    if let url = listing.url { listing.url = Self.absolute(url) }
    if let id = listing.productId, let number = UInt64(id), number > Self.usOffset {
      // aliexpress.us ids are the global id plus 2^51; report the global one.
      listing.productId = String(number - Self.usOffset)
    }
  }

  private static let usOffset: UInt64 = 1 << 51

  /// Strips the " - AliExpress" suffix and the "€97.39 40% OFF|title|category|" wrapping.
  static func cleanTitle(_ title: String) -> String {
    var text = title
    let parts = text.split(separator: "|").map { $0.trimmingSpaces }
    if parts.count >= 3, parts.last?.lowercased().contains("aliexpress") == true {
      text = parts[1]
    }
    for suffix in [" - aliexpress", "- aliexpress", " | aliexpress"] {
      let trimmed = text.trimmingSpaces
      if trimmed.lowercased().hasSuffix(suffix) {
        text = String(trimmed.dropLast(suffix.count))
      }
    }
    return text.trimmingSpaces
  }

  static func absolute(_ url: String) -> String {
    url.hasPrefix("//") ? "https:" + url : url
  }

  // MARK: - Page state (window.runParams)

  private func runParamsData(_ page: PageContext) -> JSONValue? {
    for script in page.scripts where script.text.contains("runParams") {
      var text = script.text
      let value: JSONValue? = text.withUTF8 { bytes in
        guard let start = Self.find("window.runParams", in: bytes, from: 0),
          let dataKey = Self.find("data", in: bytes, from: start),
          let brace = Self.find("{", in: bytes, from: dataKey)
        else { return nil }
        // Only `data: {…}` is JSON: the outer object is a JavaScript literal.
        do {
          return try JSONReader.parse(bytes: bytes, at: brace).value
        } catch {
          return nil
        }
      }
      if let value, value.object?.isEmpty == false { return value }
    }
    return nil
  }

  private static func find(_ needle: String, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard from < bytes.count, let base = bytes.baseAddress else { return nil }
    var needleBytes = Array(needle.utf8)
    return needleBytes.withUnsafeMutableBufferPointer { needle -> Int? in
      guard let needleBase = needle.baseAddress,
        let hit = searchBytes(base + from, bytes.count - from, needleBase, needle.count)
      else { return nil }
      return base.distance(to: hit)
    }
  }

  private func readState(_ data: JSONValue, page: PageContext) -> Listing {
    var listing = Listing()
    readStateIdentity(data, into: &listing)
    readStatePrice(data, into: &listing)
    readStateRatings(data, into: &listing)
    readStateSeller(data, into: &listing)
    readStateTerms(data, into: &listing)
    readStateShipping(data, into: &listing)
    return listing
  }

  /// Title, id, address and breadcrumb; the 2019 "Module" and 2023 "Component" layouts name them differently.
  private func readStateIdentity(_ data: JSONValue, into listing: inout Listing) {
    let title = data["titleModule"], product = data["productInfoComponent"]
    listing.title = (title["subject"].string ?? product["subject"].string).map(SchemaOrgProduct.clean).nonEmpty
    listing.productId =
      (data["commonModule"]["productId"].string ?? product["idStr"].string ?? product["id"].string).nonEmpty
    listing.url =
      data["pageModule"]["itemDetailUrl"].string.nonEmpty
      ?? data["metaDataComponent"]["canonicalTag"].string.flatMap(Self.href)
    let crumbs =
      (data["crossLinkModule"]["breadCrumbPathList"].isNull
      ? data["breadcrumbComponent"]["pathList"] : data["crossLinkModule"]["breadCrumbPathList"]).list
    let names = crumbs.filter { ($0["cateId"].int ?? 1) != 0 }.compactMap {
      $0["name"].string.map(SchemaOrgProduct.clean)
    }
    .filter { !$0.isEmpty }
    listing.category = names.isEmpty ? nil : names
  }

  /// The sale price and the price it replaces. A new-shopper price (a member named for new
  /// users, or an activity whose label says "Welcome deal", "新人价", …) is not the price
  /// everyone pays: it goes to `alternatePrices`, and the regular amount is the price.
  private func readStatePrice(_ data: JSONValue, into listing: inout Listing) {
    let price = data["priceModule"].isNull ? data["priceComponent"] : data["priceModule"]
    let newShopper = Self.newShopperAmount(price)
    let activityIsNewShopper = Self.labelsNewShopper(price) || Self.labelsNewShopper(price["discountPrice"])
    let activities = [price["minActivityAmount"], price["discountPrice"]["minActivityAmount"]]
    let regular = [price["minAmount"], price["origPrice"]["minAmount"]]
    let sale = ((activityIsNewShopper ? [] : activities) + regular).first { amount in
      guard let value = amount["value"].double else { return false }
      return newShopper.map { $0["value"].double != value } ?? true
    }
    let original = regular.first { $0["value"].double != nil }
    func money(_ amount: JSONValue) -> Money? {
      amount["value"].double.map {
        Money(amount: $0, currency: amount["currency"].string.flatMap(CurrencyDetector.isoCode(for:)))
      }
    }
    if let sale { listing.price = money(sale) }
    if let original, let amount = original["value"].double, amount > (listing.price?.amount ?? 0),
      listing.price != nil || !activityIsNewShopper && newShopper == nil
    {
      listing.originalPrice = money(original)
    }
    let shopperPrice = newShopper ?? (activityIsNewShopper ? activities.first { $0["value"].double != nil } : nil)
    if let shopperPrice, let amount = money(shopperPrice) {
      listing.alternatePrices = [AlternatePrice(kind: .newShopper, price: amount)]
    }
  }

  /// The amount of a price member named for new shoppers (`newUserPrice`, `newBuyerAmount`,
  /// `welcomePrice`), as an amount object with a `value`.
  private static func newShopperAmount(_ price: JSONValue) -> JSONValue? {
    for container in [price, price["discountPrice"]] {
      guard let members = container.object else { continue }
      for (key, value) in members.sorted(by: { $0.key < $1.key }) {
        let name = key.lowercased()
        guard ["newuser", "newbuyer", "newshopper", "welcome"].contains(where: name.containsLiteral) else { continue }
        if value["value"].double != nil { return value }
        if value["minAmount"]["value"].double != nil { return value["minAmount"] }
      }
    }
    return nil
  }

  /// Whether a text member of the price object labels its activity as a new-shopper price. A
  /// label is short: long members (serialised blobs of tens of kilobytes) are not read.
  private static func labelsNewShopper(_ price: JSONValue) -> Bool {
    guard let members = price.object else { return false }
    return members.values.contains { value in
      guard let text = value.string, text.utf8.count <= maximumLabelBytes else { return false }
      return PriceCondition.namesNewShopper(text)
    }
  }

  /// The longest text read as a price label, in UTF-8 bytes.
  private static let maximumLabelBytes = 200

  /// The item's ratings, histogram and sold count.
  private func readStateRatings(_ data: JSONValue, into listing: inout Listing) {
    let title = data["titleModule"]
    let feedback = title["feedbackRating"].isNull ? data["feedbackComponent"] : title["feedbackRating"]
    if let stars = feedback["averageStar"].double ?? feedback["evarageStar"].double,
      let count = feedback["totalValidNum"].int
    {
      // An item without ratings says "0.0" of 0: that is no rating, not a bad one.
      if count > 0 {
        listing.rating.average = LocaleNumber.ratingCheck(stars, scale: 5)
        listing.rating.count = count
        listing.reviewCount = count
        let keys = [
          ("5", "fiveStarNum"), ("4", "fourStarNum"), ("3", "threeStarNum"), ("2", "twoStarNum"), ("1", "oneStarNum"),
        ]
        var histogram: [String: Int] = [:]
        for (star, key) in keys { if let value = feedback[key].int { histogram[star] = value } }
        if histogram.count == 5 { listing.rating.histogram = histogram }
      }
    }
    let trade = title.isNull ? data["tradeComponent"] : title
    if let sold = trade["tradeCount"].int {
      listing.soldCount = sold
    } else if let text = trade["formatTradeCount"].string, let sold = LocaleNumber.count(text) {
      listing.soldCount = sold.value
      listing.soldCountIsLowerBound = sold.isLowerBound
    }
  }

  /// The store, its feedback, followers, age and badges.
  private func readStateSeller(_ data: JSONValue, into listing: inout Listing) {
    let store = data["storeModule"].isNull ? data["sellerComponent"] : data["storeModule"]
    listing.seller.name = store["storeName"].string.map(SchemaOrgProduct.clean).nonEmpty
    listing.seller.id = store["storeNum"].string.nonEmpty
    listing.seller.url = store["storeURL"].string.map(Self.absolute).nonEmpty
    let positive = store["positiveRate"].string ?? data["storeFeedbackComponent"]["sellerPositiveRate"].string
    listing.seller.positiveFeedbackPercent = positive.flatMap(LocaleNumber.percent)
    // The share stands on positiveNum positive ratings: the total follows from the two.
    let positives = store["positiveNum"].int ?? data["storeFeedbackComponent"]["sellerPositiveNum"].int
    if let positives, let percent = listing.seller.positiveFeedbackPercent, percent > 0 {
      listing.seller.feedbackCount = Int((Double(positives) * 100 / percent).rounded())
    }
    listing.seller.followers = store["followingNumber"].int
    if let epoch = store["openTime"].double {
      listing.seller.openedOn = DateText.fromEpoch(epoch)
    } else if let text = store["openTime"].string {
      listing.seller.openedOn = DateText.parse(text, preferDayFirst: false)
    }
    listing.seller.country = store["countryCompleteName"].string.nonEmpty
    var badges: [String] = []
    if store["topRatedSeller"].bool == true { badges.append("Top Rated Seller") }
    if store["boutiqueSeller"].bool == true { badges.append("Boutique Seller") }
    if store["localSeller"].bool == true { badges.append("Local Seller") }
    listing.seller.badges = badges.isEmpty ? nil : badges
  }

  /// Terms: the 2019 protection module; the 2023 seller promise with its free-return flag.
  private func readStateTerms(_ data: JSONValue, into listing: inout Listing) {
    var texts: [String] = []
    let protection = data["buyerProtectionModule"]
    for box in [protection["buyerProtection"], protection["returnPolicyGuarantees"]]
      + protection["returnPolicyGuarantees"].list
    {
      let parts = [box["name"].string, box["brief"].string].compactMap { $0 }.filter {
        !$0.contains("{") && !$0.contains("@")
      }
      if !parts.isEmpty { texts.append(parts.joined(separator: " ")) }
    }
    let promise = data["sellerPromiseComponent"]
    for detail in promise["serviceDetails"]["details"].list {
      let parts = [detail["title"].string, detail["content"].string].compactMap { $0 }
      if !parts.isEmpty { texts.append(parts.joined(separator: " ")) }
    }
    var terms = TermsText.read(Array(Set(texts)).sorted())
    if let flag = Self.freeReturnFlag(promise) {
      terms.freeReturns = flag
      if flag { terms.returnShippingPaidBy = .seller }
    }
    listing.terms = terms
  }

  /// Where the item ships from, how long it takes and what it costs.
  private func readStateShipping(_ data: JSONValue, into listing: inout Listing) {
    let freight = data["webGeneralFreightCalculateComponent"]["originalLayoutResultList"][0]["bizData"]
    if freight.object != nil {
      listing.shipping.from = freight["shipFrom"].string.nonEmpty
      listing.shipping.minDays = freight["deliveryDayMin"].int
      listing.shipping.maxDays = freight["deliveryDayMax"].int
      if freight["shippingFee"].string == "free" {
        listing.shipping.cost = Money(amount: 0, currency: listing.price?.currency)
      } else if let amount = freight["displayAmount"].double {
        listing.shipping.cost = Money(
          amount: amount, currency: freight["displayCurrency"].string.flatMap(CurrencyDetector.isoCode(for:)))
      }
    }
  }

  /// A boolean member whose name says "free return" (`hasNoReasonFreeReturn`: free returns for
  /// any reason); matched loosely because the key's spelling varies between releases.
  private static func freeReturnFlag(_ promise: JSONValue) -> Bool? {
    guard let members = promise.object else { return nil }
    for (key, value) in members.sorted(by: { $0.key < $1.key }) where key.lowercased().hasSuffix("freereturn") {
      if let flag = value.bool { return flag }
    }
    return nil
  }

  private static func href(_ html: String) -> String? {
    guard let start = html.range(of: "href=\"") else { return nil }
    let rest = html[start.upperBound...]
    return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
  }

  // MARK: - Rendered DOM

  private func readDOM(_ page: PageContext, hints: CurrencyHints) -> Listing {
    var listing = Listing()
    // The drawer of a Bundle Deals page, else the app root, else the whole page.
    let drawer = page.first("//div[\(hasClass("pdp-mini-wrap"))]")
    let root = drawer ?? page.first("//*[@id='root']") ?? page.document.root
    guard let root else { return listing }
    readDOMIdentity(page, root: root, drawer: drawer, into: &listing)
    let dollar = readDOMPrice(page, root: root, hints: hints, into: &listing)
    if listing.price == nil, drawer == nil {
      listing.price = Self.titlePrice(page, dollar: dollar, yen: hints.yen)
    }
    readDOMRatings(page, root: root, into: &listing)
    listing.reviews = readReviews(page, root: root)
    readSeller(page, root: root, into: &listing)
    readDOMTerms(page, root: root, into: &listing)
    readDOMShipping(page, root: root, dollar: dollar, yen: hints.yen, into: &listing)
    return listing
  }

  /// The heading, the address and the item id (from the drawer's links on a Bundle Deals page).
  private func readDOMIdentity(_ page: PageContext, root: HTMLNode, drawer: HTMLNode?, into listing: inout Listing) {
    func text(_ xpath: String) -> String? { page.text(xpath, in: root) }
    listing.title = text(".//h1[@data-pl='product-title']") ?? text(".//h1[\(hasClass("product-title-text"))]")
    if drawer == nil {
      listing.url = page.first("//link[@rel='canonical']")?.attribute("href").nonEmpty
      // A page without a canonical link still names its item in its Open Graph address.
      listing.productId =
        listing.url.flatMap(Self.itemID)
        ?? page.first("//meta[@property='og:url']")?.attribute("content").flatMap(Self.itemID)
    } else if let drawer {
      // A Bundle Deals page names its product in the drawer's links ("product_id=") and in the
      // page address ("productIds=<item>:<sku>").
      let links = page.select(".//a[contains(@href, 'product_id=')]", in: drawer).compactMap { $0.attribute("href") }
      let addresses =
        page.urls + [page.first("//meta[@property='ae:reload_path']")?.attribute("content")].compactMap { $0 }
      listing.productId =
        links.lazy.compactMap { Self.parameter("product_id", in: $0) }.first
        ?? addresses.lazy.compactMap { Self.parameter("productIds", in: $0) }.first
    }
  }

  /// The current and the original price of the product block; returns what a bare "$" means.
  private func readDOMPrice(_ page: PageContext, root: HTMLNode, hints: CurrencyHints, into listing: inout Listing)
    -> String?
  {
    func text(_ xpath: String) -> String? { page.text(xpath, in: root) }
    // Price: the current price element of the product block only (tiles use other classes).
    let priceText =
      text(".//*[\(hasClassPrefix("price-default--current--"))]")
      ?? text(".//*[\(hasClass("product-price-current"))]//*[\(hasClass("product-price-value"))]")
    // The shopper's display currency, from the "ship to" header ("Abbeville/EN/ USD"), says
    // what a bare "$" means when the host does not.
    let headerCurrency = page.select("//*[\(hasClassPrefix("ship-to--info--"))]//span").lazy
      .compactMap { span -> String? in
        let code = span.text
        return code.count == 3 ? CurrencyDetector.isoCode(for: code) : nil
      }.first
    let dollar = hints.dollar ?? (headerCurrency?.hasSuffix("D") == true ? headerCurrency : nil)
    if let priceText, let price = page.parsePrice(priceText, dollar: dollar, yen: hints.yen) {
      listing.price = Money(amount: price.amount, currency: price.currency ?? headerCurrency)
    }
    let originalText =
      text(".//*[\(hasClassPrefix("price-default--original--"))]")
      ?? text(".//*[\(hasClass("product-price-del"))]//*[\(hasClass("product-price-value"))]")
    if let originalText, let price = page.parsePrice(originalText, dollar: dollar, yen: hints.yen) {
      listing.originalPrice = Money(amount: price.amount, currency: price.currency ?? headerCurrency)
    }
    return dollar
  }

  /// The price an item page writes before its title in `og:title` ("€97.39 40% OFF|title|
  /// category| - AliExpress", "7.66₪ 39% OFF|…"): the price the page shows, still there when
  /// the price block was never rendered or the page state was not saved (Chrome's MHTML drops
  /// scripts). Only a leading segment that is a price and nothing more (but a discount) is read,
  /// and only when it names its currency.
  static func titlePrice(_ page: PageContext, dollar: String?, yen: String?) -> Money? {
    guard let title = page.first("//meta[@property='og:title']")?.attribute("content") else { return nil }
    let parts = title.split(separator: "|", omittingEmptySubsequences: false)
    guard parts.count >= 3, parts.last?.lowercased().contains("aliexpress") == true else { return nil }
    // The words before the discount ("40% OFF", "-40%").
    let words = parts[0].split(whereSeparator: \.isWhitespace).prefix { !$0.contains("%") }
    let segment = words.joined(separator: " ")
    guard (1...3).contains(words.count), segment.count <= 24, segment.contains(where: \.isNumber),
      let price = CurrencyDetector.parsePrice(segment, defaultDollar: dollar, defaultYen: yen),
      price.warning == nil, let currency = price.currency
    else { return nil }
    return Money(amount: price.amount, currency: currency)
  }

  /// The item's rating, review and sold counts, and the drawer's histogram.
  private func readDOMRatings(_ page: PageContext, root: HTMLNode, into listing: inout Listing) {
    func text(_ xpath: String) -> String? { page.text(xpath, in: root) }
    // Item rating, reviews and sold count live in the reviewer line; a store link in that slot
    // (an item without reviews) carries the store's figures, which are not the item's.
    let reviewer = page.first(".//*[@data-pl='product-reviewer' or \(hasClassPrefix("reviewer--wrap--"))]", in: root)
    let storeLine = reviewer.map { page.first(".//a[contains(@href, '/store/')]", in: $0) != nil } ?? false
    if !storeLine {
      listing.rating.average =
        text(".//*[\(hasClassPrefix("reviewer--rating--"))]//strong")
        .flatMap(LocaleNumber.rating)
        ?? text(".//*[\(hasClass("overview-rating-average"))]").flatMap(LocaleNumber.rating)
      listing.reviewCount =
        (text(".//*[\(hasClassPrefix("reviewer--reviews--"))]")
        ?? text(".//*[\(hasClass("product-reviewer-reviews"))]")).flatMap { LocaleNumber.count($0)?.value }
      let sold =
        (text(".//*[\(hasClassPrefix("reviewer--sold--"))]")
        ?? text(".//*[\(hasClass("product-reviewer-sold"))]")).flatMap { LocaleNumber.count($0) }
      listing.soldCount = sold?.value
      listing.soldCountIsLowerBound = sold?.isLowerBound
    }
    // Histogram (Bundle Deals drawer): "5 stars" + count rows.
    var histogram: [String: Int] = [:]
    for row in page.select(".//*[\(hasClass("ae-stars-chart-item"))]", in: root) {
      guard let label = page.text(".//*[\(hasClass("ae-stars-chart-item-title"))]", in: row),
        let star = label.first(where: { ("1"..."5").contains($0) }),
        let count = page.text(".//*[\(hasClass("ae-stars-chart-item-num"))]", in: row).flatMap({
          LocaleNumber.count($0)?.value
        })
      else { continue }
      histogram[String(star)] = count
    }
    if histogram.count == 5 { listing.rating.histogram = histogram }
    if !storeLine {
      listing.rating.count =
        text(".//*[\(hasClassPrefix("title--rating--"))]").flatMap { LocaleNumber.count($0)?.value }
        ?? (histogram.count == 5 ? histogram.values.reduce(0, +) : nil)
      if listing.rating.count == nil, listing.rating.average != nil { listing.rating.count = listing.reviewCount }
    }
  }

  /// The service boxes ("Free returns within 90 days", "Refund if no delivery in 20 days").
  private func readDOMTerms(_ page: PageContext, root: HTMLNode, into listing: inout Listing) {
    var termTexts = page.select(
      ".//*[\(hasClassPrefix("shipping--title--"))] | .//*[\(hasClassPrefix("shipping--descText--"))]", in: root
    )
    .map(\.text)
    for box in page.select(
      ".//*[\(hasClass("buyer-pretection"))]//a[contains(@class, 'buyer-pretection-info')]", in: root)
    {
      termTexts.append(box.text)
    }
    if !termTexts.isEmpty { listing.terms = TermsText.read(termTexts) }
  }

  /// The shipping line: "Free shipping · Ship from United States", "Shipping: $5.43".
  private func readDOMShipping(
    _ page: PageContext, root: HTMLNode, dollar: String?, yen: String?, into listing: inout Listing
  ) {
    func text(_ xpath: String) -> String? { page.text(xpath, in: root) }
    if let line = text(".//*[\(hasClass("dynamic-shipping-titleLayout"))]")
      ?? text(".//*[\(hasClass("product-shipping-price"))]")
    {
      let lower = line.lowercased()
      if let range = line.range(of: "Ship from ") ?? line.range(of: "Ships from ") {
        listing.shipping.from = String(line[range.upperBound...]).split(separator: "·").first.map { $0.trimmingSpaces }
      }
      if lower.contains("free shipping") || lower.contains("שילוח חינם") || lower.contains("משלוח חינם")
        || lower.contains("livraison gratuite") || lower.contains("envío gratis")
        || lower.contains("kostenloser versand")
      {
        listing.shipping.cost = Money(amount: 0, currency: listing.price?.currency)
      } else if let price = page.parsePrice(line, dollar: dollar, yen: yen) {
        listing.shipping.cost = Money(amount: price.amount, currency: price.currency)
      }
    }
  }

  /// The leading digits of query parameter `name` in `url`.
  private static func parameter(_ name: String, in url: String) -> String? {
    for separator in ["?", "&", "&amp;"] {
      guard let range = url.range(of: separator + name + "=") else { continue }
      let digits = url[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
      if digits.count >= 6 { return String(digits) }
    }
    return nil
  }

  private static func itemID(_ url: String) -> String? {
    guard let range = url.range(of: "/item/") else { return nil }
    let tail = url[range.upperBound...]
    let lastSegment = tail.split(separator: "/").last ?? tail[...]
    let digits = lastSegment.prefix { $0.isASCII && $0.isNumber }
    return digits.count >= 6 ? String(digits) : nil
  }

  private func readReviews(_ page: PageContext, root: HTMLNode) -> [Review]? {
    var reviews: [Review] = []
    for card in page.select(".//*[\(hasClassPrefix("list--itemBox--"))]", in: root) {
      var review = Review()
      let filled = page.select(
        ".//*[\(hasClassPrefix("stars--box--"))]//*[\(hasClass("comet-icon-starreviewfilled"))]", in: card)
      review.stars = filled.isEmpty ? nil : Double(filled.count)
      review.text = page.text(".//*[\(hasClassPrefix("list--itemReview--"))]", in: card)
      review.variant = page.text(".//*[\(hasClassPrefix("list--itemSku--"))]", in: card)
      if let info = page.text(".//*[\(hasClassPrefix("list--itemInfo--"))]", in: card) {
        let parts = info.components(separatedBy: "|").map { $0.trimmingSpaces }
        review.author = parts.first.nonEmpty
        review.date = parts.count > 1 ? DateText.parse(parts[parts.count - 1]) : nil
      }
      review.photos = page.select(".//*[\(hasClassPrefix("list--itemThumbnails--"))]//img", in: card).count
      if let flag = page.first(".//*[contains(@class, 'country-flag-y2023')]", in: card) {
        review.country = flag.classes.first { $0.count == 2 }.map(String.init)
      }
      if review.text != nil { reviews.append(review) }
    }
    for card in page.select(".//*[\(hasClass("ae-evaluateList-card"))]", in: root) {
      var review = Review()
      let stars = page.select(".//*[\(hasClass("ae-stars-box"))]//img", in: card)
      if let first = stars.first?.attribute("src") {
        // The first star of a card is always filled; filled stars share its image.
        review.stars = Double(stars.filter { $0.attribute("src") == first }.count)
      }
      review.text = page.text(".//*[\(hasClass("ae-evaluateList-card-content"))]", in: card)
      review.date = page.text(".//*[\(hasClass("ae-evaluateList-card-date"))]", in: card).flatMap { DateText.parse($0) }
      review.variant = page.text(".//*[\(hasClass("ae-evaluateList-card-title"))]", in: card)
      review.author = page.text(".//*[\(hasClass("ae-evaluateList-card-name"))]", in: card)
      review.photos = page.select(".//img[\(hasClass("ae-evaluateList-card-img"))]", in: card).count
      if review.text != nil { reviews.append(review) }
    }
    return reviews.isEmpty ? nil : reviews
  }

  private func readSeller(_ page: PageContext, root: HTMLNode, into listing: inout Listing) {
    let nameLink = page.first(".//a[@data-pl='store-name']", in: root)
    let name =
      (nameLink?.text).nonEmpty
      ?? page.text(".//*[\(hasClassPrefix("store-detail--storeName--"))]", in: root)
      ?? page.text(".//*[\(hasClass("store-name"))]/a", in: root)
      ?? page.text(".//*[\(hasClass("shop-name"))]/a", in: root)
      ?? Self.storeBarName(page, root: root)
    listing.seller.name = name.map { Self.stripTraderTag($0) }
    let storeHref =
      nameLink?.attribute("href")
      ?? page.first(".//*[\(hasClass("store-name"))]/a | .//*[\(hasClass("shop-name"))]/a", in: root)?.attribute("href")
    if let storeHref {
      listing.seller.url = Self.absolute(storeHref)
      if let range = storeHref.range(of: "/store/") {
        let digits = storeHref[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
        listing.seller.id = digits.isEmpty ? nil : String(digits)
      }
    }
    // "91.7% Positive Feedback | 17 Followers": the figure with "%" is the feedback, the other
    // the followers.
    if let desc = page.first(".//*[\(hasClassPrefix("store-info--desc--"))]", in: root) {
      var percent: Double?
      var followers: Int?
      var emptyFigure = false
      for strong in page.select(".//strong", in: desc) {
        let value = strong.text
        if value.contains("%") {
          percent = LocaleNumber.percent(value)
        } else if value.isEmpty {
          emptyFigure = true
        } else if followers == nil {
          followers = LocaleNumber.count(value)?.value
        }
      }
      // A template not yet filled in shows "0%" beside an empty or zero follower count: both
      // are placeholders, not a store with no positive feedback.
      let placeholder = percent == 0 && (emptyFigure || followers == nil || followers == 0)
      if !placeholder {
        listing.seller.positiveFeedbackPercent = percent
        listing.seller.followers = followers
      }
    }
    if listing.seller.positiveFeedbackPercent == nil {
      listing.seller.positiveFeedbackPercent = page.text(".//*[@data-role='positive-feedback']/i", in: root).flatMap(
        LocaleNumber.percent)
    }
    if listing.seller.followers == nil {
      listing.seller.followers = page.text(".//*[\(hasClass("num-followers"))]/i", in: root).flatMap {
        LocaleNumber.count($0)?.value
      }
    }
    readHeaderCard(page, into: &listing)
    // The store popover sits outside the product block: accept it only when it names the same
    // store.
    let rows = page.select("//*[\(hasClassPrefix("store-detail--storeInfo--"))]//tr")
    var info: [(String, String)] = []
    for row in rows {
      let cells = page.select("./td", in: row).map(\.text)
      if cells.count >= 2 { info.append((cells[0].lowercased(), cells[1])) }
    }
    let popoverName = info.first { $0.0.hasPrefix("name") }?.1
    guard let popoverName, let name = listing.seller.name,
      Self.stripTraderTag(popoverName).lowercased() == name.lowercased()
    else { return }
    for (label, value) in info {
      if label.contains("open since") || label.contains("opened") {
        listing.seller.openedOn = DateText.parse(value, preferDayFirst: false)
      } else if label.contains("location") {
        listing.seller.country = value.nonEmpty
      }
    }
    if listing.seller.openedOn == nil {
      // Localised labels: the row whose value reads as a date.
      listing.seller.openedOn = info.lazy.compactMap { DateText.parse($0.1, preferDayFirst: false) }.first
    }
    let ratingRows = page.select("//*[\(hasClassPrefix("store-detail--storeRating--"))]//tr")
    let values = ratingRows.compactMap { row -> Double? in
      let cells = page.select("./td", in: row)
      guard cells.count >= 2 else { return nil }
      return (page.text(".//b", in: cells[1]) ?? cells[1].text.nonEmpty).flatMap(LocaleNumber.rating)
    }
    // Rows come in a fixed order: as described, communication, shipping speed.
    if values.count == 3 {
      listing.seller.ratings = SellerRatings(asDescribed: values[0], communication: values[1], shipping: values[2])
    }
  }

  /// The store card of the 2019 page header, which sits before the app root: the store's name
  /// (`data-role="store-name"`), its positive-feedback share (`data-role="positive-feedback"`)
  /// and its exact follower count (`num-followers`; the product block rounds it to "70.5K").
  /// The page state names the same figures, but a page saved without its scripts has only this
  /// card. It fills in only what the product block left out, and only when it names the same
  /// store as the product block, or the product block names none.
  private func readHeaderCard(_ page: PageContext, into listing: inout Listing) {
    let seller = listing.seller
    guard seller.name == nil || seller.positiveFeedbackPercent == nil || seller.followers == nil else { return }
    let names = page.select("//*[@data-role='store-name']")
    guard names.count == 1, let nameNode = names.first else { return }
    let cardName = Self.stripTraderTag(TextNormalizer.collapse(nameNode.text))
    guard !cardName.isEmpty, seller.name.map({ $0.lowercased() == cardName.lowercased() }) ?? true else { return }
    if seller.name == nil {
      listing.seller.name = cardName
      if let href = page.first(".//a[contains(@href, '/store/')]", in: nameNode)?.attribute("href") {
        listing.seller.url = Self.absolute(href)
        if let range = href.range(of: "/store/") {
          let digits = href[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
          listing.seller.id = digits.isEmpty ? nil : String(digits)
        }
      }
    }
    // Each figure: the first of its kind in the nearest ancestor of the name (within a few
    // levels) that holds one.
    func figure(_ xpath: String) -> String? {
      var node = nameNode.parent
      for _ in 0..<4 {
        guard let current = node else { return nil }
        if let text = page.text(xpath, in: current) { return text }
        node = current.parent
      }
      return nil
    }
    if listing.seller.positiveFeedbackPercent == nil {
      listing.seller.positiveFeedbackPercent = figure(".//*[@data-role='positive-feedback']/i").flatMap(
        LocaleNumber.percent)
    }
    if listing.seller.followers == nil {
      listing.seller.followers = figure(".//*[\(hasClass("num-followers"))]/i").flatMap {
        LocaleNumber.count($0)?.value
      }
    }
  }

  /// The store's name in a store bar of any layout: the one text of an element whose class
  /// names a store's name (`store-header--storeName--`, `shop-title`), or of links to the
  /// store's own page (`/store/<id>`) that all name the same store.
  static func storeBarName(_ page: PageContext, root: HTMLNode) -> String? {
    let named = page.select(
      ".//*[contains(translate(@class, 'STORENAME', 'storename'), 'storename') or contains(@class, 'store-name') or contains(@class, 'store_name') or contains(@class, 'shop-name') or contains(@class, 'shopName')]",
      in: root
    ).map { TextNormalizer.collapse($0.text) }.filter { (2...60).contains($0.count) }
    if Set(named).count == 1 { return named.first }
    let linked = page.select(".//a[contains(@href, '/store/')]", in: root)
      .compactMap { link -> String? in
        guard let href = link.attribute("href"), let range = href.range(of: "/store/"),
          href[range.upperBound...].first?.isNumber == true
        else { return nil }
        let text = TextNormalizer.collapse(link.text)
        let named = text.contains(where: \.isLetter) && !text.contains("%")
        return (2...60).contains(text.count) && named ? text : nil
      }
    let words = ["visit", "store", "follow", "message", "contact", "shop now", "view", "go to"]
    let names = linked.filter { text in !words.contains(where: text.lowercased().hasPrefix) }
    return Set(names).count == 1 && names.count == linked.count ? names.first : nil
  }

  /// "Store Name (Trader)" → "Store Name": the EU trader tag is not part of the name.
  private static func stripTraderTag(_ name: String) -> String {
    var text = name.trimmingSpaces
    if text.hasSuffix(")"), let open = text.lastIndex(of: "("), text.distance(from: open, to: text.endIndex) <= 16 {
      text = String(text[..<open]).trimmingSpaces
    }
    return text
  }
}
