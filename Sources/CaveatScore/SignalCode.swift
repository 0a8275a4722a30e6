import CaveatCore

/// Every reason the scorer can give, by its stable code.
///
/// The raw values are the codes written in `Signal.code` (the JSON contract): a case may be
/// added, never renamed. Messages (``Messages``), penalties (``ScoringConfig/penalties``) and
/// advice all key on this type, so a code without a message does not compile.
public enum SignalCode: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
  // Seller
  /// The store's positive feedback is below ``ScoringConfig/lowFeedbackPercent``.
  case sellerLowPositiveFeedback = "seller-low-positive-feedback"
  /// The store's positive feedback is good.
  case sellerGoodFeedback = "seller-good-feedback"
  /// The store is younger than ``ScoringConfig/newStoreMonths``.
  case sellerNewStore = "seller-new-store"
  /// The store has been open long enough.
  case sellerEstablished = "seller-established"
  /// The shop's own star rating (the page gives no positive-feedback share), judged with its
  /// count.
  case sellerShopRating = "seller-shop-rating"
  /// The shop's star rating, judged with its count, is below ``ScoringConfig/lowSellerRating``.
  case sellerLowShopRating = "seller-low-shop-rating"
  /// A detailed seller rating is below ``ScoringConfig/lowSellerRating``.
  case sellerLowDetailedRatings = "seller-low-detailed-ratings"
  /// The detailed seller ratings, all good enough.
  case sellerDetailedRatings = "seller-detailed-ratings"
  /// Badges the page shows for the store.
  case sellerBadges = "seller-badges"
  /// The page says nothing about the store.
  case sellerUnknown = "seller-unknown"
  // Rating
  /// The product rating judged with its count.
  case ratingScore = "rating-score"
  /// Fewer ratings than ``ScoringConfig/fewRatings``.
  case fewRatings = "few-ratings"
  /// No ratings at all.
  case noRatings = "no-ratings"
  /// Almost only five stars and not one single star.
  case ratingDistributionAnomaly = "rating-distribution-anomaly"
  /// Written reviews out of proportion with the units sold.
  case ordersReviewsMismatch = "orders-reviews-mismatch"
  // Reviews on the page
  /// Reviews that mention a defect.
  case defectMentions = "defect-mentions"
  /// No review on the page mentions a defect.
  case noDefectMentions = "no-defect-mentions"
  /// Near-identical reviews.
  case duplicateReviews = "duplicate-reviews"
  /// Many reviews posted on one day.
  case reviewBurst = "review-burst"
  /// The page pools reviews of other sellers or variants.
  case reviewsFromOtherSellers = "reviews-from-other-sellers"
  /// Stars that contradict the review's words.
  case starTextMismatch = "star-text-mismatch"
  /// Reviews for a free or rewarded item.
  case incentivizedReviews = "incentivized-reviews"
  /// What the reviews say about the after-sale: refunds refused or late, an unresponsive
  /// seller, disputes, broken arrivals and packing (a penalty), or quick refunds and good
  /// packing (a small bonus).
  case afterSale = "after-sale"
  // Terms
  /// Free returns.
  case freeReturns = "free-returns"
  /// Returns are not free.
  case noFreeReturns = "no-free-returns"
  /// The buyer pays the return shipping.
  case buyerPaysReturnShipping = "buyer-pays-return-shipping"
  /// A return window shorter than ``ScoringConfig/shortReturnWindowDays``.
  case shortReturnWindow = "short-return-window"
  /// The page does not state the return terms.
  case termsUnknown = "terms-unknown"
  /// Buyer protection and its length.
  case buyerProtection = "buyer-protection"
  // Item
  /// A fragile item.
  case fragile
  /// A price above ``ScoringConfig/highValueThreshold``.
  case highValue = "high-value"
  /// A price far below the "was" price or the batch's other offers.
  case priceTooGood = "price-too-good"
  /// The price could not be converted to the display currency (no rate for its currency).
  case priceNotConverted = "price-not-converted"
  /// A kind of item shops usually exclude from returns or from free returns.
  case returnExclusion = "return-exclusion"
  /// The page shows no description and no specifications that could be read.
  case noDescription = "no-description"
  /// The description is a few words and the page lists no specifications.
  case vagueDescription = "vague-description"
  // History
  /// The shopper's own past claims against the seller.
  case sellerPastClaims = "seller-past-claims"
  // Verdict
  /// The page holds too little to judge.
  case insufficientData = "insufficient-data"
}

extension Signal {
  /// The code as a ``SignalCode`` (nil for a code this version does not know).
  public var signalCode: SignalCode? { SignalCode(rawValue: code) }

  /// Creates a signal with a typed code.
  init(
    _ code: SignalCode, severity: Severity, message: String, evidence: [String], points: Double? = nil,
    parts: [SignalCode]? = nil
  ) {
    self.init(
      code: code.rawValue, severity: severity, message: message, evidence: evidence, points: points,
      parts: parts.map { $0.map(\.rawValue) })
  }
}
