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

  /// The options for `claim`, best first, their reasons in `language`.
  ///
  /// - Parameter returnShippingCost: what posting the item back would cost, if known; free
  ///   returns on the page make it zero.
  public static func evaluate(
    claim: Claim, evidence: [Evidence], returnShippingCost: Money? = nil, language: DraftLanguage = .en
  ) -> [Option] {
    let pick = language.pick
    let money = { (value: Money) in formatted(value, language) }
    let price = claim.pricePaid
    let refundDays = DeadlineRules.refundBusinessDays(claim.paymentMethod)
    let method = ClaimWords.payment(claim.paymentMethod, language)
    let span = "\(refundDays.lowerBound)\(pick("–", " à "))\(refundDays.upperBound)"
    let isAliExpress = claim.platform.lowercased().contains("aliexpress")
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
              pick(
                "Nothing arrived, so nothing goes back: the whole \(money(price)) is due.",
                "Rien n'est arrivé, donc rien à renvoyer : la totalité des \(money(price)) est due."),
              pick(
                "Refund to \(method): \(span) business days.", "Remboursement sur \(method) : \(span) jours ouvrés."),
            ]),
          price.amount
        ))
    } else {
      var reasons = [
        pick(
          "All \(money(price)) back after the item is returned.",
          "Les \(money(price)) remboursés après le retour de l'article."),
        pick(
          "Refund to \(method): \(span) business days after the seller receives the return.",
          "Remboursement sur \(method) : \(span) jours ouvrés après réception du retour par le vendeur."),
      ]
      if isAliExpress {
        reasons.append(
          pick(
            "On AliExpress the store pays the return for a defective, misdescribed or wrong item, but you may have to advance it; an agreed return must be shipped within 10 days.",
            "Sur AliExpress, le vendeur paie le retour d'un article défectueux, non conforme ou erroné, mais vous devrez peut-être l'avancer ; un retour accepté doit être expédié sous 10 jours."
          ))
      }
      if let cost = returnCost {
        if cost.amount == 0 {
          reasons.append(pick("Returns are free on this listing.", "Les retours sont gratuits sur cette annonce."))
        } else {
          let share = Int((cost.amount / price.amount * 100).rounded())
          reasons.append(
            pick(
              "Posting it back costs \(money(cost)), \(share)% of the price.",
              "Le renvoi coûte \(money(cost)), soit \(share) % du prix."))
        }
      } else {
        reasons.append(
          pick("The cost of posting it back is not known yet.", "Le coût du renvoi n'est pas encore connu."))
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
      let percent = Int((suggested.amount / price.amount * 100).rounded())
      var reasons = [
        pick(
          "Keep the item and get \(money(suggested)) back (\(percent)% of the price).",
          "Vous gardez l'article et récupérez \(money(suggested)) (\(percent) % du prix)."),
        pick("Refund to \(method): \(span) business days.", "Remboursement sur \(method) : \(span) jours ouvrés."),
      ]
      reasons.append(contentsOf: shareReasons(claim: claim, evidence: evidence, language: language))
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
    var exchangeReasons = [
      pick(
        "No money back: a replacement is sent instead.", "Pas de remboursement : un article de remplacement est envoyé."
      )
    ]
    if let received = claim.receivedOn {
      let transit = (claim.shippedOn ?? claim.orderDate).days(until: received)
      exchangeReasons.append(
        pick(
          "The first parcel took \(transit) days; expect about as long again.",
          "Le premier colis a mis \(transit) jours ; comptez à peu près autant."))
    }
    if exchangeNeedsReturn {
      exchangeReasons.append(
        pick(
          "The seller will usually want the item back first.",
          "Le vendeur voudra en général récupérer l'article d'abord."))
    }
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

  /// Why the partial refund is the amount it is: the share of the price for the problem (an
  /// estimate, said to be one, next to the rule that allows a partial refund at all) and how
  /// the evidence on record scales it.
  static func shareReasons(claim: Claim, evidence: [Evidence], language: DraftLanguage) -> [String] {
    let pick = language.pick
    let share = Int((problemShare(claim.problem) * 100).rounded())
    let problem = ClaimWords.problem(claim.problem, language)
    var reasons = [
      pick(
        "Why \(share)% for \"\(problem)\": Caveat's estimate of the value lost when you keep and use the item, not a platform figure; AliExpress's \"refund only\" allows a partial refund when the buyer keeps an item (AliExpress help, copy at christinasbeautyjourney.blogspot.com 2022-03). Ask more if the loss is larger: a repair quote supports it.",
        "Pourquoi \(share) % pour « \(problem) » : estimation par Caveat de la valeur perdue si vous gardez et utilisez l'article, pas un chiffre de la plateforme ; le « remboursement seul » d'AliExpress permet un remboursement partiel quand l'acheteur garde l'article (aide AliExpress, copie sur christinasbeautyjourney.blogspot.com 2022-03). Demandez plus si la perte est plus grande : un devis de réparation l'appuie."
      )
    ]
    let missing = EvidenceRules.missing(for: claim.problem, evidence: evidence, language: language)
    if evidence.isEmpty {
      reasons.append(
        pick(
          "No evidence on record yet, so the ask is 60% of that share; it rises with the evidence.",
          "Aucune preuve enregistrée, la demande est donc de 60 % de cette part ; elle augmente avec les preuves."))
    } else if missing.isEmpty {
      reasons.append(
        pick(
          "Your evidence covers what the platform asks for, which supports the whole share.",
          "Vos preuves couvrent ce que demande la plateforme, ce qui appuie la part entière."))
    } else {
      reasons.append(
        pick(
          "The evidence covers part of what the platform asks for, so the ask is 80% of that share. Still missing: \(missing[0])",
          "Les preuves couvrent une partie de ce que demande la plateforme, la demande est donc de 80 % de cette part. Il manque encore : \(missing[0])"
        ))
    }
    return reasons
  }

  /// The partial refund to ask for: a share of the price set by the problem, scaled down when
  /// the evidence does not yet cover what the platform asks for.
  public static func suggestedPartialRefund(claim: Claim, evidence: [Evidence]) -> Money {
    let share = problemShare(claim.problem)
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

  /// The share of the price a partial refund asks for, by problem (Caveat's estimate).
  static func problemShare(_ problem: ProblemKind) -> Double {
    switch problem {
    case .damaged: 0.30
    case .defective: 0.50
    case .notAsDescribed: 0.40
    case .wrongSize: 0.30
    case .missingParts: 0.25
    case .wrongItem: 0.50
    case .notReceived: 1.0
    }
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
