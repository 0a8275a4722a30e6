import CaveatCore

/// schema.org `Product` objects in JSON-LD blocks.
enum JSONLDExtractor {
  static func extract(_ page: PageContext) -> Listing? {
    var breadcrumb: [String]?
    var product: JSONValue?
    for document in page.jsonLD {
      for item in SchemaOrgProduct.topLevelItems(of: document) {
        if product == nil, SchemaOrgProduct.isProduct(item) { product = item }
        if breadcrumb == nil { breadcrumb = SchemaOrgProduct.breadcrumb(item) }
      }
    }
    guard product != nil || breadcrumb != nil else { return nil }
    var listing = product.map { SchemaOrgProduct.listing(from: $0, warnings: &page.warnings) } ?? Listing()
    if listing.category == nil { listing.category = breadcrumb }
    return listing
  }
}

/// schema.org microdata (`itemscope`, `itemtype`, `itemprop`), read into the JSON-LD shape.
enum MicrodataExtractor {
  static func extract(_ page: PageContext) -> Listing? {
    let scopes = page.select("//*[@itemscope and not(@itemprop)]")
    var breadcrumb: [String]?
    for scope in scopes {
      let item = read(scope, page: page, depth: 0)
      if SchemaOrgProduct.isProduct(item) {
        var listing = SchemaOrgProduct.listing(from: item, warnings: &page.warnings)
        if listing.category == nil { listing.category = breadcrumb ?? breadcrumbs(page) }
        return listing
      }
      if breadcrumb == nil { breadcrumb = SchemaOrgProduct.breadcrumb(item) }
    }
    return nil
  }

  private static func breadcrumbs(_ page: PageContext) -> [String]? {
    for scope in page.select("//*[@itemscope and contains(@itemtype, 'BreadcrumbList')]") {
      if let names = SchemaOrgProduct.breadcrumb(read(scope, page: page, depth: 0)) { return names }
    }
    return nil
  }

  /// Reads one item: its type and the properties whose nearest enclosing scope is this one.
  static func read(_ scope: HTMLNode, page: PageContext, depth: Int) -> JSONValue {
    var members: [String: [JSONValue]] = [:]
    if let type = scope.attribute("itemtype") {
      members["@type"] = type.split(separator: " ").map { .string(String($0)) }
    }
    guard depth < 8 else { return .object(members.mapValues { .array($0) }) }
    for property in page.select(".//*[@itemprop]", in: scope) {
      guard nearestScope(of: property)?.pointer == scope.pointer else { continue }
      let value: JSONValue
      if property.attribute("itemscope") != nil {
        value = read(property, page: page, depth: depth + 1)
      } else {
        value = .string(propertyValue(property))
      }
      for name in (property.attribute("itemprop") ?? "").split(separator: " ") {
        members[String(name), default: []].append(value)
      }
    }
    return .object(members.mapValues { $0.count == 1 ? $0[0] : .array($0) })
  }

  private static func nearestScope(of node: HTMLNode) -> HTMLNode? {
    var current = node.parent
    var steps = 0
    while let element = current, steps < 10_000 {
      if element.attribute("itemscope") != nil { return element }
      current = element.parent
      steps += 1
    }
    return nil
  }

  private static func propertyValue(_ node: HTMLNode) -> String {
    let attribute: String?
    switch node.name {
    case "meta": attribute = "content"
    case "a", "link", "area": attribute = "href"
    case "img", "audio", "video", "source", "embed", "iframe": attribute = "src"
    case "object": attribute = "data"
    case "data", "meter": attribute = "value"
    case "time": attribute = "datetime"
    default: attribute = node.attribute("content") != nil ? "content" : nil
    }
    if let attribute, let value = node.attribute(attribute) { return value }
    return node.text
  }
}

/// OpenGraph and product meta tags, plus the canonical link.
enum MetaTagExtractor {
  static func extract(_ page: PageContext, defaultDollar: String?) -> Listing? {
    var tags: [String: String] = [:]
    for meta in page.select("//meta[@property or @name or @itemprop]") {
      guard let key = (meta.attribute("property") ?? meta.attribute("name") ?? meta.attribute("itemprop"))?.lowercased(),
        let content = meta.attribute("content"), tags[key] == nil
      else { continue }
      tags[key] = TextNormalizer.collapse(content)
    }
    var listing = Listing()
    listing.title = (tags["og:title"] ?? tags["twitter:title"]).nonEmpty
    listing.url = (tags["og:url"] ?? page.first("//link[@rel='canonical']")?.attribute("href")).nonEmpty
    if let amount = (tags["product:price:amount"] ?? tags["og:price:amount"]).flatMap({ LocaleNumber.parse($0, kind: .price)?.value }) {
      let currency = (tags["product:price:currency"] ?? tags["og:price:currency"]).flatMap(CurrencyDetector.isoCode(for:))
      listing.price = Money(amount: amount, currency: currency)
    }
    listing.productId = tags["product:retailer_item_id"].nonEmpty
    return listing == Listing() ? nil : listing
  }
}
