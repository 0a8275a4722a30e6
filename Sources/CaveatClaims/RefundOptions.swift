import CaveatCore

/// The settlements a shopper can ask for, weighed against each other.
public enum RefundOptions {
  /// A kind of settlement.
  public enum Kind: String, Sendable, Codable, Hashable, CaseIterable {
    /// All the money back (after returning the item, unless it never arrived).
    case fullRefund
    /// Part of the money back; the shopper keeps the item.
    case partialRefund
    /// A replacement item.
    case exchange
  }

  /// How much work an option is for the shopper.
  public enum Effort: String, Sendable, Codable, Hashable, Comparable {
    /// A message or two.
    case low
    /// Some back and forth, no parcel to send.
    case medium
    /// Packing, posting and tracking a return.
    case high

    var rank: Int {
      switch self {
      case .low: 0
      case .medium: 1
      case .high: 2
      }
    }

    /// Orders by amount of work.
    public static func < (lhs: Effort, rhs: Effort) -> Bool { lhs.rank < rhs.rank }
  }

  /// One settlement, with what it brings and what it costs.
  public struct Option: Sendable, Codable, Hashable {
    /// The settlement.
    public var kind: Kind
    /// Money that comes back.
    public var moneyBack: Money
    /// Business days until the money arrives once agreed, by payment method; `nil` when none comes.
    public var daysUntilMoney: ClosedRange<Int>?
    /// Whether the item must be sent back first.
    public var needsReturn: Bool
    /// The cost of sending the item back, when known (0 with free returns).
    public var returnShippingCost: Money?
    /// The work involved.
    public var effort: Effort
    /// For a partial refund, the amount to ask for.
    public var suggestedAmount: Money?
    /// Why, in short sentences.
    public var reasons: [String]
  }

