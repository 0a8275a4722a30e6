import CaveatCore
import CaveatHTML

/// Maps a schema.org `Product` (from JSON-LD, or microdata turned into the same shape) to a
/// ``Listing``. Shared by ``JSONLDExtractor`` and ``MicrodataExtractor`` so both read the
/// vocabulary the same way.
enum SchemaOrgProduct {
  private static let productTypes: Set<String> = [
    "product", "productgroup", "individualproduct", "productmodel", "someproducts", "vehicle",
    "car", "book", "softwareapplication",
  ]

  /// The schema.org type names of `value`, lowercased, without a vocabulary prefix.
  static func types(of value: JSONValue) -> [String] {
    value["@type"].list.compactMap(\.string).map { type in
      let name = type.split(separator: "/").last.map(String.init) ?? type
      return name.split(separator: ":").last.map { $0.lowercased() } ?? name.lowercased()
    }
  }

  /// Whether `value` describes a product.
  static func isProduct(_ value: JSONValue) -> Bool {
    types(of: value).contains { productTypes.contains($0) }
  }

  /// The top-level items of a JSON-LD document: the value itself, array elements, `@graph`
  /// members and `mainEntity`. Products nested inside another item's properties
  /// (`isRelatedTo`, an `ItemList` of tiles) are deliberately not visited: they describe
  /// other products.
  static func topLevelItems(of document: JSONValue) -> [JSONValue] {
    var items: [JSONValue] = []
    var queue = document.list
    var visited = 0
    while !queue.isEmpty, visited < 10_000 {
      let item = queue.removeFirst()
      visited += 1
      if case .array(let elements) = item {
        queue.append(contentsOf: elements)
        continue
      }
      guard item.object != nil else { continue }
      items.append(item)
      queue.append(contentsOf: item["@graph"].list)
      let main = item["mainEntity"]
      if main.object != nil { queue.append(main) }
    }
    return items
  }

  /// The breadcrumb names of a `BreadcrumbList`, in position order.
  static func breadcrumb(_ value: JSONValue) -> [String]? {
    guard types(of: value).contains("breadcrumblist") else { return nil }
    let entries = value["itemListElement"].list.compactMap { entry -> (Int, String)? in
      let name = entry["name"].string ?? entry["item"]["name"].string
      guard let name = name.map(clean), !name.isEmpty else { return nil }
      return (entry["position"].int ?? 0, name)
    }
    let names = entries.sorted { $0.0 < $1.0 }.map(\.1)
    return names.isEmpty ? nil : names
  }

  /// Reads one product.
  static func listing(from product: JSONValue, warnings: inout [String]) -> Listing {
    var listing = Listing()
    listing.title = product["name"].list.first?.string.map(clean).nonEmpty
    listing.url = product["url"].list.first?.string.map(clean).nonEmpty
    listing.productId = (product["productID"].string ?? product["sku"].string).map(clean).nonEmpty
    if let category = product["category"].string.map(clean), !category.isEmpty {
      let parts = category.split(whereSeparator: { $0 == ">" || $0 == "/" || $0 == "›" })
        .map { $0.trimmingSpaces }.filter { !$0.isEmpty }
      listing.category = parts.isEmpty ? nil : parts
    } else if let breadcrumb = product["category"].list.first.flatMap(breadcrumb) {
      listing.category = breadcrumb
    }
    readOffers(product["offers"], into: &listing)
    readRating(product["aggregateRating"], into: &listing, warnings: &warnings)
    let reviews = (product["review"].list + product["reviews"].list).compactMap {
      review(from: $0, warnings: &warnings)
    }
    listing.reviews = reviews.isEmpty ? nil : reviews
    return listing
  }

  private static func readOffers(_ offers: JSONValue, into listing: inout Listing) {
    var best: Money?
    var seller: String?
    for offer in offers.list {
      let currency = (offer["priceCurrency"].string ?? offer["priceSpecification"]["priceCurrency"].string)
        .flatMap(CurrencyDetector.isoCode(for:))
      let amount =
        offer["lowPrice"].double ?? offer["price"].double
        ?? offer["priceSpecification"]["price"].double
        ?? offer["price"].string.flatMap { CurrencyDetector.parsePrice($0)?.amount }
      if let amount, amount >= 0, best == nil || amount < best?.amount ?? .infinity {
        best = Money(amount: amount, currency: currency)
      }
      if seller == nil {
        seller = offer["seller"]["name"].string.map(clean).nonEmpty
      }
      // An AggregateOffer may list its offers again.
      if best == nil, !offer["offers"].isNull {
        var inner = Listing()
        readOffers(offer["offers"], into: &inner)
        best = inner.price
      }
    }
    listing.price = best
    listing.seller.name = seller
  }

