import CaveatCore
import CaveatHTML

/// A listing read by one extractor, with where it came from.
struct Candidate {
  var provenance: Provenance
  var listing: Listing
}

/// Combines candidates field by field: the first candidate holding a field supplies it.
enum ListingMerger {
  static func merge(_ candidates: [Candidate]) -> (Listing, [String: Provenance]) {
    var listing = Listing()
    var provenance: [String: Provenance] = [:]
    for field in ListingField.all {
      guard let source = candidates.first(where: { field.isPresent(in: $0.listing) }) else {
        continue
      }
      field.copy(from: source.listing, into: &listing)
      provenance[field.path] = source.provenance
    }
    // A price given without its currency (microdata whose priceCurrency sits outside the item)
    // takes the currency another source gives the same amount.
    if let price = listing.price, price.currency == nil,
      let currency = candidates.lazy.compactMap({ $0.listing.price }).first(where: {
        $0.currency != nil && abs($0.amount - price.amount) < 0.005
      })?.currency
    {
      listing.price?.currency = currency
    }
    // A title cut short in one place (a clipped heading) gives way to the full one elsewhere,
    // but not to the same title with the shop's name appended ("… | eBay", "… - Etsy").
    if let title = listing.title {
      let key = TextNormalizer.collapse(title).lowercased()
      for candidate in candidates {
        guard let other = candidate.listing.title, other.count > title.count,
          key.count >= 20, TextNormalizer.collapse(other).lowercased().hasPrefix(key),
          !isSiteSuffix(String(TextNormalizer.collapse(other).dropFirst(key.count)))
        else { continue }
        listing.title = other
        provenance["listing.title"] = candidate.provenance
        break
      }
    }
    return (listing, provenance)
  }

  /// " | eBay", " - Etsy", " – Shop Name": a separator and a few words.
  static func isSiteSuffix(_ tail: String) -> Bool {
    let trimmed = tail.trimmingSpaces
    guard let first = trimmed.first, "|-–—:·•»".contains(first) else { return false }
    let rest = trimmed.dropFirst().trimmingSpaces
    return rest.count <= 30 && rest.split(separator: " ").count <= 4
  }
}

/// Rejects values that cannot be true, with a warning for each.
enum ListingValidator {
  static func validate(_ listing: inout Listing, warnings: inout [String], today: CalendarDate? = nil) {
    func reject(_ path: String, _ value: Any, _ rule: String) {
      warnings.append("rejected \(path) = \(value): \(rule)")
      ListingField.named(path)?.clear(in: &listing)
    }
    if let value = listing.rating.average, !(0...5).contains(value) || !value.isFinite {
      reject("listing.rating.average", value, "a rating must be between 0 and 5 stars")
    }
    for (path, value) in [
      ("listing.rating.count", listing.rating.count), ("listing.reviewCount", listing.reviewCount),
      ("listing.soldCount", listing.soldCount), ("listing.seller.followers", listing.seller.followers),
    ] {
      if let value, value < 0 || value > 100_000_000_000 {
        reject(path, value, "a count must be between 0 and 10^11")
      }
    }
    if let rating = listing.seller.rating,
      rating.average.map({ !(0...5).contains($0) }) ?? false || (rating.count ?? 0) < 0
    {
      reject("listing.seller.rating", rating.average ?? Double(rating.count ?? 0), "a store's rating must be 0–5 stars")
    }
    if let value = listing.seller.positiveFeedbackPercent, !(0...100).contains(value) {
      reject("listing.seller.positiveFeedbackPercent", value, "a percentage must be between 0 and 100")
    }
    for (path, value) in [
      ("listing.seller.ratings.asDescribed", listing.seller.ratings.asDescribed),
      ("listing.seller.ratings.communication", listing.seller.ratings.communication),
      ("listing.seller.ratings.shipping", listing.seller.ratings.shipping),
    ] {
      if let value, !(0...5).contains(value) { reject(path, value, "a seller rating must be between 0 and 5") }
    }
    for (path, money) in [("listing.price", listing.price), ("listing.originalPrice", listing.originalPrice)] {
      if let money, !money.amount.isFinite || money.amount < 0 || money.amount > 1e12 {
        reject(path, money.amount, "a price must be a finite amount of at least 0")
      }
    }
    for (path, value) in [
      ("listing.terms.returnWindowDays", listing.terms.returnWindowDays),
      ("listing.terms.buyerProtectionDays", listing.terms.buyerProtectionDays),
      ("listing.shipping.minDays", listing.shipping.minDays),
      ("listing.shipping.maxDays", listing.shipping.maxDays),
    ] {
      if let value, !(0...3650).contains(value) { reject(path, value, "a number of days must be between 0 and 3650") }
    }
    if let histogram = listing.rating.histogram {
      let valid = histogram.allSatisfy { key, value in ["1", "2", "3", "4", "5"].contains(key) && value >= 0 }
      if !valid { reject("listing.rating.histogram", histogram, "star counts must be 1–5 and not negative") }
    }
    if let reviews = listing.reviews {
      let kept = reviews.map { review -> Review in
        var review = review
        if let stars = review.stars, !(0...5).contains(stars) {
          warnings.append("rejected a review's stars = \(stars): out of 0–5")
          review.stars = nil
        }
        if let today, let date = review.date, date > today {
          warnings.append("rejected a review's date = \(date): after today (\(today))")
          review.date = nil
        }
        return review
      }
      listing.reviews = kept
    }
    if let opened = listing.seller.openedOn, opened.year < 1995 || opened.year > 2100 {
      reject("listing.seller.openedOn", opened, "a store cannot open in that year")
    }
  }
}
