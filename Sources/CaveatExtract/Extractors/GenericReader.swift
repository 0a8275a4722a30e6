import CaveatCore
import CaveatHTML
import Foundation

/// Reads a product page of a shop no site rule knows, from what any shop shows: the product's
/// heading, the price beside it, labelled text ("Sold by …", "Vendido por …", "販売元 …"), the
/// shop's own name and the return window. Precision first: a value it is not sure of stays
/// missing. Its values carry the provenance `generic`.
enum GenericReader {
  /// What the reader found.
  struct Reading {
    var listing = Listing()
    /// Whether the page shows a product: a price beside its heading, or a product type in
    /// its metadata.
    var isProductPage = false
  }

  /// `structuredReviews` says whether structured data already gives the page's reviews: the
  /// review cards (which another source would outrank anyway) are then not read.
  /// `structuredProduct` says whether JSON-LD or microdata declares a product: the page is then
  /// a product page even when its shown price names no currency.
  static func read(
    _ page: PageContext, structuredTitle: String?, structuredReviews: Bool = false, structuredProduct: Bool = false
  ) -> Reading {
    var reading = Reading()
    _ = page.index
    let siteName = siteName(page)
    var heading = productHeading(page)
    if heading == nil, let named = productNamedElement(page, siteName: siteName) {
      heading = named
      // A block named as the product's name, which the page's own title repeats, is a
      // product page's heading even when JavaScript fills the price in later.
      reading.isProductPage = true
    }
    reading.listing.title = title(
      page, heading: heading.map { headingText($0, page: page) }, structured: structuredTitle, siteName: siteName)
    if let heading, let price = visiblePrice(page, after: heading) {
      reading.listing.price = price
      reading.isProductPage = true
    }
    if structuredProduct || hasProductMetadata(page) { reading.isProductPage = true }
    guard reading.isProductPage else { return reading }
    // The Twitter card's price comes last: structured data, OpenGraph and the shown price
    // all outrank it.
    if reading.listing.price == nil { reading.listing.price = twitterCardPrice(page) }
    let labelled = labelledSeller(page)
    // The site's own name is the seller only when no shop named by the product says otherwise.
    reading.listing.seller.name =
      labelled.name ?? sellerBoxLink(page) ?? storeLinkSeller(page)
      ?? (labelled.labelSeen ? nil : siteName.map { heading.flatMap { shopNameElement(page, near: $0) } ?? $0 })
    if let histogram = starHistogram(page) {
      reading.listing.rating.histogram = histogram
      reading.listing.rating.count = histogram.values.reduce(0, +)
    }
    if let heading { applySocialProof(GenericSocialProof.read(page, heading: heading), to: &reading.listing) }
    if !structuredReviews { reading.listing.reviews = ReviewCards.read(page) }
    let terms = returnTerms(page)
    if terms.returnWindowDays != nil || terms.freeReturns != nil {
      reading.listing.terms.returnWindowDays = terms.returnWindowDays
      reading.listing.terms.freeReturns = terms.freeReturns
    }
    return reading
  }

  /// Fills what the star histogram left open with the figures written beside the heading.
  private static func applySocialProof(_ figures: GenericSocialProof.Figures, to listing: inout Listing) {
    if listing.rating.average == nil, let average = figures.average,
      listing.rating.count == nil || listing.rating.count == figures.ratingCount
    {
      listing.rating.average = average
      listing.rating.count = figures.ratingCount
    }
    if listing.reviewCount == nil { listing.reviewCount = figures.reviewCount }
    if listing.soldCount == nil, let sold = figures.soldCount {
      listing.soldCount = sold
      listing.soldCountIsLowerBound = figures.soldIsLowerBound ? true : nil
    }
  }

  // MARK: Is it a product page?

  /// OpenGraph, product meta tags or RDFa/microdata that declare a product.
  static func hasProductMetadata(_ page: PageContext) -> Bool {
    if let type = page.first("//meta[@property='og:type']")?.attribute("content")?.lowercasedText,
      type.contains("product")
    {
      return true
    }
    // Price metadata: OpenGraph's product price, or a Twitter card whose first label is a price.
    let metas = page.select("//meta")
    if metas.contains(where: { ["product:price:amount", "og:price:amount"].contains($0.attribute("property") ?? "") }) {
      return true
    }
    if metas.contains(where: { $0.attribute("name") == "twitter:data1" }),
      metas.contains(where: { meta in
        let label = meta.attribute("content") ?? ""
        return meta.attribute("name") == "twitter:label1" && (label.contains("rice") || isPriceLabel(label))
      })
    {
      return true
    }
    return page.first("//*[contains(@typeof, 'Product') or contains(@itemtype, 'Product')]") != nil
  }

  // MARK: Title

  /// The product's heading: an `h1` named as the product (itemprop, a title or name class), else
  /// the only `h1` outside the page's header, navigation and footer.
  static func productHeading(_ page: PageContext) -> HTMLNode? {
    let headings = page.select("//h1").filter { node in
      let text = node.text
      return !text.isEmpty && text.hasAtMost(characters: 300) && !isChrome(node, in: page)
    }
    if let named = headings.first(where: { node in
      let id = (node.attribute("id") ?? "").lowercasedText
      return node.attribute("itemprop") == "name" || id.contains("title") || id.contains("name")
        || node.classes.contains { $0.lowercasedText.contains("title") || $0.lowercasedText.contains("name") }
    }) {
      return named
    }
    return headings.count == 1 ? headings[0] : nil
  }

  /// Class and id words that name a product's own name ("sku-name", "product-title").
  private static let productWords = ["sku", "product", "item", "goods", "prod", "pdp"]
  /// Words that name someone else's name or a list ("shop-name", "product-list-title").
  private static let notProductWords = [
    "shop", "store", "seller", "brand", "review", "list", "card", "tile", "reco", "related", "sub", "cart", "nav",
    "category", "crumb",
  ]

  /// The heading of a page with no `h1`: the one text in an element named as the product's
  /// name or title (`div.sku-name`, `span#productName`) that the page's own title repeats;
  /// tiles of other products, also named so, are not in the title.
  static func productNamedElement(_ page: PageContext, siteName: String?) -> HTMLNode? {
    guard
      let documentTitle = page.text("//title").map({ TextNormalizer.collapse($0).lowercasedText }),
      !documentTitle.isEmpty
    else { return nil }
    // From the element index, then kept to the body's (as one `//body//*[…]` expression
    // libxml2 walked the whole page).
    guard let body = page.first("//body") else { return nil }
    let nodes = page.select(
      "//*[contains(@class, 'name') or contains(@class, 'Name') or contains(@class, 'title') or contains(@class, 'Title') or contains(@id, 'name') or contains(@id, 'Name') or contains(@id, 'title') or contains(@id, 'Title')]"
    ).filter { $0.name != "body" && $0.isInside(body) }
    var found: [HTMLNode] = []
    for node in nodes where !["a", "button", "label", "option", "input", "title"].contains(node.name) {
      let tokens = (node.classes.map { $0.lowercasedText } + [(node.attribute("id") ?? "").lowercasedText])
      let named = tokens.contains { token in
        (token.contains("name") || token.contains("title")) && productWords.contains(where: token.containsLiteral)
          && !notProductWords.contains(where: token.containsLiteral)
      }
      guard named else { continue }
      let text = TextNormalizer.collapse(node.text)
      guard (4...300).contains(text.count), documentTitle.containsLiteral(text.lowercasedText),
        !isChrome(node, in: page)
      else {
        continue
      }
      if let siteName, text.lowercasedText == siteName.lowercasedText { continue }
      found.append(node)
    }
    let texts = Set(found.map { TextNormalizer.collapse($0.text).lowercasedText })
    return texts.count == 1 ? found.first : nil
  }

