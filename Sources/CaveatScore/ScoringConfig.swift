import Foundation

/// Every threshold and weight of the score, in one place, with where each comes from.
///
/// A JSON file can override any of them (`caveat vet --config FILE`, or
/// `$XDG_CONFIG_HOME/caveat/config.json`); keys not in the file keep these defaults.
public struct ScoringConfig: Sendable, Codable, Equatable {
  // MARK: Weights of the score's components (they need not add up to anything).

  /// Store positive feedback.
  public var weightSellerFeedback = 20.0
  /// Store age.
  public var weightSellerAge = 8.0
  /// Detailed seller ratings (as described, communication, shipping).
  public var weightSellerRatings = 5.0
  /// Store followers.
  public var weightSellerFollowers = 2.0
  /// The product rating, judged with its count.
  public var weightRatingQuality = 25.0
  /// How many ratings there are.
  public var weightRatingVolume = 7.0
  /// Returns and buyer protection.
  public var weightTerms = 15.0
  /// What the reviews on the page say (defects).
  public var weightReviews = 18.0

  // MARK: Seller

  /// Positive-feedback percentages and how good each is (0–1). The bands follow the risk bands
  /// third-party AliExpress guides use: 98–100 % low risk, 95–97 % low–medium, 90–94 % medium,
  /// 85–89 % high, below 85 % very high (celiacstips.com seller-ratings guide, via
  /// ANCHORS.md B); the folk rule "above 95 % is OK" (sk.rs, 2016 Seller Check add-on).
  public var feedbackScale: [[Double]] = [[85, 0], [90, 0.3], [95, 0.6], [97, 0.8], [98.5, 1]]
  /// Below this (after the Wilson bound where the count is known) `seller-low-positive-feedback`.
  public var lowFeedbackPercent = 95.0
  /// Below this the same signal is a danger.
  public var veryLowFeedbackPercent = 90.0
  /// Store age in months and how good each is.
  public var storeAgeScale: [[Double]] = [[3, 0], [6, 0.3], [12, 0.6], [36, 1]]
  /// Younger than this (months): `seller-new-store`.
  public var newStoreMonths = 12.0
  /// Younger than this (months): `seller-new-store` is a danger.
  public var veryNewStoreMonths = 3.0
  /// The lowest detailed seller rating (stars) and how good it is.
  public var sellerRatingScale: [[Double]] = [[4.0, 0], [4.5, 0.6], [4.8, 1]]
  /// Below this (stars) `seller-low-detailed-ratings`.
  public var lowSellerRating = 4.5
  /// Followers and how good each count is.
  public var followersScale: [[Double]] = [[10, 0], [100, 0.4], [1000, 0.8], [10000, 1]]

  // MARK: Rating

  /// Prior mean (stars) and weight (pseudo-ratings) of the damped mean used when only an
  /// average and a count are known; a batch replaces them with its own (empirical Bayes).
  public var priorMean = 4.0
  /// See ``priorMean``.
  public var priorWeight = 10.0
  /// z of the Bayesian histogram score (Evan Miller 2015): 1.65 ≈ one-sided 95 %.
  public var bayesianZ = 1.65
  /// Cautious rating (stars) and how good it is.
  public var ratingScale: [[Double]] = [[3.5, 0], [4.0, 0.4], [4.5, 0.8], [4.8, 1]]
  /// Ratings count and how good it is (the first ones matter most).
  public var ratingVolumeScale: [[Double]] = [[0, 0], [10, 0.3], [50, 0.6], [200, 0.9], [1000, 1]]
  /// Fewer ratings than this: `few-ratings`.
  public var fewRatings = 20
  /// `rating-distribution-anomaly`: more than this share of five stars with no one-star, at more
  /// than ``anomalyMinimumRatings`` ratings ("more than 90 % 5★ with near-zero 1★ at >50 reviews
  /// is improbable", utilitymania Review Intelligence, via ANCHORS.md A).
  public var anomalyFiveStarShare = 0.9
  /// See ``anomalyFiveStarShare``.
  public var anomalyMinimumRatings = 50
  /// `orders-reviews-mismatch`: more written reviews than this many times the units sold.
  public var reviewsPerOrderMaximum = 1.2
  /// `orders-reviews-mismatch`: at least this many sold with fewer reviews than
  /// ``minimumReviewShare`` of them.
  public var mismatchMinimumSold = 1000
  /// See ``mismatchMinimumSold``.
  public var minimumReviewShare = 0.002

  // MARK: Reviews on the page

