import CaveatCore
import CaveatHTML
import Foundation

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
    // A queue read by index: removing from the front of an array would cost O(n) a step, and
    // a block may hold tens of thousands of items.
    var queue = document.list
    var next = 0
    while next < queue.count, next < 10_000 {
      let item = queue[next]
      next += 1
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
    readOffers(product["offers"], into: &listing, warnings: &warnings)
    readRating(product["aggregateRating"], into: &listing, warnings: &warnings)
    let reviews = (product["review"].list + product["reviews"].list).compactMap {
      review(from: $0, warnings: &warnings)
    }
    listing.reviews = reviews.isEmpty ? nil : reviews
    return listing
  }

  private static func readOffers(_ offers: JSONValue, into listing: inout Listing, warnings: inout [String]) {
    var best: Money?
    var seller: String?
    for offer in offers.list {
      let currency = (offer["priceCurrency"].string ?? offer["priceSpecification"]["priceCurrency"].string)
        .flatMap(CurrencyDetector.isoCode(for:))
      var amount: Double?
      var rejected = false
      for candidate in [offer["lowPrice"], offer["price"], offer["priceSpecification"]["price"]] where amount == nil {
        guard !candidate.isNull else { continue }
        guard let value = number(candidate, named: "price", warnings: &warnings) else {
          if case .number = candidate { rejected = true }
          continue
        }
        if value < 0 {
          warnings.append("rejected a price of \(candidate.string ?? "") (a price cannot be negative)")
          rejected = true
        } else {
          amount = value
        }
      }
      if amount == nil, !rejected, case .string(let text) = offer["price"], !text.trimmingSpaces.hasPrefix("-"),
        let parsed = CurrencyDetector.parsePrice(text)
      {
        amount = parsed.amount
      }
      // Several offers are the sizes, conditions or sellers the page lists; the first is the
      // one it shows (an AggregateOffer states its own lowPrice instead).
      if let amount, best == nil {
        best = Money(amount: amount, currency: currency)
      }
      if seller == nil {
        seller = offer["seller"]["name"].string.map(clean).nonEmpty
      }
      // An AggregateOffer may list its offers again.
      if best == nil, !offer["offers"].isNull {
        var inner = Listing()
        readOffers(offer["offers"], into: &inner, warnings: &warnings)
        best = inner.price
      }
    }
    listing.price = best
    listing.seller.name = seller
  }

  /// A finite number from a JSON number or a numeric string; a number that is there but is not
  /// finite (`1e309`, `NaN`, `Infinity`) is rejected with a warning that names it.
  static func number(_ value: JSONValue, named name: String, warnings: inout [String]) -> Double? {
    if let double = value.double { return double }
    let text: String
    switch value {
    case .number(let written): text = written
    case .string(let written): text = written.trimmingSpaces
    default: return nil
    }
    let word = text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "+-"))
    if case .number = value {
      warnings.append("rejected a \(name) of \(text) (not a finite number)")
    } else if word == "nan" || word == "infinity" || word == "inf" {
      warnings.append("rejected a \(name) of \(text) (not a finite number)")
    }
    return nil
  }

  /// A count from a JSON number or a numeric text ("1,234"); a value that is there but is not
  /// a count (it overflows, is fractional or not finite) is rejected with a warning naming it.
  static func count(_ value: JSONValue, named name: String, warnings: inout [String]) -> Int? {
    if value.isNull { return nil }
    if let int = value.int {
      if int < 0 { warnings.append("rejected a negative \(name) of \(int)") }
      return int >= 0 ? int : nil
    }
    if case .string(let text) = value, let parsed = LocaleNumber.count(text)?.value {
      if parsed < 0 { warnings.append("rejected a negative \(name) of \(parsed)") }
      return parsed >= 0 ? parsed : nil
    }
    if let text = value.string?.trimmingSpaces, !text.isEmpty {
      warnings.append("rejected a \(name) of \(text.prefix(40)) (not a count in range)")
    }
    return nil
  }

  private static func readRating(
    _ rating: JSONValue, into listing: inout Listing, warnings: inout [String]
  ) {
    guard rating.object != nil else { return }
    let written = rating["ratingValue"]
    if let value = number(written, named: "rating", warnings: &warnings) {
      let best = number(rating["bestRating"], named: "bestRating", warnings: &warnings) ?? 5
      if best > 0, let stars = LocaleNumber.ratingCheck(value, scale: best) {
        listing.rating.average = stars
      } else {
        warnings.append("rejected a rating of \(value) out of \(best)")
      }
    } else if case .string(let text) = written, !text.trimmingSpaces.isEmpty {
      if let stars = LocaleNumber.rating(text) {
        listing.rating.average = stars
      } else {
        warnings.append("rejected a rating of \"\(text.trimmingSpaces.prefix(40))\" (not a rating from 0 to its best)")
      }
    }
    // Only what the page calls ratings is a rating count: a bare reviewCount may count written
    // reviews alone (sites differ), so it is never promoted.
    listing.rating.count = count(rating["ratingCount"], named: "ratingCount", warnings: &warnings)
    listing.reviewCount = count(rating["reviewCount"], named: "reviewCount", warnings: &warnings)
  }

  private static func review(from value: JSONValue, warnings: inout [String]) -> Review? {
    guard value.object != nil else { return nil }
    var review = Review()
    let rating = value["reviewRating"].isNull ? value : value["reviewRating"]
    if let stars = number(rating["ratingValue"], named: "review rating", warnings: &warnings) {
      let best = rating["bestRating"].double ?? 5
      review.stars = best > 0 ? LocaleNumber.ratingCheck(stars, scale: best) : nil
      if review.stars == nil { warnings.append("rejected a review rating of \(stars) out of \(best)") }
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
