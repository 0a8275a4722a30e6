import CaveatCore
import CaveatHTML
import Foundation

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
///
/// Follows the microdata algorithm in one walk: an item's properties are the `itemprop`
/// elements under it that are not inside a nested item. Items that carry `itemprop` but sit
/// outside any item (a page's review list placed beside its product) are attached to the page's
/// product when there is exactly one.
enum MicrodataExtractor {
  static func extract(_ page: PageContext) -> Listing? {
    let (listing, warnings) = extract(page.document)
    page.warnings += warnings
    return listing
  }

  /// Reads the document's microdata; it reads the tree only (never the element index), so it
  /// may run beside the other extractors on another thread.
  static func extract(_ document: HTMLDocument) -> (listing: Listing?, warnings: [String]) {
    var warnings: [String] = []
    var products: [JSONValue] = []
    var offers: [JSONValue] = []
    var orphans: [(names: [String], value: JSONValue)] = []
    var breadcrumb: [String]?
    func take(_ element: HTMLNode) {
      let item = read(element, depth: 0)
      if let names = element.attributeValue("itemprop") {
        orphans.append((tokens(names), item))
      } else if SchemaOrgProduct.isProduct(item) {
        products.append(item)
      } else if SchemaOrgProduct.types(of: item).contains(where: { $0 == "offer" || $0 == "aggregateoffer" }) {
        offers.append(item)
      } else if breadcrumb == nil {
        breadcrumb = SchemaOrgProduct.breadcrumb(item)
      }
    }
    // The outermost items: from the direct builder's records when it made the tree, else by a
    // walk that stops going down at each item.
    if let items = document.outermostElements(withAttribute: "itemscope") {
      items.forEach(take)
    } else {
      for root in document.topLevelNodes {
        root.visitElements(includingSelf: true) { element in
          guard element.attributeValue("itemscope") != nil else { return true }
          take(element)
          return false
        }
      }
    }
    // Older pages mark up the offer alone, outside any product (the title is in OpenGraph or
    // the heading): its price is still the page's.
    if products.isEmpty, let offer = offers.first {
      var listing = SchemaOrgProduct.listing(from: .object(["offers": offer]), warnings: &warnings)
      listing.category = breadcrumb
      return (listing == Listing() ? nil : listing, warnings)
    }
    guard var product = products.first else { return (nil, warnings) }
    if products.count == 1, !orphans.isEmpty, case .object(var members) = product {
      var reviews = members["review"]?.list ?? []
      for (names, value) in orphans {
        if names.contains("review") || names.contains("reviews") { reviews.append(value) }
        for name in ["aggregateRating", "offers"] where names.contains(name) && members[name] == nil {
          members[name] = value
        }
      }
      members["review"] = reviews.isEmpty ? nil : .array(reviews)
      product = .object(members)
    }
    var listing = SchemaOrgProduct.listing(from: product, warnings: &warnings)
    if listing.category == nil { listing.category = breadcrumb }
    return (listing, warnings)
  }

  /// Reads one item: its type and the properties whose nearest enclosing item is this one.
  static func read(_ scope: HTMLNode, depth: Int) -> JSONValue {
    var members: [String: [JSONValue]] = [:]
    if let type = scope.attributeValue("itemtype") {
      members["@type"] = tokens(type).map { .string($0) }
    }
    guard depth < 8 else { return object(members) }
    scope.visitElements(includingSelf: false) { element in
      guard let names = element.attributeValue("itemprop") else {
        return element.attributeValue("itemscope") == nil
      }
      let isItem = element.attributeValue("itemscope") != nil
      let value: JSONValue =
        isItem
        ? read(element, depth: depth + 1)
        : .string(propertyValue(element))
      for name in tokens(names) { members[name, default: []].append(value) }
      return !isItem
    }
    return object(members)
  }

  /// The white-space separated tokens of an attribute value (`itemprop="name headline"`),
  /// split on bytes: most values hold one token, returned without a scan for separators.
  static func tokens(_ value: UnsafePointer<CChar>) -> [String] {
    let length = strlen(value)
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self), count: length)
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
    if !bytes.contains(where: isSpace) { return length == 0 ? [] : [String(decoding: bytes, as: UTF8.self)] }
    return bytes.split(whereSeparator: isSpace).map { String(decoding: $0, as: UTF8.self) }
  }

  private static func object(_ members: [String: [JSONValue]]) -> JSONValue {
    .object(members.mapValues { $0.count == 1 ? $0[0] : .array($0) })
  }

  /// The microdata value of a property element: an attribute for the elements that carry
  /// their value in one (`meta` content, `a` href, `time` datetime, …), else the text.
  private static func propertyValue(_ element: HTMLNode) -> String {
    let names: [(tag: StaticString, attribute: StaticString)] = [
      ("meta", "content"), ("a", "href"), ("link", "href"), ("area", "href"), ("img", "src"), ("audio", "src"),
      ("video", "src"), ("source", "src"), ("embed", "src"), ("iframe", "src"), ("object", "data"),
      ("data", "value"), ("meter", "value"), ("time", "datetime"),
    ]
    for (candidate, attribute) in names {
      let matches = candidate.withUTF8Buffer { buffer in
        element.hasName(UnsafeRawPointer(buffer.baseAddress.unsafelyUnwrapped).assumingMemoryBound(to: CChar.self))
      }
      guard matches else { continue }
      let value = attribute.withUTF8Buffer { buffer in
        element.attributeValue(
          UnsafeRawPointer(buffer.baseAddress.unsafelyUnwrapped).assumingMemoryBound(to: CChar.self))
      }
      if let value { return String(cString: value) }
      break
    }
    if let content = element.attributeValue("content") { return String(cString: content) }
    return element.text
  }

}

/// OpenGraph and product meta tags, plus the canonical link.
enum MetaTagExtractor {
  static func extract(_ page: PageContext, defaultDollar: String?) -> Listing? {
    var tags: [String: String] = [:]
    for meta in page.select("//meta[@property or @name or @itemprop]") {
      guard
        let key = (meta.attribute("property") ?? meta.attribute("name") ?? meta.attribute("itemprop"))?.lowercased(),
        let content = meta.attribute("content"), tags[key] == nil
      else { continue }
      tags[key] = TextNormalizer.collapse(content)
    }
    var listing = Listing()
    listing.title = (tags["og:title"] ?? tags["twitter:title"]).nonEmpty
    listing.url = (tags["og:url"] ?? page.first("//link[@rel='canonical']")?.attribute("href")).nonEmpty
    if let amount = (tags["product:price:amount"] ?? tags["og:price:amount"]).flatMap({
      LocaleNumber.parse($0, kind: .price)?.value
    }) {
      let currency = (tags["product:price:currency"] ?? tags["og:price:currency"]).flatMap(
        CurrencyDetector.isoCode(for:))
      listing.price = Money(amount: amount, currency: currency)
    }
    listing.productId = tags["product:retailer_item_id"].nonEmpty
    return listing == Listing() ? nil : listing
  }
}