  /// Share of reviews mentioning a defect at which the reviews component reaches 0.
  public var defectShareCeiling = 0.3
  /// Share of reviews mentioning a defect that makes `defect-mentions` a danger (with at least
  /// two such reviews).
  public var defectShareDanger = 0.2
  /// Clean reviews assumed beside the page's own when judging the defect share (smoothing).
  public var defectPriorReviews = 3
  /// At most this many written reviews are read (a page shows a few dozen; hostile pages show
  /// tens of thousands, and the duplicate check compares every pair).
  public var reviewsRead = 300
  /// Word-set similarity (Jaccard of word 3-grams) above which two reviews are near duplicates.
  public var duplicateSimilarity = 0.8
  /// `review-burst`: at least this many reviews on one day …
  public var burstMinimumReviews = 3
  /// … making up at least this share of the dated reviews.
  public var burstShare = 0.4
  /// `after-sale`: the most points the reviews' praise of refunds and packing can add (its
  /// most points off are ``penalties``[`after-sale`]).
  public var afterSaleMaxBonus = 2.0

  // MARK: Terms and item

  /// Return windows (days) and how good each is when returns are free.
  public var returnWindowScale: [[Double]] = [[7, 0.6], [15, 0.8], [30, 1]]
  /// Shorter than this (days): `short-return-window`.
  public var shortReturnWindowDays = 15
  /// Above this price, in the display currency (``displayCurrency``), after converting the
  /// page's price with the reference rates: the `high-value` flag.
  public var highValueThreshold = 100.0
  /// The currency ``highValueThreshold`` is written in; nil: the display currency. The default
  /// is 100 USD, converted to the display currency through the reference rates; setting the
  /// threshold (`--high-value`, or the configuration key without this one) makes it an amount
  /// in the display currency.
  public var highValueCurrency: String? = "USD"
  /// The currency prices are judged and shown in (ISO 4217, "EUR"); nil: from the locale.
  public var displayCurrency: String?
  /// A discount deeper than this share of the "was" price: `price-too-good`.
  public var suspiciousDiscount = 0.75
  /// A price below this share of the batch median for the same product: `price-too-good`.
  public var batchPriceShare = 0.5

  // MARK: Verdict

  /// At or above: `buy` (when no danger signal).
  public var buyScore = 75.0
  /// Below: `avoid`.
  public var avoidScore = 45.0
  /// Share of the weight the page must back with facts; below it, `insufficient-data`.
  public var minimumCoverage = 0.35
  /// The grades and the lowest score that earns each. They line up with the verdict bands: A
  /// and B at or above the "buy" score (75), C and D in the "caution" band, F below the "avoid"
  /// score (45). See ``grade(for:)``.
  public var gradeBands: [GradeBand] = [
    GradeBand("A", from: 85), GradeBand("B", from: 75), GradeBand("C", from: 60), GradeBand("D", from: 45),
    GradeBand("F", from: 0),
  ]

  // MARK: Penalties (points off the score)

  /// Points off for each signal code that is not a component of the score (in a file, keyed by
  /// the code: `"duplicate-reviews": 8`). `rating-distribution-anomaly` is shown but not
  /// scored: a spotless record is suspicious, yet scoring it would let one more five-star rating
  /// lower the score.
  public var penalties: [SignalCode: Double] = [
    .ratingDistributionAnomaly: 0, .ordersReviewsMismatch: 6, .duplicateReviews: 8,
    .reviewBurst: 6, .starTextMismatch: 4, .incentivizedReviews: 5,
    .reviewsFromOtherSellers: 5, .priceTooGood: 8, .sellerPastClaims: 10, .afterSale: 10,
  ]

  /// The defaults.
  public init() {}

  /// The grade of `score`: that of the band with the highest minimum the score reaches (the
  /// lowest band when it reaches none); nil only when there are no bands.
  public func grade(for score: Int) -> String? {
    let value = Double(score)
    var best: GradeBand?
    var lowest: GradeBand?
    for band in gradeBands {
      if value >= band.minimumScore, best.map({ band.minimumScore > $0.minimumScore }) ?? true { best = band }
      if lowest.map({ band.minimumScore < $0.minimumScore }) ?? true { lowest = band }
    }
    return (best ?? lowest)?.grade
  }

