/// Several offers of one product in the batch.
public struct OfferGroup: Sendable, Hashable {
  /// The group's name (its product id or title).
  public var key: String
  /// The files in it, cheapest first.
  public var files: [String]
  /// The cheapest offer whose verdict is `buy` (or, failing that, `caution`), if any.
  public var cheapestTrustworthy: String?
  /// The median price of the group.
  public var medianPrice: Double
  /// The currency of the prices compared.
  public var currency: String?
}
