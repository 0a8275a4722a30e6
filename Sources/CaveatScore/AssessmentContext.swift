import CaveatCore

/// What the scorer knows beyond the listing itself.
public struct AssessmentContext: Sendable {
  /// The day the verdict is for (store ages are counted to it). Injected, never read from a
  /// clock inside the library, so a score is reproducible.
  public var today: CalendarDate
  /// The language of messages and advice.
  public var language: Language
  /// Thresholds and weights.
  public var config: ScoringConfig
  /// A rating prior learnt from a batch of listings (empirical Bayes), replacing the default.
  public var ratingPrior: RatingPrior?
  /// The median price of the same product across a batch, with the number of offers.
  public var batchMedianPrice: (amount: Double, offers: Int)?
  /// The shopper's past claims against this listing's seller.
  public var pastClaims: [PastClaim]
  /// The currency prices are judged and shown in (ISO 4217): the high-value threshold is in it.
  public var displayCurrency: String
  /// The exchange rates that convert a page's price to ``displayCurrency``.
  public var rates: RateTable

  /// Creates a context.
  public init(
    today: CalendarDate, language: Language = .en, config: ScoringConfig = ScoringConfig(),
    ratingPrior: RatingPrior? = nil, batchMedianPrice: (amount: Double, offers: Int)? = nil,
    pastClaims: [PastClaim] = [], displayCurrency: String = "USD", rates: RateTable = .bundled
  ) {
    self.today = today
    self.language = language
    self.config = config
    self.ratingPrior = ratingPrior
    self.batchMedianPrice = batchMedianPrice
    self.pastClaims = pastClaims
    self.displayCurrency = displayCurrency.uppercased()
    self.rates = rates
  }
}

/// A rating prior: pseudo-ratings per star (1★ first) and the prior mean and weight for the
/// damped mean.
public struct RatingPrior: Sendable, Equatable {
  /// Pseudo-ratings per star, index 0 = 1★.
  public var histogram: [Double]
  /// Prior mean in stars.
  public var mean: Double
  /// Weight of the prior in pseudo-ratings.
  public var weight: Double

  /// Creates a prior.
  public init(histogram: [Double], mean: Double, weight: Double) {
    self.histogram = histogram
    self.mean = mean
    self.weight = weight
  }
}