  /// Decodes a partial configuration: keys present override the defaults.
  public init(from decoder: any Decoder) throws {
    self.init()
    let container = try decoder.container(keyedBy: CodingKeys.self)
    func read<T: Decodable>(_ key: CodingKeys, _ value: inout T) throws {
      if let decoded = try container.decodeIfPresent(T.self, forKey: key) { value = decoded }
    }
    try read(.weightSellerFeedback, &weightSellerFeedback)
    try read(.weightSellerAge, &weightSellerAge)
    try read(.weightSellerRatings, &weightSellerRatings)
    try read(.weightSellerFollowers, &weightSellerFollowers)
    try read(.weightRatingQuality, &weightRatingQuality)
    try read(.weightRatingVolume, &weightRatingVolume)
    try read(.weightTerms, &weightTerms)
    try read(.weightReviews, &weightReviews)
    try read(.feedbackScale, &feedbackScale)
    try read(.lowFeedbackPercent, &lowFeedbackPercent)
    try read(.veryLowFeedbackPercent, &veryLowFeedbackPercent)
    try read(.storeAgeScale, &storeAgeScale)
    try read(.newStoreMonths, &newStoreMonths)
    try read(.veryNewStoreMonths, &veryNewStoreMonths)
    try read(.sellerRatingScale, &sellerRatingScale)
    try read(.lowSellerRating, &lowSellerRating)
    try read(.followersScale, &followersScale)
    try read(.priorMean, &priorMean)
    try read(.priorWeight, &priorWeight)
    try read(.bayesianZ, &bayesianZ)
    try read(.ratingScale, &ratingScale)
    try read(.ratingVolumeScale, &ratingVolumeScale)
    try read(.fewRatings, &fewRatings)
    try read(.anomalyFiveStarShare, &anomalyFiveStarShare)
    try read(.anomalyMinimumRatings, &anomalyMinimumRatings)
    try read(.reviewsPerOrderMaximum, &reviewsPerOrderMaximum)
    try read(.mismatchMinimumSold, &mismatchMinimumSold)
    try read(.minimumReviewShare, &minimumReviewShare)
    try read(.defectShareCeiling, &defectShareCeiling)
    try read(.defectShareDanger, &defectShareDanger)
    try read(.defectPriorReviews, &defectPriorReviews)
    try read(.reviewsRead, &reviewsRead)
    try read(.duplicateSimilarity, &duplicateSimilarity)
    try read(.burstMinimumReviews, &burstMinimumReviews)
    try read(.burstShare, &burstShare)
    try read(.returnWindowScale, &returnWindowScale)
    try read(.shortReturnWindowDays, &shortReturnWindowDays)
    try read(.afterSaleMaxBonus, &afterSaleMaxBonus)
    if container.contains(.highValueThreshold) { highValueCurrency = nil }
    try read(.highValueThreshold, &highValueThreshold)
    try read(.highValueCurrency, &highValueCurrency)
    try read(.displayCurrency, &displayCurrency)
    try read(.suspiciousDiscount, &suspiciousDiscount)
    try read(.batchPriceShare, &batchPriceShare)
    try read(.buyScore, &buyScore)
    try read(.avoidScore, &avoidScore)
    try read(.minimumCoverage, &minimumCoverage)
    try read(.gradeBands, &gradeBands)
    // Read as text keys: a key that names no signal is ignored, as it always was.
    if let overrides = try container.decodeIfPresent([String: Double].self, forKey: .penalties) {
      for (key, points) in overrides {
        if let code = SignalCode(rawValue: key) { penalties[code] = points }
      }
    }
  }

  /// Reads a configuration file; unknown keys are reported so a typo does not pass silently.
  public static func load(from path: String) throws -> (ScoringConfig, unknownKeys: [String]) {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let config = try JSONDecoder().decode(ScoringConfig.self, from: data)
    let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    let known = Set(CodingKeys.allCases.map(\.rawValue))
    return (config, object.keys.filter { !known.contains($0) }.sorted())
  }

  /// The configuration read when none is named: `$XDG_CONFIG_HOME/caveat/config.json` (else
  /// `$HOME/.config/caveat/config.json`), if that file exists.
  public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    let base =
      environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["HOME"].map { $0 + "/.config" }
    guard let base else { return nil }
    let path = base + "/caveat/config.json"
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  enum CodingKeys: String, CodingKey, CaseIterable {
    case weightSellerFeedback, weightSellerAge, weightSellerRatings, weightSellerFollowers
    case weightRatingQuality, weightRatingVolume, weightTerms, weightReviews
    case feedbackScale, lowFeedbackPercent, veryLowFeedbackPercent, storeAgeScale, newStoreMonths
    case veryNewStoreMonths, sellerRatingScale, lowSellerRating, followersScale
    case priorMean, priorWeight, bayesianZ, ratingScale, ratingVolumeScale, fewRatings
    case anomalyFiveStarShare, anomalyMinimumRatings, reviewsPerOrderMaximum, mismatchMinimumSold
    case minimumReviewShare, defectShareCeiling, defectShareDanger, defectPriorReviews, reviewsRead, duplicateSimilarity
    case burstMinimumReviews, burstShare, returnWindowScale, shortReturnWindowDays
    case afterSaleMaxBonus, highValueCurrency
    case highValueThreshold, displayCurrency, suspiciousDiscount, batchPriceShare, buyScore, avoidScore
    case minimumCoverage, gradeBands, penalties
  }
}

extension Array where Element == [Double] {
  /// The table as (input, output) points, ignoring malformed rows.
  var points: [(Double, Double)] { compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil } }
}
