import CaveatCore

/// An order recorded at purchase, before anything went wrong, so that `claim due` can say when
/// its buyer protection ends and remind the buyer to check the item before confirming receipt.
/// Logging a problem turns it into a claim that keeps its facts.
public struct OrderWatch: Sendable, Codable, Hashable {
  /// The store's identifier; `nil` until stored.
  public var id: Int64?
  /// The day the watch was recorded.
  public var createdOn: CalendarDate
  /// The marketplace ("aliexpress", "amazon", …), lowercase.
  public var platform: String
  /// The order number as the marketplace shows it.
  public var orderNumber: String
  /// The day the order was placed and paid.
  public var orderDate: CalendarDate
  /// What was paid, shipping included.
  public var pricePaid: Money
  /// How it was paid.
  public var paymentMethod: PaymentMethod
  /// The day the seller shipped, if known (buyer protection counts from it).
  public var shippedOn: CalendarDate?
  /// The delivery date the order page promises, if known.
  public var expectedOn: CalendarDate?
  /// The buyer's country (ISO 3166-1 alpha-2).
  public var buyerCountry: String?
  /// The listing as it was when bought.
  public var listing: ClaimListing
  /// The claim the watch became, once a problem was logged.
  public var claimID: Int64?

  /// Creates a watch.
  public init(
    id: Int64? = nil, createdOn: CalendarDate, platform: String, orderNumber: String, orderDate: CalendarDate,
    pricePaid: Money, paymentMethod: PaymentMethod, shippedOn: CalendarDate? = nil, expectedOn: CalendarDate? = nil,
    buyerCountry: String? = nil, listing: ClaimListing = ClaimListing(), claimID: Int64? = nil
  ) {
    self.id = id
    self.createdOn = createdOn
    self.platform = platform
    self.orderNumber = orderNumber
    self.orderDate = orderDate
    self.pricePaid = pricePaid
    self.paymentMethod = paymentMethod
    self.shippedOn = shippedOn
    self.expectedOn = expectedOn
    self.buyerCountry = buyerCountry
    self.listing = listing
    self.claimID = claimID
  }

  /// A watch from a claim being opened by hand or from a page: the claim's order facts.
  public init(claim: Claim, expectedOn: CalendarDate?) {
    self.init(
      createdOn: claim.createdOn, platform: claim.platform, orderNumber: claim.orderNumber,
      orderDate: claim.orderDate, pricePaid: claim.pricePaid, paymentMethod: claim.paymentMethod,
      shippedOn: claim.shippedOn, expectedOn: expectedOn, buyerCountry: claim.buyerCountry,
      listing: claim.listing)
  }

  /// Whether the watch still waits (no claim made of it yet).
  public var isActive: Bool { claimID == nil }

  /// The claim this watch becomes when a problem is logged: every order fact kept; the
  /// shipping day and country given now fill those the watch lacks.
  public func claim(
    createdOn: CalendarDate, problem: ProblemKind, description: String, receivedOn: CalendarDate?,
    trackingNumber: String? = nil, shippedOn: CalendarDate? = nil, disputeDeadline: CalendarDate? = nil,
    buyerCountry: String? = nil
  ) -> Claim {
    Claim(
      createdOn: createdOn, platform: platform, orderNumber: orderNumber, orderDate: orderDate,
      pricePaid: pricePaid, paymentMethod: paymentMethod, trackingNumber: trackingNumber,
      shippedOn: shippedOn ?? self.shippedOn, receivedOn: receivedOn, problem: problem, description: description,
      listing: listing, disputeDeadline: disputeDeadline, buyerCountry: buyerCountry ?? self.buyerCountry)
  }

  /// The watch's facts as a claim, for the validation and the payment rules it shares with
  /// claims (nothing received, no problem yet).
  var asClaim: Claim {
    Claim(
      id: id, createdOn: createdOn, platform: platform, orderNumber: orderNumber, orderDate: orderDate,
      pricePaid: pricePaid, paymentMethod: paymentMethod, shippedOn: shippedOn, problem: .notReceived,
      description: "", listing: listing, buyerCountry: buyerCountry)
  }
}

/// The dates an order watch follows: the expected delivery, the end of buyer protection, the
/// marketplace guarantee counted from the expected delivery, and the payment's own protection.
public enum WatchDeadlines {
  /// The code of the end of buyer protection.
  public static let protectionCode = "watch.protection"
  /// The code of the expected delivery.
  public static let deliveryCode = "watch.delivery"

  /// The reminder every watch carries.
  public static func reminder(_ language: DraftLanguage) -> String {
    language.pick(
      "Check the item before confirming receipt: confirming can end the buyer protection.",
      "Vérifiez l'article avant de confirmer la réception : la confirmation peut mettre fin à la protection acheteur.")
  }

  /// The watch's dates, earliest first, their status measured on `today`.
  public static func compute(for watch: OrderWatch, today: CalendarDate) -> [Deadline] {
    let claim = watch.asClaim
    let context = DeadlineContext(claim: claim, events: [], today: today)
    var result: [Deadline] = []
    if let expected = watch.expectedOn {
      result.append(
        context.deadline(
          deliveryCode, expected,
          "Delivery expected: check the item before confirming receipt; if nothing came, log the problem (not-received).",
          "the order page's estimated delivery date, as you gave it", met: false))
    }
    let terms = watch.listing.terms
    if context.isAliExpress || terms.buyerProtectionDays != nil {
      let rule = DeadlineRules.aliexpressBuyerProtection
      let days = terms.buyerProtectionDays ?? rule.days
      let source =
        terms.buyerProtectionDays != nil ? "the listing page's terms (\(days)-day buyer protection)" : rule.source
      let start = watch.shippedOn ?? watch.orderDate
      let counted = watch.shippedOn == nil ? "from the order date (shipping date unknown)" : "from shipment"
      result.append(
        context.deadline(
          protectionCode, start.plus(days: days),
          "Buyer protection ends (\(days) days \(counted)): check the item before confirming receipt, and log any problem before then.",
          source, met: false))
    }
    let platform = watch.platform.lowercased()
    if let expected = watch.expectedOn, platform.contains("amazon") || platform.contains("ebay") {
      let rule = platform.contains("amazon") ? DeadlineRules.amazonAtoZ : DeadlineRules.ebayMoneyBack
      let name = rule == DeadlineRules.amazonAtoZ ? "an A-to-z Guarantee refund" : "a Money Back Guarantee refund"
      result.append(
        context.deadline(
          rule.code, expected.plus(days: rule.days),
          "Last day to request \(name) (\(rule.days) days after the expected delivery on \(expected)).", rule.source,
          met: false))
    }
    result += Deadlines.paymentProtection(context)
    return result.sorted { ($0.date, $0.code) < ($1.date, $1.code) }
  }
}