  /// The options for `claim`, best first.
  ///
  /// - Parameter returnShippingCost: what posting the item back would cost, if known; free
  ///   returns on the page make it zero.
  public static func evaluate(claim: Claim, evidence: [Evidence], returnShippingCost: Money? = nil) -> [Option] {
    let price = claim.pricePaid
    let refundDays = DeadlineRules.refundBusinessDays(claim.paymentMethod)
    let method = claim.paymentMethod.rawValue
    let returnCost: Money? =
      claim.listing.terms.freeReturns == true ? Money(amount: 0, currency: price.currency) : returnShippingCost
    let buyerReturnCost = returnCost?.amount ?? 0
    var scored: [(option: Option, value: Double)] = []

    // Full refund.
    if claim.problem == .notReceived {
      scored.append(
        (
          Option(
            kind: .fullRefund, moneyBack: price, daysUntilMoney: refundDays, needsReturn: false,
            returnShippingCost: nil, effort: .low, suggestedAmount: nil,
            reasons: [
              "Nothing arrived, so nothing goes back: the whole \(formatted(price)) is due.",
              "Refund to \(method): \(refundDays.lowerBound)–\(refundDays.upperBound) business days.",
            ]),
          price.amount
        ))
    } else {
      var reasons = [
        "All \(formatted(price)) back after the item is returned.",
        "Refund to \(method): \(refundDays.lowerBound)–\(refundDays.upperBound) business days after the seller receives the return.",
        "The store pays the return for a defective, misdescribed or wrong item (AliExpress rule), but you may have to advance it.",
        "An agreed return must be shipped within 10 days.",
      ]
      if let cost = returnCost {
        if cost.amount == 0 {
          reasons.append("Returns are free on this listing.")
        } else {
          let share = Int((cost.amount / price.amount * 100).rounded())
          reasons.append("Posting it back costs \(formatted(cost)), \(share)% of the price.")
        }
      } else {
        reasons.append("The cost of posting it back is not known yet.")
      }
      scored.append(
        (
          Option(
            kind: .fullRefund, moneyBack: price, daysUntilMoney: refundDays, needsReturn: true,
            returnShippingCost: returnCost, effort: .high, suggestedAmount: nil, reasons: reasons),
          price.amount - buyerReturnCost - penalty(.high, price)
        ))
    }

    // Partial refund.
    if claim.problem != .notReceived {
      let suggested = suggestedPartialRefund(claim: claim, evidence: evidence)
      let missing = EvidenceRules.missing(for: claim.problem, evidence: evidence, language: .en)
      var reasons = [
        "Keep the item and get \(formatted(suggested)) back (\(Int((suggested.amount / price.amount * 100).rounded()))% of the price).",
        "Refund to \(method): \(refundDays.lowerBound)–\(refundDays.upperBound) business days.",
      ]
      reasons.append(
        missing.isEmpty
          ? "Your evidence covers what the platform asks for, which supports the amount."
          : "With \(missing.first ?? "the required evidence") the amount would be easier to defend.")
      scored.append(
        (
          Option(
            kind: .partialRefund, moneyBack: suggested, daysUntilMoney: refundDays, needsReturn: false,
            returnShippingCost: nil, effort: .low, suggestedAmount: suggested, reasons: reasons),
          suggested.amount + usefulness(claim.problem) * price.amount
        ))
    }

    // Exchange.
    let exchangeNeedsReturn = [.defective, .wrongItem, .wrongSize, .notAsDescribed].contains(claim.problem)
    var exchangeReasons = ["No money back: a replacement is sent instead."]
    if let received = claim.receivedOn {
      let transit = (claim.shippedOn ?? claim.orderDate).days(until: received)
      exchangeReasons.append("The first parcel took \(transit) days; expect about as long again.")
    }
    if exchangeNeedsReturn { exchangeReasons.append("The seller will usually want the item back first.") }
    let exchangeEffort: Effort = exchangeNeedsReturn ? .high : .medium
    scored.append(
      (
        Option(
          kind: .exchange, moneyBack: Money(amount: 0, currency: price.currency), daysUntilMoney: nil,
          needsReturn: exchangeNeedsReturn, returnShippingCost: exchangeNeedsReturn ? returnCost : nil,
          effort: exchangeEffort, suggestedAmount: nil, reasons: exchangeReasons),
        price.amount * 0.9 - (exchangeNeedsReturn ? buyerReturnCost : 0) - penalty(exchangeEffort, price)
      ))

    let order: [Kind] = [.fullRefund, .partialRefund, .exchange]
    return scored.sorted { lhs, rhs in
      if lhs.value != rhs.value { return lhs.value > rhs.value }
      return (order.firstIndex(of: lhs.option.kind) ?? 0) < (order.firstIndex(of: rhs.option.kind) ?? 0)
    }.map(\.option)
  }

  /// The partial refund to ask for: a share of the price set by the problem, scaled down when
  /// the evidence does not yet cover what the platform asks for.
  public static func suggestedPartialRefund(claim: Claim, evidence: [Evidence]) -> Money {
    let share: Double
    switch claim.problem {
    case .damaged: share = 0.30
    case .defective: share = 0.50
    case .notAsDescribed: share = 0.40
    case .wrongSize: share = 0.30
    case .missingParts: share = 0.25
    case .wrongItem: share = 0.50
    case .notReceived: share = 1.0
    }
    let strength: Double
    if evidence.isEmpty {
      strength = 0.6
    } else if EvidenceRules.missing(for: claim.problem, evidence: evidence, language: .en).isEmpty {
      strength = 1.0
    } else {
      strength = 0.8
    }
    let cents = (claim.pricePaid.amount * share * strength * 100).rounded()
    return Money(amount: max(cents, 1) / 100, currency: claim.pricePaid.currency)
  }

  /// How much of the item's use the shopper keeps, by problem.
  private static func usefulness(_ problem: ProblemKind) -> Double {
    switch problem {
    case .defective, .notReceived: 0
    case .wrongItem: 0.2
    case .wrongSize: 0.3
    case .notAsDescribed: 0.5
    case .damaged: 0.6
    case .missingParts: 0.7
    }
  }

  private static func penalty(_ effort: Effort, _ price: Money) -> Double {
    switch effort {
    case .low: 0
    case .medium: price.amount * 0.15
    case .high: price.amount * 0.25
    }
  }
}
