import CaveatScore

/// What a batch knows that a single page does not.
struct BatchKnowledge {
  /// The batch's own rating prior, when it has enough rated listings.
  var prior: RatingPrior?
  /// The positions (in the unique summaries) of each product's offers, by group key.
  var members: [String: [Int]] = [:]
  /// For each product offered by several sellers in one currency: the median price, the number
  /// of priced offers and the currency.
  var medians: [String: (amount: Double, offers: Int, currency: String?)] = [:]
}