  /// The title: the longest of the heading, the structured name and the OpenGraph title (without
  /// the shop's name) that contains another of them, so that a brand written beside the heading
  /// or a heading longer than a shortened name wins; when none agree, the structured name, the
  /// heading, then the OpenGraph title.
  static func title(_ page: PageContext, heading: String?, structured: String?, siteName: String?) -> String? {
    let og = (page.first("//meta[@property='og:title']") ?? page.first("//meta[@name='twitter:title']"))?
      .attribute("content").map { stripSiteSuffix(TextNormalizer.collapse($0), page: page, siteName: siteName) }
    let documentTitle = page.text("//title").map { stripSiteSuffix($0, page: page, siteName: siteName) }
    // The heading first, then the OpenGraph title, then the structured name: the first that
    // contains another of them (and so adds a brand or a model the others shortened away).
    let ordered = [heading, og.nonEmpty, structured]
    let keys = ordered.map { $0.map { TextNormalizer.collapse($0).lowercasedText } ?? "" }
    for (index, key) in keys.enumerated() where !key.isEmpty {
      if keys.indices.contains(where: { $0 != index && !keys[$0].isEmpty && key.containsLiteral(keys[$0]) }) {
        return ordered[index]
      }
    }
    return structured ?? heading ?? og.nonEmpty ?? documentTitle.nonEmpty
  }

  /// The heading's text. Parts in elements of their own ("<span>Rivage</span><span>Baskets
  /// basses</span>", shown as lines) are joined with a space when the page's OpenGraph or
  /// document title writes them so.
  static func headingText(_ heading: HTMLNode, page: PageContext) -> String {
    let text = heading.text
    let parts = page.nonBlankTexts(in: heading)
    guard parts.count > 1 else { return text }
    let spaced = TextNormalizer.collapse(parts.joined(separator: " "))
    guard TextNormalizer.collapse(text) != spaced else { return text }
    let titles = [
      page.first("//meta[@property='og:title']")?.attribute("content"), page.text("//title"),
    ].compactMap { $0.map { TextNormalizer.collapse($0).lowercasedText } }
    return titles.contains(where: { $0.containsLiteral(spaced.lowercasedText) }) ? spaced : text
  }

  /// What stands between a title and the site's name ("Kettle | Shop", "Kettle - Shop").
  private static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · ", " ｜"]

  /// Drops trailing " - Shop", " | Buy online | Shop" segments that name the site, and a
  /// closing " by Shop" when the page names the site so.
  static func stripSiteSuffix(_ title: String, page: PageContext, siteName: String?) -> String {
    var words: [String] = []
    if let siteName { words.append(siteName.lowercasedText) }
    for url in page.urls {
      guard let host = SiteRegistry.host(of: url) else { continue }
      let labels = host.split(separator: ".").filter { $0 != "www" && $0.count > 2 }
      if let label = labels.first { words.append(String(label)) }
    }
    words += ["buy online", "online shop", "official", "kaufen", "acheter", "comprar"]
    var text = TextNormalizer.collapse(title)
    while true {
      guard let cut = lastSeparator(in: text) else { break }
      let tail = text[cut.upperBound...].lowercasedText
      guard words.contains(where: { !$0.isEmpty && tail.containsLiteral($0) }), cut.lowerBound > text.startIndex
      else { break }
      text = String(text[..<cut.lowerBound]).trimmingSpaces
    }
    for separator in titleSeparators {
      guard let cut = text.rangeOfLiteral(separator) else { continue }
      let head = text[..<cut.lowerBound].lowercasedText
      if let siteName, head == siteName.lowercasedText, cut.upperBound < text.endIndex {
        text = String(text[cut.upperBound...]).trimmingSpaces
      }
    }
    // "Kettle by メルカリ": a closing " by " followed by exactly the site's name.
    if let by = text.range(of: " by ", options: [.backwards, .caseInsensitive]), by.lowerBound > text.startIndex {
      let tail = text[by.upperBound...].trimmingSpaces.lowercasedText
      if !tail.isEmpty, knownSiteNames(page, siteName: siteName).contains(tail) {
        text = String(text[..<by.lowerBound]).trimmingSpaces
      }
    }
    return text
  }

  /// The last of ``titleSeparators`` in `text`.
  private static func lastSeparator(in text: String) -> Range<String.Index>? {
    titleSeparators.compactMap { text.lastRangeOfLiteral($0) }.max { $0.lowerBound < $1.lowerBound }
  }

  /// The site's names as the page states them (lower case): `siteName`, the `og:site_name`
  /// as written, and what the document title ends with after its last separator ("Kettle -
  /// メルカリ"), so that a " by <site>" suffix is cut only when the page names that site.
  static func knownSiteNames(_ page: PageContext, siteName: String?) -> Set<String> {
    var names = Set<String>()
    if let siteName { names.insert(siteName.lowercasedText) }
    if let raw = page.first("//meta[@property='og:site_name']")?.attribute("content") {
      names.insert(TextNormalizer.collapse(raw).lowercasedText)
    }
    if let title = page.text("//title").map(TextNormalizer.collapse), let cut = lastSeparator(in: title),
      cut.lowerBound > title.startIndex
    {
      let tail = title[cut.upperBound...].trimmingSpaces
      if tail.hasAtMost(characters: 60) { names.insert(tail.lowercasedText) }
    }
    names.remove("")
    return names
  }

  // MARK: Price

  private static let notCurrentPriceWords = [
    "old", "was", "regular", "list", "strike", "compare", "before", "uvp", "rrp", "msrp", "unit-price", "unitprice",
    "unit_price", "per-unit", "base-price", "baseprice", "per-",
    "save", "saving", "discount", "instal", "monthly", "rate", "shipping", "delivery", "total", "cart",
    "original", "crossed", "previous", "striked",
  ]

