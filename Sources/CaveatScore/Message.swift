/// A sentence the scorer writes: a signal's, an advice's, or a piece of one.
enum Message: Hashable, Sendable, CaseIterable {
  /// What a signal says.
  case signal(SignalCode)
  /// What a piece of advice says.
  case advice(AdviceCode)
  /// A piece of a sentence, or a signal's second cause.
  case part(Part)

  /// Pieces of sentences, and the sentences of a signal's second cause.
  enum Part: Hashable, Sendable, CaseIterable {
    /// Appended to the feedback message when the number of ratings is known.
    case feedbackCountSuffix
    /// Appended to the shop-rating messages when the number of ratings is known.
    case shopRatingCountSuffix
    /// `rating-score` when the page counts only written reviews.
    case ratingFromReviews
    /// Appended to `free-returns` when the window is known.
    case withinDays
    /// `orders-reviews-mismatch` when there are too few reviews for the units sold.
    case tooFewReviewsForOrders
    /// `price-too-good` when the price is far below the batch median.
    case belowBatchPrice
    /// `seller-low-positive-feedback` when the count is known: the bound is what was tested.
    case lowFeedbackBound
    /// The returns line when returns are not free and the buyer pays the return shipping.
    case notFreeBuyerPays
    /// The returns line when returns are free within a short window.
    case freeReturnsShortWindow
    /// `high-value` when the price was converted to the display currency.
    case highValueConverted
    /// `price-not-converted` when the page's price names no currency.
    case priceWithoutCurrency
    /// "in the title", where a cue was read.
    case inTitle
    /// "in the category", where a cue was read.
    case inCategory
    /// `after-sale` when the reviews only praise the after-sale or the packing.
    case afterSalePraise
  }

  /// Every message.
  static var allCases: [Message] {
    SignalCode.allCases.map(Message.signal) + AdviceCode.allCases.map(Message.advice) + Part.allCases.map(Message.part)
  }
}