  private static func readRating(
    _ rating: JSONValue, into listing: inout Listing, warnings: inout [String]
  ) {
    guard rating.object != nil else { return }
    if let value = rating["ratingValue"].double ?? rating["ratingValue"].string.flatMap(LocaleNumber.rating) {
      let best = rating["bestRating"].double ?? 5
      if best > 0, let stars = LocaleNumber.ratingCheck(value, scale: best) {
        listing.rating.average = stars
      } else {
        warnings.append("rejected a rating of \(value) out of \(best)")
      }
    }
    let ratings = rating["ratingCount"].int ?? rating["ratingCount"].string.flatMap { LocaleNumber.count($0)?.value }
    let reviews = rating["reviewCount"].int ?? rating["reviewCount"].string.flatMap { LocaleNumber.count($0)?.value }
    for (name, value) in [("ratingCount", ratings), ("reviewCount", reviews)] {
      if let value, value < 0 { warnings.append("rejected a negative \(name) of \(value)") }
    }
    // Only what the page calls ratings is a rating count: a bare reviewCount may count written
    // reviews alone (sites differ), so it is never promoted.
    listing.rating.count = ratings.flatMap { $0 >= 0 ? $0 : nil }
    listing.reviewCount = reviews.flatMap { $0 >= 0 ? $0 : nil }
  }

  private static func review(from value: JSONValue, warnings: inout [String]) -> Review? {
    guard value.object != nil else { return nil }
    var review = Review()
    let rating = value["reviewRating"].isNull ? value : value["reviewRating"]
    if let stars = rating["ratingValue"].double {
      let best = rating["bestRating"].double ?? 5
      review.stars = best > 0 ? LocaleNumber.ratingCheck(stars, scale: best) : nil
    }
    review.text = (value["reviewBody"].string ?? value["description"].string).map(clean).nonEmpty
    review.date = value["datePublished"].string.flatMap { text in
      // Machine dates ("2024-05-20", "2024-05-20T10:00:00Z") need no language-aware reading.
      CalendarDate(iso: String(text.prefix(10))) ?? DateText.parse(text, preferDayFirst: false)
    }
    let author = value["author"]
    review.author = (author["name"].string ?? author.string).map(clean).nonEmpty
    if review.stars == nil && review.text == nil { return nil }
    return review
  }

  /// Collapses white space and decodes the HTML entities some sites leave in JSON-LD text.
  static func clean(_ text: String) -> String {
    TextNormalizer.collapse(text.utf8.contains(0x26) ? HTMLEntities.decode(text) : text)
  }
}

extension String {
  /// `nil` for an empty string.
  var nonEmpty: String? { isEmpty ? nil : self }
}

extension Optional where Wrapped == String {
  /// `nil` for an empty string.
  var nonEmpty: String? {
    guard let value = self, !value.isEmpty else { return nil }
    return value
  }
}

/// Decodes the character references found in text that skipped an HTML parser.
enum HTMLEntities {
  private static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "#39": "'",
    "ndash": "–", "mdash": "—", "hellip": "…", "rsquo": "’", "lsquo": "‘", "ldquo": "“",
    "rdquo": "”", "euro": "€", "pound": "£", "yen": "¥", "copy": "©", "reg": "®", "trade": "™",
    "times": "×", "deg": "°",
  ]

  static func decode(_ text: String) -> String {
    var result = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      result += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      guard let semicolon = after.prefix(12).firstIndex(of: ";") else {
        result += "&"
        rest = after
        continue
      }
      let name = String(after[..<semicolon])
      if let value = named[name] {
        result += value
      } else if name.hasPrefix("#"), let scalar = numericScalar(name.dropFirst()) {
        result.unicodeScalars.append(scalar)
      } else {
        result += "&" + name + ";"
      }
      rest = after[after.index(after: semicolon)...]
    }
    return result + rest
  }

  private static func numericScalar(_ digits: Substring) -> Unicode.Scalar? {
    let value: UInt32?
    if digits.hasPrefix("x") || digits.hasPrefix("X") {
      value = UInt32(digits.dropFirst(), radix: 16)
    } else {
      value = UInt32(digits)
    }
    guard let value, value != 0 else { return nil }
    return Unicode.Scalar(value)
  }
}