  /// The first price shown after the heading, in an element named a price (class, id or
  /// itemprop), outside the page's header, navigation and footer, with struck-out and
  /// screen-reader text left out; it must name its currency.
  static func visiblePrice(_ page: PageContext, after heading: HTMLNode) -> Money? {
    guard let start = heading.documentOrder else { return nil }
    let hints = localCurrencies(page)
    // The buy box is near the heading; tiles far below it are other products. The elements
    // after it come from the element index, tested as the XPath
    // `contains(translate(@class, 'PRICE', 'price'), 'price') or … or @itemprop='price'` would.
    let nodes = page.index.elements(inOrders: (start + 1)..<(start + 601)).filter { node in
      node.attribute(cName: "itemprop") == "price"
        || [node.attribute(cName: "class"), node.attribute(cName: "id")].contains { value in
          value.map { $0.asciiLowercased.containsLiteral("price") } ?? false
        }
    }
    // The first amount written without any currency sign ("12,99" in `span.price`), kept in
    // case no price by the heading names its currency.
    var bare: Double?
    for node in nodes {
      let names = (node.attribute("class") ?? "").lowercasedText + " " + (node.attribute("id") ?? "").lowercasedText
      if notCurrentPriceWords.contains(where: names.containsLiteral) || isChrome(node, in: page) { continue }
      if node.name == "del" || node.name == "s" || node.name == "strike" { continue }
      if node.attribute("itemprop") == "price", let content = node.attribute("content"),
        let amount = LocaleNumber.parse(content, kind: .price)?.value
      {
        let currency = page.first("//*[@itemprop='priceCurrency']").flatMap { node in
          CurrencyDetector.isoCode(for: node.attribute("content") ?? node.text)
        }
        if let currency { return Money(amount: amount, currency: currency) }
      }
      let text = shownText(node)
      guard text.hasAtMost(characters: 80),
        let price = CurrencyDetector.parsePrice(text, defaultDollar: hints.dollar, defaultYen: hints.yen)
      else { continue }
      guard let currency = price.currency, price.amount > 0 else {
        if bare == nil, price.amount > 0, isBareAmount(text) { bare = price.amount }
        continue
      }
      return Money(amount: price.amount, currency: currency)
    }
    // Allegro draws the price's digits in spans of their own and names it in an `aria-label`.
    if let price = ariaLabelPrice(page, inOrders: (start + 1)..<(start + 601), hints: hints) { return price }
    if let bare, let currency = pageCurrency(page) { return Money(amount: bare, currency: currency) }
    return nil
  }

  /// Whether `text` is an amount and nothing else, with two decimals after a comma or a point
  /// ("12,99", "1.299,00", "1 299.00"): no sign, no word, and no split a reader would have to
  /// guess ("89 99", "8999").
  static func isBareAmount(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    guard scalars.count >= 4, let first = scalars.first, isDigit(first),
      scalars.allSatisfy({ isDigit($0) || $0 == "." || $0 == "," || TextScalars.isWhitespace($0) })
    else { return false }
    let end = scalars.count
    return isDigit(scalars[end - 1]) && isDigit(scalars[end - 2]) && [".", ","].contains(scalars[end - 3])
  }

  /// The one currency the page names for its prices: schema.org's `priceCurrency` (microdata or
  /// JSON-LD), OpenGraph's price currency, and the euro of a country that has paid in euros since
  /// 2002 when the page is under its domain and in its language (`<html lang="nl-NL">` under
  /// .nl). Nil when they disagree, when one cannot be read, or when none says.
  static func pageCurrency(_ page: PageContext) -> String? {
    var written: [String] = page.select("//*[@itemprop='priceCurrency']").map { $0.attribute("content") ?? $0.text }
    for meta in page.select("//meta") {
      let key = (meta.attribute("property") ?? meta.attribute("name"))?.lowercased() ?? ""
      if key == "og:price:currency" || key == "product:price:currency", let content = meta.attribute("content") {
        written.append(content)
      }
    }
    func collect(_ value: JSONValue, depth: Int) {
      guard depth < 12 else { return }
      switch value {
      case .object(let members):
        for (key, member) in members {
          if key == "priceCurrency", case .string(let code) = member { written.append(code) }
          collect(member, depth: depth + 1)
        }
      case .array(let items): for item in items { collect(item, depth: depth + 1) }
      default: break
      }
    }
    for document in page.jsonLD { collect(document, depth: 0) }
    var codes = Set<String>()
    for text in written {
      guard let code = CurrencyDetector.isoCode(for: text) else { return nil }
      codes.insert(code)
    }
    if euroByDomainAndLanguage(page) { codes.insert("EUR") }
    return codes.count == 1 ? codes.first : nil
  }

  /// Country-code domains of the countries that have paid in euros since 2002, with their
  /// languages: a page under .de in German writes its bare amounts in euros. (Later members
  /// paid in their own currency before, on pages that may still be saved.)
  private static let euroDomainLanguages: [String: Set<String>] = [
    "at": ["de"], "be": ["nl", "fr", "de"], "de": ["de"], "es": ["es", "ca", "eu", "gl"], "fi": ["fi", "sv"],
    "fr": ["fr"], "gr": ["el"], "ie": ["ga"], "it": ["it"], "lu": ["lb", "fr", "de"], "nl": ["nl"], "pt": ["pt"],
  ]

  /// Whether the page is under the domain of a country of ``euroDomainLanguages`` and its
  /// `<html lang>` is that country's language (a region, when named, is that country:
  /// "nl-BE" is no page of .nl), and no other declared language says otherwise.
  static func euroByDomainAndLanguage(_ page: PageContext) -> Bool {
    guard let domain = topLevelDomain(page), let languages = euroDomainLanguages[domain],
      let lang = page.first("//html")?.attribute("lang"), !lang.trimmingSpaces.isEmpty
    else { return false }
    return declaredLanguages(page).allSatisfy { tag in
      let parts = tag.split(separator: "-")
      guard let primary = parts.first, languages.contains(String(primary)) else { return false }
      return parts.count == 1 || parts[1] == domain
    }
  }

  /// Words an `aria-label` names the current price with, before or after the amount ("cena
  /// 1 299,00 zł", "1 299,00 zł aktualna cena"), longest first.
  private static let ariaPriceWords = [
    "current price", "aktualna cena", "prix actuel", "aktueller preis", "precio actual", "prezzo attuale",
    "preço atual", "huidige prijs", "sale price", "price", "cena", "prix", "preis", "precio", "prezzo", "preço",
    "preco", "prijs",
  ].sorted { $0.count > $1.count }

  /// The price an element of the buy box (`orders`, after the heading) names in its
  /// `aria-label`: a price word and one amount with its currency, nothing else ("cena
  /// 1 299,00 zł"); elements named or drawn as old prices, and the page's chrome, are left out.
  static func ariaLabelPrice(_ page: PageContext, inOrders orders: Range<Int>, hints: CurrencyHints) -> Money? {
    for node in page.index.elements(inOrders: orders) {
      guard let label = node.attribute(cName: "aria-label"), label.hasAtMost(characters: 60), label.holdsNumeral,
        let price = ariaPrice(label, hints: hints)
      else { continue }
      let names = (node.attribute("class") ?? "").lowercasedText + " " + (node.attribute("id") ?? "").lowercasedText
      if notCurrentPriceWords.contains(where: names.containsLiteral) || isChrome(node, in: page) { continue }
      if ["del", "s", "strike"].contains(node.name) || ["del", "s", "strike"].contains(node.parent?.name ?? "") {
        continue
      }
      return price
    }
    return nil
  }

