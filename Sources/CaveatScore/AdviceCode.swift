import CaveatCore

/// Every piece of advice the scorer can give, by its stable code.
///
/// The raw values are the codes written in `Advice.code` (the JSON contract): a case may be
/// added, never renamed. ``Messages`` writes each one, exhaustively.
public enum AdviceCode: String, Sendable, Codable, CaseIterable {
  /// Prefer a store with a long, good record.
  case chooseReputableSeller = "choose-reputable-seller"
  /// Prefer an offer with free returns.
  case chooseFreeReturns = "choose-free-returns"
  /// Read (or ask for) the return terms.
  case readReturnTerms = "read-return-terms"
  /// Pay in a way that keeps a chargeback or buyer-protection claim open.
  case payWithProtection = "pay-with-protection"
  /// Film the unboxing.
  case filmUnboxing = "film-unboxing"
  /// Do not confirm receipt before checking the item.
  case doNotConfirmEarly = "do-not-confirm-early"
  /// Look at the review photos and the worst reviews.
  case lookAtReviewPhotos = "look-at-review-photos"
  /// Ask how the item is packed.
  case askPackaging = "ask-packaging"
  /// Compare with other offers of the product.
  case compareOffers = "compare-offers"
  /// Look for ratings of this store itself.
  case checkThisSeller = "check-this-seller"
  /// Consider another store: the shopper had trouble with this one.
  case avoidSellerHistory = "avoid-seller-history"
  /// Keep the saved page as evidence.
  case saveThePage = "save-the-page"
  /// Ask the seller whether this kind of item can be returned, before buying.
  case askAboutReturns = "ask-about-returns"
}

extension Advice {
  /// The code as an ``AdviceCode`` (nil for a code this version does not know).
  public var adviceCode: AdviceCode? { AdviceCode(rawValue: code) }

  /// Creates advice with a typed code.
  init(_ code: AdviceCode, message: String) {
    self.init(code: code.rawValue, message: message)
  }
}
