/// One reportable field of a ``Listing``, named by its JSON path in `caveat vet --format json`.
///
/// The table of fields is the single place that knows how a path maps to a property: it drives
/// merging candidates from several extractors, the `missing` list and provenance.
public struct ListingField: Sendable {
  /// The JSON path, e.g. `listing.seller.name`.
  public let path: String
  /// Whether an absent value is reported in `missing` (qualifiers of another field are not).
  public let reportsMissing: Bool
  private let isPresentIn: @Sendable (Listing) -> Bool
  private let copy: @Sendable (inout Listing, Listing) -> Void
  private let clear: @Sendable (inout Listing) -> Void

  private init<Value: Sendable>(
    _ path: String, _ keyPath: WritableKeyPath<Listing, Value?> & Sendable, reportsMissing: Bool = true
  ) {
    self.init(path, keyPath, reportsMissing: reportsMissing) { $0[keyPath: keyPath] != nil }
  }

  private init<Element: Sendable>(
    _ path: String, _ keyPath: WritableKeyPath<Listing, [Element]?> & Sendable, reportsMissing: Bool = true
  ) {
    self.init(path, keyPath, reportsMissing: reportsMissing) { !($0[keyPath: keyPath]?.isEmpty ?? true) }
  }

  private init(
    _ path: String, _ keyPath: WritableKeyPath<Listing, String?> & Sendable, reportsMissing: Bool = true
  ) {
    self.init(path, keyPath, reportsMissing: reportsMissing) { !($0[keyPath: keyPath]?.isEmpty ?? true) }
  }

  /// Presence is decided per type by the overloads above (an empty list or text is absent),
  /// without dynamic casts: a cast of a large review list to an existential copied it.
  private init<Value: Sendable>(
    _ path: String, _ keyPath: WritableKeyPath<Listing, Value?> & Sendable, reportsMissing: Bool,
    isPresent: @escaping @Sendable (Listing) -> Bool
  ) {
    self.path = path
    self.reportsMissing = reportsMissing
    isPresentIn = isPresent
    copy = { target, source in target[keyPath: keyPath] = source[keyPath: keyPath] }
    clear = { target in target[keyPath: keyPath] = nil }
  }

  /// Whether `listing` holds a value for this field.
  public func isPresent(in listing: Listing) -> Bool { isPresentIn(listing) }

  /// Copies this field's value from `source` into `target`.
  public func copy(from source: Listing, into target: inout Listing) { copy(&target, source) }

  /// Removes this field's value from `listing`.
  public func clear(in listing: inout Listing) { clear(&listing) }

  /// Every field, in the order of the JSON contract.
  public static let all: [ListingField] = [
    ListingField("listing.title", \.title),
    ListingField("listing.url", \.url),
    ListingField("listing.productId", \.productId),
    ListingField("listing.category", \.category),
    ListingField("listing.price", \.price),
    ListingField("listing.originalPrice", \.originalPrice),
    ListingField("listing.alternatePrices", \.alternatePrices, reportsMissing: false),
    ListingField("listing.rating.average", \.rating.average),
    ListingField("listing.rating.count", \.rating.count),
    ListingField("listing.rating.histogram", \.rating.histogram),
    ListingField("listing.rating.histogramPercent", \.rating.histogramPercent),
    ListingField("listing.reviewCount", \.reviewCount),
    ListingField("listing.soldCount", \.soldCount),
    ListingField("listing.soldCountIsLowerBound", \.soldCountIsLowerBound, reportsMissing: false),
    ListingField("listing.reviews", \.reviews),
    ListingField("listing.reviewNotes", \.reviewNotes, reportsMissing: false),
    ListingField("listing.seller.name", \.seller.name),
    ListingField("listing.seller.id", \.seller.id),
    ListingField("listing.seller.url", \.seller.url),
    ListingField("listing.seller.positiveFeedbackPercent", \.seller.positiveFeedbackPercent),
    ListingField("listing.seller.feedbackCount", \.seller.feedbackCount, reportsMissing: false),
    ListingField("listing.seller.followers", \.seller.followers),
    ListingField("listing.seller.openedOn", \.seller.openedOn),
    ListingField("listing.seller.country", \.seller.country),
    ListingField("listing.seller.badges", \.seller.badges),
    ListingField("listing.seller.ratings.asDescribed", \.seller.ratings.asDescribed),
    ListingField("listing.seller.ratings.communication", \.seller.ratings.communication),
    ListingField("listing.seller.ratings.shipping", \.seller.ratings.shipping),
    ListingField("listing.seller.rating", \.seller.rating, reportsMissing: false),
    ListingField("listing.terms.freeReturns", \.terms.freeReturns),
    ListingField("listing.terms.returnWindowDays", \.terms.returnWindowDays),
    ListingField("listing.terms.buyerProtectionDays", \.terms.buyerProtectionDays),
    ListingField("listing.terms.returnShippingPaidBy", \.terms.returnShippingPaidBy),
    ListingField("listing.terms.texts", \.terms.texts),
    ListingField("listing.shipping.from", \.shipping.from),
    ListingField("listing.shipping.minDays", \.shipping.minDays),
    ListingField("listing.shipping.maxDays", \.shipping.maxDays),
    ListingField("listing.shipping.cost", \.shipping.cost),
  ]

  /// The field at `path`, if any.
  public static func named(_ path: String) -> ListingField? { all.first { $0.path == path } }
}

extension Listing {
  /// The JSON paths of the fields this listing lacks, in contract order.
  public var missingFields: [String] {
    ListingField.all.filter { $0.reportsMissing && !$0.isPresent(in: self) }.map(\.path)
  }
}