  /// The price an `aria-label` names: a word of ``ariaPriceWords`` before or after one amount
  /// with its currency, and nothing else (no "z dostawą", no "/kg", no second amount).
  static func ariaPrice(_ label: String, hints: CurrencyHints) -> Money? {
    let text = TextNormalizer.collapse(label)
    let lower = text.lowercasedText
    for word in ariaPriceWords {
      // The amount as written: a currency code is upper case.
      let rest: String
      if lower.hasPrefix(word) {
        rest = String(text.dropFirst(word.count))
      } else if lower.hasSuffix(word) {
        rest = String(text.dropLast(word.count))
      } else {
        continue
      }
      let amount = rest.trimmingLabelMarks
      // The currency's letters at most ("zł", "PLN"): a word more is a condition or another price.
      guard !amount.isEmpty, amount.filter({ $0.isLetter }).count <= 3,
        !amount.contains(where: { $0 == "/" || $0 == "%" })
      else { continue }
      guard let price = singlePrice(amount, hints: hints) else { continue }
      return price
    }
    return nil
  }

  /// The price `text` gives when it holds one amount with its currency: "€ 59,95 - € 89,95"
  /// names a range, not the price, and a bare amount names no currency.
  static func singlePrice(_ text: String, hints: CurrencyHints = .none) -> Money? {
    let scalars = TextScalars.normalize(text)
    guard case .found(let number) = LocaleNumber.firstNumber(in: scalars, kind: .price),
      case .none = LocaleNumber.firstNumber(in: scalars, from: number.end, kind: .price),
      let price = CurrencyDetector.parsePrice(text, defaultDollar: hints.dollar, defaultYen: hints.yen),
      let currency = price.currency, price.amount > 0
    else { return nil }
    return Money(amount: price.amount, currency: currency)
  }

  /// Country-code domains whose shops write their dollar or peso as a bare "$".
  private static let dollarDomains: [String: String] = [
    "ar": "ARS", "mx": "MXN", "cl": "CLP", "uy": "UYU", "ca": "CAD", "au": "AUD", "nz": "NZD", "sg": "SGD",
    "hk": "HKD", "tw": "TWD",
  ]

  /// What a bare "$" or "¥" means on this page: the currency of the country the page's own
  /// address names (a shop under mercadolibre.com.ar writes pesos as "$"), the US dollar on a
  /// page that says it is in US English under no other country's domain (a .com shop), and the
  /// yen on a page in Japanese or under .jp; nil where none says.
  static func localCurrencies(_ page: PageContext) -> CurrencyHints {
    let domain = topLevelDomain(page)
    let language = page.first("//html")?.attribute("lang")?.lowercased() ?? ""
    let japanese = language == "ja" || language.hasPrefix("ja-") || domain == "jp"
    var dollar = domain.flatMap { dollarDomains[$0] }
    // A country-code domain other than .us names its own country, whatever the page's language.
    if dollar == nil, domain.map({ $0.count != 2 || $0 == "us" }) ?? true, saysUSEnglish(page) { dollar = "USD" }
    return CurrencyHints(dollar: dollar, yen: japanese ? "JPY" : nil)
  }

  /// The last label of the host of the first address the page names for itself ("ar" for
  /// mercadolibre.com.ar).
  static func topLevelDomain(_ page: PageContext) -> String? {
    page.urls.lazy.compactMap(SiteRegistry.host(of:)).first.flatMap { $0.split(separator: ".").last.map(String.init) }
  }

  /// The languages the page declares (lower case, "en_US" written "en-us"): `<html lang>`,
  /// OpenGraph's `og:locale` and a `content-language` meta.
  static func declaredLanguages(_ page: PageContext) -> [String] {
    var values: [String] = []
    if let lang = page.first("//html")?.attribute("lang") { values.append(lang) }
    for meta in page.select("//meta") {
      let key = (meta.attribute("property") ?? meta.attribute("http-equiv") ?? meta.attribute("name"))?.lowercased()
      guard key == "og:locale" || key == "content-language", let content = meta.attribute("content") else { continue }
      values += content.split(separator: ",").map(String.init)
    }
    return values.map { $0.trimmingSpaces.lowercased().replacingOccurrences(of: "_", with: "-") }.filter {
      !$0.isEmpty
    }
  }

  /// Whether the page says it is in US English: one declared language is "en-US", and none
  /// names another language or country ("en" alone agrees; "en-AU" or "es-MX" does not).
  static func saysUSEnglish(_ page: PageContext) -> Bool {
    let languages = declaredLanguages(page)
    return languages.contains("en-us") && languages.allSatisfy { $0 == "en-us" || $0 == "en" }
  }

  /// The text a shopper reads as the current price: struck-out prices, screen-reader text and
  /// elements named as old prices are left out.
  static func shownText(_ node: HTMLNode) -> String {
    var parts: [String] = []
    func visit(_ element: HTMLNode, depth: Int) {
      guard depth < 12 else { return }
      if ["del", "s", "strike", "script", "style"].contains(element.name) { return }
      let names = (element.attribute(cName: "class") ?? "").lowercasedText
      if depth > 0, notCurrentPriceWords.contains(where: names.containsLiteral) { return }
      if names.containsLiteral("screen-reader") || names.containsLiteral("sr-only")
        || names.containsLiteral("visually-hidden")
      {
        return
      }
      for child in element.contentChildren {
        switch child {
        case .text(let text): parts.append(text)
        case .element(let inner): visit(inner, depth: depth + 1)
        }
      }
    }
    visit(node, depth: 0)
    return TextNormalizer.collapse(parts.joined())
  }

  // MARK: Twitter card

  /// What a Twitter card's label says when its data is the price, in English, French, German,
  /// Spanish, Italian, Portuguese, Polish and Dutch.
  private static let priceLabels: Set<String> = [
    "price", "prix", "preis", "precio", "prezzo", "preço", "preco", "cena", "prijs",
  ]

  /// Whether a Twitter card's label names a price: one of ``priceLabels`` (case and a trailing
  /// colon aside), so "Price" counts and "Availability" or "Prix barré" does not.
  static func isPriceLabel(_ label: String) -> Bool {
    let word = TextNormalizer.collapse(label).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " :："))
    return priceLabels.contains(word)
  }

  /// The price a Twitter product card gives (`twitter:label1` "Prix" with `twitter:data1`
  /// "89,95 €"): the data of a label naming a price, when it is one amount with its currency
  /// (not a range, not a bare "$"); nil when two price labels disagree.
  static func twitterCardPrice(_ page: PageContext) -> Money? {
    var labels: [String: String] = [:]
    var data: [String: String] = [:]
    for meta in page.select("//meta") {
      guard let key = meta.attribute("name") ?? meta.attribute("property"), key.hasPrefix("twitter:"),
        let content = meta.attribute("content")
      else { continue }
      if key.hasPrefix("twitter:label") {
        labels[String(key.dropFirst("twitter:label".count))] = content
      } else if key.hasPrefix("twitter:data") {
        data[String(key.dropFirst("twitter:data".count))] = content
      }
    }
    var prices = Set<Money>()
    for (slot, label) in labels where isPriceLabel(label) {
      guard let text = data[slot], text.count <= 40 else { continue }
      guard let price = singlePrice(text) else { return nil }
      prices.insert(price)
    }
    return prices.count == 1 ? prices.first : nil
  }

  // MARK: Seller

  /// Labels followed by the seller's name in the same text ("Sold by Lamp Co.").
  private static let sellerPrefixes = [
    "ships from and sold by", "sold and shipped by", "sold by", "seller:", "vendu et expédié par", "vendu par",
    "vendeur :", "vendeur:", "vendido y enviado por", "vendido e entregue por", "vendido por", "vendedor:",
    "verkauf und versand durch", "verkauft von", "verkauf durch", "verkäufer:", "venduto e spedito da", "venduto da",
    "venditore:", "sprzedawca:", "sprzedający:", "sprzedaje", "verkocht door", "verkoop door", "販売元:", "販売元：", "販売者:",
    "販売者：", "出品者:",
    "出品者：", "卖家:", "卖家：", "店铺:", "店铺：", "商家:", "商家：", "người bán:", "bán bởi", "cung cấp bởi",
    "shop:", "shop :", "cửa hàng:", "cửa hàng :",
  ]
  /// Labels that name the seller only with their colon ("Shop: Lamp Co", "Cửa hàng: Hanami",
  /// Sendo's "Shop :"): without it the word is a link or a button ("Shop", "Shop now"). A name
  /// in the next text must sit beside the label, in its own small box.
  private static let colonSellerPrefixes: Set<String> = ["shop:", "shop :", "cửa hàng:", "cửa hàng :"]
  /// Labels that stand alone, with the name in the next text.
  private static let sellerLabels: Set<String> = [
    "sold by", "seller", "vendeur", "vendu par", "vendedor", "vendido por", "verkäufer", "verkauft von", "venditore",
    "venduto da", "sprzedawca", "sprzedający", "verkoop door", "販売元", "販売者", "出品者", "卖家", "店铺", "商家",
    "người bán", "bán bởi",
    "satıcı",
  ]

  /// Titles of a seller's box ("Seller information", "Informations sur le vendeur"): the box
  /// names its seller first, then the seller's standing (a score, followers, years).
  private static let sellerBoxTitles: Set<String> = [
    "seller information", "seller info", "about the seller", "informations sur le vendeur", "informations vendeur",
    "información del vendedor", "informações sobre o vendedor", "informações do vendedor", "verkäuferinformationen",
    "informationen zum verkäufer", "informazioni sul venditore", "informacje o sprzedającym", "出品者情報",
    "販売者情報", "ストア情報", "卖家信息", "店铺信息", "thông tin người bán",
  ]
  /// What follows a seller's name when the shipper is another ("Vendu par X et expédié par
  /// Zalando", "Sold by X and shipped by Y", "Verkauf durch X, Versand durch Y").
  private static let shipperTails = [
    " and shipped by", " and fulfilled by", " & shipped by", " et expédié par", " et expédiée par",
    " y enviado por", " e enviado por", " e entregue por", " und versandt durch", " und versand durch",
    " und versendet von", ", versand durch", " e spedito da", " i wysyłane przez", " i wysyłka przez",
    " en verzonden door", ", verzonden door", ", ships from", " · ships from",
  ]

  /// The seller named after a "sold by" label (nil unless every such label names the same
  /// one), and whether the page shows a seller's label at all: a marketplace's page that labels
  /// a seller it does not name is not sold by the marketplace.
  /// The first characters of ``sellerPrefixes``: most texts start with none of them.
  private static let sellerPrefixStarts = Set(sellerPrefixes.compactMap(\.first))

  /// The first letters (lower case) of every seller prefix, label and box title.
  private static let labelStarts: Set<Unicode.Scalar> = Set(
    (sellerPrefixes + sellerLabels + sellerBoxTitles).compactMap { $0.trimmingLabelMarks.unicodeScalars.first })

  /// Whether `text` may open with a seller prefix, label or box title: its first scalar
  /// besides label marks, lowercased, starts one of them. Most texts do not, and are then not
  /// lowercased whole.
  private static func startsLikeLabel(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first(where: { $0 != ":" && $0 != "：" && $0 != " " }) else { return false }
    if first.isASCII { return labelStarts.contains(first.properties.lowercaseMapping.unicodeScalars.first ?? first) }
    return first.properties.lowercaseMapping.unicodeScalars.first.map(labelStarts.contains) ?? false
  }

  /// The longest standalone label or box title, in bytes: a longer text is neither.
  private static let longestLabel = sellerLabels.union(sellerBoxTitles).map(\.utf8.count).max() ?? 0

  static func labelledSeller(_ page: PageContext) -> (name: String?, labelSeen: Bool) {
    let texts = page.bodyTexts
    var names: [String] = []
    var labelSeen = false
    for (index, (node, text)) in texts.enumerated() {
      guard startsLikeLabel(text), text.hasAtMost(characters: 120) else { continue }
      let lower = text.lowercasedText
      let bare = lower.trimmingLabelMarks
      var value: String?
      // Bytes first; past ASCII, canonical equivalence too (a page in decomposed form).
      let ascii = lower.utf8.allSatisfy { $0 < 0x80 }
      if let start = lower.first, sellerPrefixStarts.contains(start),
        let prefix = sellerPrefixes.first(where: { lower.utf8.starts(with: $0.utf8) || (!ascii && lower.hasPrefix($0)) }
        )
      {
        let rest = String(text.dropFirst(prefix.count)).trimmingLabelMarks
        if colonSellerPrefixes.contains(prefix) {
          // A lone "Shop:" line whose name cannot be read says nothing of the seller.
          guard let name = sellerName(rest.isEmpty ? nextTextBeside(texts, after: index) ?? "" : rest),
            !isChrome(node, in: page)
          else { continue }
          labelSeen = true
          names.append(name)
          continue
        }
        value = rest.isEmpty ? nextText(texts, after: index) : rest
      } else if bare.utf8.count > longestLabel {
        continue
      } else if sellerLabels.contains(bare) {
        value = nextText(texts, after: index)
      } else if sellerBoxTitles.contains(bare) {
        // The name first, then the seller's figures: a badge ("Top seller") followed by a
        // location is not a name.
        guard !isChrome(node, in: page) else { continue }
        labelSeen = true
        guard index + 2 < texts.count, texts[index + 2].text.contains(where: { $0.isNumber }) else { continue }
        value = texts[index + 1].text
      } else {
        continue
      }
      guard !isChrome(node, in: page) else { continue }
      labelSeen = true
      guard let value, let name = sellerName(cutShipper(value)) else { continue }
      names.append(name)
    }
    let distinct = Set(names.map { $0.lowercasedText })
    return (distinct.count == 1 ? names.first : nil, labelSeen)
  }

  /// The seller's part of "X et expédié par Y".
  static func cutShipper(_ text: String) -> String {
    let lower = text.lowercasedText
    guard let tail = shipperTails.compactMap({ lower.rangeOfLiteral($0) }).min(by: { $0.lowerBound < $1.lowerBound })
    else { return text }
    let offset = lower.distance(from: lower.startIndex, to: tail.lowerBound)
    return String(text.prefix(offset))
  }

  private static func nextText(_ texts: [(node: HTMLNode, text: String)], after index: Int) -> String? {
    guard index + 1 < texts.count else { return nil }
    return texts[index + 1].text
  }

  /// The text after `index` when it sits beside the label at `index`: inside the label's parent
  /// or grandparent, a box of one short line ("<span>Shop:</span> <a>Lamp Co</a>").
  private static func nextTextBeside(_ texts: [(node: HTMLNode, text: String)], after index: Int) -> String? {
    guard index + 1 < texts.count else { return nil }
    let next = texts[index + 1]
    var box = texts[index].node.parent
    for _ in 0..<2 {
      guard let element = box, element.name != "body" else { return nil }
      if next.node.isInside(element) {
        guard let text = element.text(upTo: 512), text.hasAtMost(characters: 120) else { return nil }
        return next.text
      }
      box = element.parent
    }
    return nil
  }

  /// Path parts and host prefixes of a store's own page.
  private static let storePaths = [
    "/shop/", "/store/", "/stores/", "/seller/", "/sellers/", "/vendor/", "/boutique/", "/loja/", "/tienda/",
    "/negozio/", "/sklep/", "/shops/",
  ]

  /// Class, id and test-name words of a seller's box (`seller-info`, `sellerSection`,
  /// `storeInfo`).
  private static let sellerBoxWords = [
    "seller", "vendor", "merchant", "storeinfo", "store-info", "shopinfo", "shop-info",
  ]
  /// Words of a link that invites the shopper to sell or visit rather than naming the seller.
  private static let callsToAct = [
    "sell", "visit", "verkaufen", "vendre", "vender", "vendi", "sprzedawaj", "出品する", "ストアへ", "进店", "ghé",
  ]
  /// Path parts of a seller's or user's own page, beside the store paths.
  private static let profilePaths = ["/user/", "/users/", "/profile/", "/uzytkownik/", "/cua-hang/", "/seller-store/"]
  private static let ownPagePaths = storePaths + profilePaths
  /// Every phrase an own page's address holds (its paths, a store host's prefix): most links
  /// hold none and are passed over in one scan.
  private static let mayBeOwnPage = PhraseSet(ownPagePaths + storeHostPrefixes)
  private static let mayBeStorePage = PhraseSet(storePaths + storeHostPrefixes)
  private static let storeHostPrefixes = ["mall.", "shop.", "store."]

  /// The seller named by the link to its own page (store or profile) in a box named for the
  /// seller (`<section data-testid="seller-info"><a href="/user/profile/4829">Haruna</a>`): the
  /// link's first text; nil unless every such link names the same seller.
  static func sellerBoxLink(_ page: PageContext) -> String? {
    var names: [String] = []
    for link in links(page, "//a[@href]") {
      guard let href = link.attribute(cName: "href")?.lowercasedText, mayBeOwnPage.matches(href) else { continue }
      // A store's own page: a path naming a store or profile with a name after it, or a store
      // host.
      let ownPage = isPage(href, under: ownPagePaths) || isOnStoreHost(href)
      guard ownPage, inSellerBox(link), !isChrome(link, in: page) else { continue }
      guard let first = page.nonBlankTexts(in: link, limit: 1).first, let name = sellerName(first),
        !callsToAct.contains(where: name.lowercasedText.containsLiteral)
      else { continue }
      names.append(name)
    }
    return !names.isEmpty && Set(names.map { $0.lowercasedText }).count == 1 ? names.first : nil
  }

  /// The links `expression` (`//a[…]`) selects inside the body, from the element index (as a
  /// `//body//a[…]` expression libxml2 walked the whole page).
  private static func links(_ page: PageContext, _ expression: String) -> [HTMLNode] {
    guard let body = page.first("//body") else { return [] }
    return page.select(expression).filter { $0.isInside(body) }
  }

  /// Whether `href` (lower case) names a page under one of `paths` with a name or id after it.
  /// A byte search first: a page has thousands of links and few are a store's.
  private static func isPage(_ href: String, under paths: [String]) -> Bool {
    paths.contains { path in
      guard let range = href.rangeOfLiteral(path) else { return false }
      return href[range.upperBound...].contains { $0.isLetter || $0.isNumber }
    }
  }

  /// Whether `href` (lower case) is on a store's own host ("mall.", "shop.", "store.").
  private static func isOnStoreHost(_ href: String) -> Bool {
    storeHostPrefixes.contains { prefix in
      guard href.containsLiteral(prefix) else { return false }
      let location = href.hasPrefix("//") ? String(href.dropFirst(2)) : href
      let host = SiteRegistry.host(of: location.contains("://") ? location : "https://" + location) ?? ""
      return host.hasPrefix(prefix)
    }
  }

  /// Whether `node` sits in a block named for the seller, a few levels up.
  private static func inSellerBox(_ node: HTMLNode) -> Bool {
    var current = node.parent
    var depth = 0
    while let element = current, depth < 5, element.name != "body" {
      let names = [
        element.attribute("class"), element.attribute("id"), element.attribute("data-testid"),
        element.attribute("data-box-name"),
      ].compactMap { $0 }.joined(separator: " ").lowercasedText
      if sellerBoxWords.contains(where: names.containsLiteral) { return true }
      current = element.parent
      depth += 1
    }
    return false
  }

  /// The store named by the links to its own page whose title repeats their text (a shop box
  /// "<a href='//mall.example.com/index-1.html' title='Lamp Store'>Lamp Store</a>"); nil
  /// unless every such link names the same store, and the page names it at least twice (the
  /// buy box and the shop panel), so one stray "Back to shop" link never names a seller.
  static func storeLinkSeller(_ page: PageContext) -> String? {
    var names: [String] = []
    // The address is tested before the text is gathered.
    for link in links(page, "//a[@href and @title]") {
      guard let href = link.attribute("href")?.lowercasedText, mayBeStorePage.matches(href) else { continue }
      // A store's own page: on a store host, or under a store path with the store's id after it.
      guard isOnStoreHost(href) || isPage(href, under: storePaths) else { continue }
      let text = TextNormalizer.collapse(link.text)
      guard !text.isEmpty, text == TextNormalizer.collapse(link.attribute("title") ?? "") else { continue }
      guard !isChrome(link, in: page),
        let name = sellerName(text)
      else { continue }
      names.append(name)
    }
    return names.count >= 2 && Set(names.map { $0.lowercasedText }).count == 1 ? names.first : nil
  }

  // MARK: Rating

  /// "5 stars", "5 Sterne", "5 étoiles", "5つ星": the words after a star number.
  private static let starWords: Set<String> = [
    "star", "stars", "stern", "sterne", "sternen", "étoile", "étoiles", "estrella", "estrellas", "estrela",
    "estrelas", "stella", "stelle", "gwiazdka", "gwiazdki", "gwiazdek", "ster", "sterren", "sao", "つ星", "星",
  ]

  /// The star histogram: one row per star, 1 to 5, each a label ("5 stars") and the number of
  /// ratings it counts ("(52)"); nil unless all five rows read and agree wherever repeated.
  static func starHistogram(_ page: PageContext) -> [String: Int]? {
    var counts: [String: Int] = [:]
    for (node, text) in page.bodyTexts {
      // A row's label opens with its star number and is a few bytes long (a star word after
      // it): most texts are passed over without being lowercased.
      guard let lead = text.utf8.first, (0x31...0x35).contains(lead), text.utf8.count <= 64 else { continue }
      let label = text.lowercasedText
      guard (2...12).contains(label.count), let first = label.unicodeScalars.first, ("1"..."5").contains(first),
        starWords.contains(String(label.dropFirst()).trimmingSpaces)
      else { continue }
      var row = node.parent
      var count: Int?
      for _ in 0..<3 {
        guard let element = row else { break }
        let text = TextNormalizer.collapse(element.text)
        guard text.hasAtMost(characters: 80) else { break }
        if let value = rowCount(text, after: label) {
          count = value
          break
        }
        row = element.parent
      }
      guard let count, let element = row, !isChrome(element, in: page) else { continue }
      let star = String(first)
      if let known = counts[star], known != count { return nil }
      counts[star] = count
    }
    return counts.count == 5 && counts.values.reduce(0, +) > 0 ? counts : nil
  }

  /// The count in a histogram row after its label: "(52)", or a whole number ending the row.
  static func rowCount(_ row: String, after label: String) -> Int? {
    let lowerRow = row.lowercasedText
    guard let range = lowerRow.rangeOfLiteral(label) else { return nil }
    let rest = String(lowerRow[range.upperBound...]).trimmingSpaces
    if let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
      let inside = rest[rest.index(after: open)..<close].trimmingSpaces
      if !inside.isEmpty, inside.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == " " }),
        let value = LocaleNumber.count(inside), !value.isLowerBound
      {
        return value.value
      }
      return nil
    }
    guard let last = rest.split(separator: " ").last, !rest.contains("%"), last.allSatisfy({ $0.isNumber }),
      let value = Int(last)
    else { return nil }
    return value
  }

  /// Class and id words (lower case, without "-" and "_") of an element holding a shop's name
  /// (`shopName`, `shop-name`, `store_name`, `seller-name`).
  private static let shopNameWords = ["shopname", "storename", "sellername", "vendorname", "merchantname"]

  /// The shop named by an element whose class or id says it holds a shop's name, near the
  /// product's heading (300 elements before it to 600 after: the shop bar above the title, the
  /// buy box below), outside the page's chrome; nil unless every such element names the same
  /// shop (tiles of other products each name their own). Of nested such elements the innermost
  /// counts (`shopNameArea` around `shopName` and its stars).
  static func shopNameElement(_ page: PageContext, near heading: HTMLNode) -> String? {
    guard let start = heading.documentOrder else { return nil }
    let found = page.index.elements(inOrders: max(0, start - 300)..<(start + 601)).filter { node in
      // Every shop-name word ends in "name": an element whose class and id lack it (the bytes
      // as they lie, case and "-"/"_" aside) is passed over without making a string.
      guard mayNameShop(node, "class") || mayNameShop(node, "id") else { return false }
      let words = ((node.attribute(cName: "class") ?? "") + " " + (node.attribute(cName: "id") ?? "")).asciiLowercased
        .filter { $0 != "-" && $0 != "_" }
      return shopNameWords.contains(where: words.containsLiteral) && !words.containsLiteral("label")
    }
    var names: [String] = []
    for (index, node) in found.enumerated() where !isChrome(node, in: page) {
      if found[(index + 1)...].contains(where: { $0.isInside(node) }) { continue }
      guard let text = node.text(upTo: 256), let name = sellerName(TextNormalizer.collapse(text)) else { continue }
      names.append(name)
    }
    return !names.isEmpty && Set(names.map { $0.lowercasedText }).count == 1 ? names.first : nil
  }

  /// Whether attribute `name` of `node` may hold "name" once lowercased and stripped of "-" and
  /// "_" (true when its value is not plain text in the tree: the full test decides then).
  private static func mayNameShop(_ node: HTMLNode, _ name: UnsafePointer<CChar>) -> Bool {
    guard let value = node.attributeValue(name) else { return node.hasAttribute(name) }
    let word: [UInt8] = [0x6E, 0x61, 0x6D, 0x65]  // "name"
    var matched = 0
    var cursor = UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self)
    while cursor.pointee != 0 {
      var byte = cursor.pointee
      cursor += 1
      if byte == 0x2D || byte == 0x5F { continue }
      if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
      // "name" repeats no prefix of itself: a mismatch restarts at its first letter.
      matched = byte == word[matched] ? matched + 1 : (byte == word[0] ? 1 : 0)
      if matched == word.count { return true }
    }
    return false
  }

  /// A plausible seller name: short, not a number, price or sentence.
  static func sellerName(_ text: String) -> String? {
    let name = text.trimmingCharacters(in: CharacterSet(charactersIn: " :：.·|"))
    guard (2...60).contains(name.count), let first = name.unicodeScalars.first,
      !TextScalars.isDigit(first), name.split(separator: " ").count <= 8
    else { return nil }
    let lower = name.lowercasedText
    let refused = ["seller", "sellers", "see all", "more", "other", "click", "http", "{", "}"]
    if refused.contains(where: lower.containsLiteral) { return nil }
    if CurrencyDetector.parsePrice(name)?.currency != nil { return nil }
    return name
  }

  /// The shop's own name (`og:site_name`, else `application-name`), without a trailing
  /// "Shop", for shops that sell their own goods.
  static func siteName(_ page: PageContext) -> String? {
    let raw =
      page.first("//meta[@property='og:site_name']")?.attribute("content")
      ?? page.first("//meta[@name='application-name']")?.attribute("content")
    guard var name = raw.map(TextNormalizer.collapse), !name.isEmpty, name.count <= 60 else { return nil }
    for suffix in [" Online Shop", " Online-Shop", " Onlineshop", " Shop"]
    where name.hasSuffix(suffix) && name.count > suffix.count + 1 {
      name = String(name.dropLast(suffix.count))
      break
    }
    return name
  }

  // MARK: Returns

  /// Return terms stated in the page's own text (not in its header, menus or footer, where
  /// a site-wide promise sits): the window stated by most of the statements, and free returns
  /// only when no statement says otherwise.
  static func returnTerms(_ page: PageContext) -> Terms {
    var windows: [Int: Int] = [:]
    var free = Set<Bool>()
    let texts = page.bodyTexts
    for (index, (node, text)) in texts.enumerated() {
      // The terms first: walking up to see whether a text is in the page's chrome costs far
      // more, and few texts state terms at all.
      guard TermsText.mentionsTerms(unlowered: text), text.hasAtMost(characters: 160) else { continue }
      var terms = TermsText.read([text])
      guard terms.texts != nil else { continue }
      // A return box's title and its line ("Devolución gratis." / "Tenés 30 días desde que lo
      // recibís."): the line's days are the title's window.
      if terms.returnWindowDays == nil, let line = boxLine(texts, after: index) {
        terms = TermsText.read([text + " " + line])
      }
      guard !isChrome(node, in: page) else { continue }
      if let days = terms.returnWindowDays { windows[days, default: 0] += 1 }
      if let value = terms.freeReturns { free.insert(value) }
    }
    var terms = Terms()
    // One window stated more often than all others together (a headline "Free return within
    // 14 days" repeated in the details, beside a 7-day rule for one case).
    let statements = windows.values.reduce(0, +)
    if let (days, count) = windows.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }),
      count * 2 > statements
    {
      terms.returnWindowDays = days
    }
    if free.count == 1, !windows.isEmpty || free.first == false { terms.freeReturns = free.first }
    return terms
  }

  /// Words of a shipping or delivery line, whose days are no return window.
  private static let shippingWords = [
    "ship", "deliver", "dispatch", "envío", "envio", "entrega", "livraison", "expédi", "versand", "liefer",
    "spedi", "consegn", "wysył", "dostaw", "verzend", "bezorg", "発送", "配送", "お届け", "发货", "配送", "giao",
  ]

  /// The text after `index` when it sits in the same small box (they share a parent or a
  /// grandparent) and gives a number of days without naming returns itself.
  private static func boxLine(_ texts: [(node: HTMLNode, text: String)], after index: Int) -> String? {
    guard index + 1 < texts.count else { return nil }
    let (node, text) = texts[index + 1]
    let lower = text.lowercasedText
    guard text.hasAtMost(characters: 120), TermsText.dayCount(in: lower) != nil, TermsText.read([text]).texts == nil,
      !shippingWords.contains(where: lower.containsLiteral),
      let box = texts[index].node.parent?.parent, node.isInside(box),
      TextNormalizer.collapse(box.text).hasAtMost(characters: 200)
    else { return nil }
    return text
  }

  // MARK: Page chrome

  private static let chromeTokens: Set<String> = [
    "header", "footer", "navbar", "nav", "navigation", "menu", "topbar", "masthead", "newsletter",
  ]

  /// Whether `node` sits in the page's header, navigation, footer, a menu or a dialog.
  static func isChrome(_ node: HTMLNode) -> Bool {
    var current: HTMLNode? = node.isElement ? node : node.parent
    var depth = 0
    var chrome = false
    while let element = current, depth < maximumChromeDepth {
      let name = element.name
      // A header inside the product's article or the main content is the product's own.
      if name == "main" || name == "article" { return false }
      // The body's classes describe the whole page ("ehf-footer" says the theme has a footer).
      if name == "body" || name == "html" { break }
      if isChromeElement(element) { chrome = true }
      current = element.parent
      depth += 1
    }
    return chrome
  }

  /// ``isChrome(_:)`` with the walks of `page` remembered: the rules ask it of thousands of
  /// nodes that share their ancestors, and each element's own test builds strings.
  static func isChrome(_ node: HTMLNode, in page: PageContext) -> Bool {
    guard let start = node.isElement ? node : node.parent, page.useIndex, page.index.holds(start) else {
      return isChrome(node)
    }
    let walk = chromeWalk(from: start, in: page)
    // Past the depth the plain walk stops at, its answer depends on where it stopped.
    if walk.steps >= maximumChromeDepth { return isChrome(node) }
    return !walk.insideContent && walk.chrome
  }

  /// The most elements ``isChrome(_:)`` climbs.
  private static let maximumChromeDepth = 60

  /// What the walk up from `start` finds (see ``ChromeWalk``), from the walks already made.
  private static func chromeWalk(from start: HTMLNode, in page: PageContext) -> ChromeWalk {
    var chain: [HTMLNode] = []
    var current: HTMLNode? = start
    var above = ChromeWalk(insideContent: false, chrome: false, steps: 0)
    while let element = current {
      let order = element.documentOrder
      if let order, let known = page.chromeWalks[order] {
        above = known
        break
      }
      let content = element.hasName("main") || element.hasName("article")
      if content || element.hasName("body") || element.hasName("html") {
        above = ChromeWalk(insideContent: content, chrome: false, steps: 0)
        if let order { page.chromeWalks[order] = above }
        break
      }
      chain.append(element)
      current = element.parent
    }
    for element in chain.reversed() {
      above = ChromeWalk(
        insideContent: above.insideContent, chrome: above.chrome || isChromeElement(element), steps: above.steps + 1)
      if let order = element.documentOrder { page.chromeWalks[order] = above }
    }
    return above
  }

  /// Whether the element itself is page chrome: a header, footer, navigation, aside or dialog
  /// element, or one whose class or id names such a part.
  private static func isChromeElement(_ element: HTMLNode) -> Bool {
    if element.hasName("header") || element.hasName("footer") || element.hasName("nav") || element.hasName("aside")
      || element.hasName("dialog")
    {
      return true
    }
    // Class names and ids are almost always ASCII text lying in the tree: their tokens are
    // tested where they lie, with no string made.
    if let chrome = chromeTokens(lyingIn: element) { return chrome }
    let names = (element.attribute(cName: "class") ?? "") + " " + (element.attribute(cName: "id") ?? "")
    return names.lowercasedText.split(whereSeparator: { $0.isWhitespace }).contains(where: isChromeToken)
  }

  /// Whether the ASCII class and id of `element` hold a chrome token (ASCII case aside); nil
  /// when either holds a byte past ASCII or is not plain text in the tree (the general test
  /// then answers).
  private static func chromeTokens(lyingIn element: HTMLNode) -> Bool? {
    var found = false
    for name in ["class", "id"] {
      guard let value = element.attributeValue(name) else {
        if element.hasAttribute(name) { return nil }
        continue
      }
      let bytes = UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self)
      var start = 0
      var index = 0
      while true {
        let byte = bytes[index]
        if byte >= 0x80 { return nil }
        if byte == 0 || byte == 0x20 || (0x09...0x0D).contains(byte) {
          if !found, index > start, isChromeToken(UnsafeBufferPointer(start: bytes + start, count: index - start)) {
            found = true
          }
          if byte == 0 { break }
          start = index + 1
        }
        index += 1
      }
    }
    return found
  }

  /// ``chromeTokens`` and the token prefixes of page chrome, as bytes.
  private static let chromeTokenBytes = chromeTokens.map { Array($0.utf8) }
  private static let chromePrefixes = [
    "site-header", "site-footer", "global-nav", "minicart", "mini-cart", "breadcrumb", "cookie", "announcement",
  ]
  private static let chromePrefixBytes = chromePrefixes.map { Array($0.utf8) }

  /// ``isChromeToken(_:)`` for an ASCII token's bytes, in any case.
  private static func isChromeToken(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
    func starts(with pattern: [UInt8], whole: Bool) -> Bool {
      guard whole ? token.count == pattern.count : token.count >= pattern.count else { return false }
      for (offset, byte) in pattern.enumerated() {
        let own = token[offset]
        if (own >= 0x41 && own <= 0x5A ? own | 0x20 : own) != byte { return false }
      }
      return true
    }
    return chromeTokenBytes.contains { starts(with: $0, whole: true) }
      || chromePrefixBytes.contains { starts(with: $0, whole: false) }
  }

  /// Whether one class or id token (lowercase) names page chrome.
  private static func isChromeToken(_ token: Substring) -> Bool {
    chromeTokens.contains(String(token)) || chromePrefixes.contains { token.hasPrefix($0) }
  }
}
