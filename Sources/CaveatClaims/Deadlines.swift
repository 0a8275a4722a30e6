import CaveatCore

/// Computes a claim's deadlines from the rules table, the page's terms and the shopper's dates.
public enum Deadlines {
  /// Days before a deadline from which it is reported as due soon.
  public static let dueSoonDays = 3

  /// The code of the dispute-window deadline, whichever rule set it.
  public static let disputeWindowCode = "dispute.window"

  /// Member states of the EU, where the withdrawal right and legal guarantee may apply.
  public static let euCountries: Set<String> = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
  ]

  /// The code of the seller's answer window after the shopper wrote to the seller.
  public static let sellerAnswerCode = "seller.answer"

  /// How the withdrawal deadline's text starts when the buyer was never told of the right.
  static let extendedWithdrawalPrefix = "EU right of withdrawal may apply"

  /// The deadlines a resolved claim still follows.
  static let resolvedCodes: Set<String> = ["refund.arrival", "eu.guarantee", "fr.guarantee"]

  /// Every deadline of `claim`, earliest first: the one list that `show`, `due` and the exports
  /// print. Dates past 9999-12-31 are clamped to it.
  ///
  /// Overrides, strongest first: the order page's countdown (`claim.disputeDeadline`), then the
  /// page's terms (`buyerProtectionDays`, `returnWindowDays`), then the platform defaults.
  public static func compute(for claim: Claim, events: [ClaimEvent], today: CalendarDate) -> [Deadline] {
    let context = DeadlineContext(claim: claim, events: events, today: today)
    let rules: [(DeadlineContext) -> [Deadline]] = [
      disputeWindow, disputeOpens, pageReturnWindow, aliExpressDispute, agreedReturn, paymentProtection,
      marketplaceGuarantee, consumerLaw, refundArrival, sellerAnswer,
    ]
    var result = rules.flatMap { rule in rule(context) }
    if claim.state == .resolved { result = result.filter { resolvedCodes.contains($0.code) } }
    return result.sorted { ($0.date, $0.code) < ($1.date, $1.code) }
  }

  /// The dispute window: the order page's countdown, else the end of buyer protection (AliExpress
  /// or the page's terms), cut to 15 days after receipt on AliExpress.
  static func disputeWindow(_ context: DeadlineContext) -> [Deadline] {
    let claim = context.claim
    if let countdown = claim.disputeDeadline {
      return [
        context.deadline(
          disputeWindowCode, countdown, "Open the dispute on the platform (order page countdown).",
          DeadlineRules.orderPageCountdown.source, metBy: [.disputeOpened])
      ]
    }
    let terms = claim.listing.terms
    guard context.isAliExpress || terms.buyerProtectionDays != nil else { return [] }
    let protectionRule = DeadlineRules.aliexpressBuyerProtection
    let protectionDays = terms.buyerProtectionDays ?? protectionRule.days
    let protectionSource =
      terms.buyerProtectionDays != nil
      ? "the listing page's terms (\(protectionDays)-day buyer protection)" : protectionRule.source
    let start = claim.shippedOn ?? claim.orderDate
    let counted = claim.shippedOn == nil ? "from the order date (shipping date unknown)" : "from shipment"
    let protectionEnd = start.plus(days: protectionDays)
    if let received = claim.receivedOn, context.isAliExpress {
      let afterReceipt = received.plus(days: DeadlineRules.aliexpressDisputeAfterReceipt.days)
      if afterReceipt <= protectionEnd {
        return [
          context.deadline(
            disputeWindowCode, afterReceipt,
            "Open the dispute: 15 days after receipt, before protection ends (counted from \(received), assumed to be the day receipt was confirmed or the order completed).",
            DeadlineRules.aliexpressDisputeAfterReceipt.source, metBy: [.disputeOpened])
        ]
      }
    }
    return [
      context.deadline(
        disputeWindowCode, protectionEnd,
        "Open the dispute before buyer protection ends (\(protectionDays) days \(counted)).",
        protectionSource, metBy: [.disputeOpened])
    ]
  }

  /// AliExpress: the earliest day the dispute can be opened, while it is still ahead.
  static func disputeOpens(_ context: DeadlineContext) -> [Deadline] {
    let rule = DeadlineRules.aliexpressDisputeOpens
    guard context.isAliExpress, context.claim.disputeDeadline == nil, let shipped = context.claim.shippedOn,
      !context.events.contains(where: { $0.kind == .disputeOpened })
    else { return [] }
    let date = shipped.plus(days: rule.days)
    guard context.today < date else { return [] }
    return [
      context.deadline(
        rule.code, date, "The earliest day the dispute can be opened (\(rule.days) days after shipment on \(shipped)).",
        rule.source, met: false)
    ]
  }

  /// Amazon's A-to-z Guarantee and eBay's Money Back Guarantee, counted from the delivery day
  /// (the rules count from the latest estimated delivery date, which is never earlier).
  static func marketplaceGuarantee(_ context: DeadlineContext) -> [Deadline] {
    let platform = context.claim.platform.lowercased()
    let rule: DeadlineRule
    if platform.contains("amazon") {
      rule = DeadlineRules.amazonAtoZ
    } else if platform.contains("ebay") {
      rule = DeadlineRules.ebayMoneyBack
    } else {
      return []
    }
    guard let received = context.claim.receivedOn else { return [] }
    let name = rule == DeadlineRules.amazonAtoZ ? "an A-to-z Guarantee refund" : "a Money Back Guarantee refund"
    return [
      context.deadline(
        rule.code, received.plus(days: rule.days),
        "Last day to request \(name) (\(rule.days) days counted from delivery on \(received); the rule counts from the latest estimated delivery date).",
        rule.source, metBy: [.escalated, .disputeOpened])
    ]
  }

  /// The page's own return window, from receipt.
  static func pageReturnWindow(_ context: DeadlineContext) -> [Deadline] {
    let terms = context.claim.listing.terms
    guard let days = terms.returnWindowDays, let received = context.claim.receivedOn else { return [] }
    let free = terms.freeReturns == true ? "free " : ""
    return [
      context.deadline(
        DeadlineRules.pageReturnWindow.code, received.plus(days: days),
        "Ask for the \(free)return within the page's \(days)-day window.",
        DeadlineRules.pageReturnWindow.source, metBy: [.returnAgreed, .returnShipped])
    ]
  }

  /// Inside an AliExpress dispute: the seller's answer and the escalation. The platform
  /// escalates by itself, so a passed escalation day is to check, not overdue, and an
  /// `escalated` (or `returnAgreed`) event logged on any day meets it, as the next step counts it.
  static func aliExpressDispute(_ context: DeadlineContext) -> [Deadline] {
    guard context.isAliExpress, let opened = context.events.first(where: { $0.kind == .disputeOpened }) else {
      return []
    }
    let reply = DeadlineRules.aliexpressSellerResponse
    let escalation = DeadlineRules.aliexpressEscalation
    return [
      context.deadline(
        reply.code, opened.date.plus(days: reply.days),
        "The seller must answer the dispute; without an answer, ask for the automatic refund.",
        reply.source, metBy: [.sellerReplied, .offerReceived], after: opened.date),
      context.deadline(
        escalation.code, opened.date.plus(days: escalation.days),
        "No agreement by then: AliExpress escalates the dispute to platform support by itself; check it on the order page.",
        escalation.source, met: context.events.contains { [.escalated, .returnAgreed].contains($0.kind) },
        automatic: true),
    ]
  }

  /// An agreed return must be shipped.
  static func agreedReturn(_ context: DeadlineContext) -> [Deadline] {
    guard let agreed = context.events.last(where: { $0.kind == .returnAgreed }) else { return [] }
    let rule = DeadlineRules.aliexpressReturnShipment
    return [
      context.deadline(
        rule.code, agreed.date.plus(days: rule.days),
        "Ship the agreed return and record its tracking number.", rule.source, metBy: [.returnShipped],
        after: agreed.date)
    ]
  }

  /// The payment provider's own protection: PayPal's dispute and escalation, a card chargeback.
  static func paymentProtection(_ context: DeadlineContext) -> [Deadline] {
    let claim = context.claim
    switch claim.paymentMethod {
    case .paypal:
      let rule = DeadlineRules.paypalOpen
      var result = [
        context.deadline(
          rule.code, claim.orderDate.plus(days: rule.days), "Last day to open a PayPal dispute.", rule.source,
          metBy: [.paymentDisputeOpened])
      ]
      if claim.buyerCountry == "US", claim.problem != .notReceived, let received = claim.receivedOn {
        result.append(
          context.deadline(
            "paypal.snad.us", received.plus(days: 30),
            "In the US, report an item significantly not as described to PayPal within 30 days of delivery.",
            rule.source, metBy: [.paymentDisputeOpened]))
      }
      if let opened = context.events.first(where: { $0.kind == .paymentDisputeOpened }) {
        let escalate = DeadlineRules.paypalEscalate
        result.append(
          context.deadline(
            escalate.code, opened.date.plus(days: escalate.days),
            "Escalate the PayPal dispute to a claim, or it closes and cannot be reopened.", escalate.source,
            metBy: [.paymentDisputeEscalated], after: opened.date))
      }
      return result
    case .card:
      let rule = DeadlineRules.cardChargeback
      let start = max(claim.orderDate, claim.receivedOn ?? claim.orderDate)
      let counted =
        start > claim.orderDate
        ? "counted from delivery on \(start), as the goods came after the payment"
        : "counted from the order, the safe side"
      return [
        context.deadline(
          rule.code, start.plus(days: rule.days), "Last day to ask your bank for a chargeback (\(counted)).",
          rule.source, metBy: [.paymentDisputeOpened])
      ]
    case .platformBalance, .other:
      return []
    }
  }

  /// Consumer law that may apply from receipt: EU withdrawal and the legal guarantee.
  static func consumerLaw(_ context: DeadlineContext) -> [Deadline] {
    let claim = context.claim
    guard let received = claim.receivedOn, mayApplyEULaw(claim) else { return [] }
    let withdrawal = DeadlineRules.euWithdrawal
    let french = claim.buyerCountry == "FR"
    let guarantee = french ? DeadlineRules.franceGuarantee : DeadlineRules.legalGuarantee
    let initialEnd = received.plus(days: withdrawal.days)
    let withdrawalText: String
    let withdrawalEnd: CalendarDate
    if claim.withdrawalInfoMissing == true {
      // Art. 10(1): the period expires 12 months after the end of the initial 14 days.
      withdrawalEnd = initialEnd.plus(years: 1)
      withdrawalText =
        Self.extendedWithdrawalPrefix
        + ", 12 months longer as the trader never told you of it (14 days ended on \(initialEnd)): send the item back without giving a reason."
    } else {
      withdrawalEnd = initialEnd
      withdrawalText =
        "EU right of withdrawal may apply: send the item back without giving a reason (you pay the return)."
    }
    return [
      context.deadline(
        withdrawal.code, withdrawalEnd, withdrawalText, withdrawal.source, metBy: [.returnAgreed, .returnShipped]),
      context.deadline(
        guarantee.code, received.plus(years: 2),
        french
          ? "Garantie légale de conformité may apply: claim repair or replacement from the seller."
          : "The EU legal guarantee may apply: claim repair, replacement or refund from the seller.",
        guarantee.source, metBy: []),
    ]
  }

  /// A refund that was agreed must arrive.
  static func refundArrival(_ context: DeadlineContext) -> [Deadline] {
    let claim = context.claim
    guard claim.state == .resolved, let resolvedOn = claim.resolvedOn, let outcome = claim.outcome,
      outcome == .fullRefund || outcome.amount != nil
    else { return [] }
    let rule = DeadlineRules.refundRule(claim.paymentMethod)
    let span = DeadlineRules.refundBusinessDays(claim.paymentMethod)
    return [
      context.deadline(
        "refund.arrival", resolvedOn.plus(businessDays: span.upperBound),
        "The refund should have arrived (\(span.lowerBound)–\(span.upperBound) business days); otherwise chase it.",
        rule.source, metBy: [.refundReceived], after: resolvedOn)
    ]
  }

  /// The seller's answer after the shopper wrote (``DeadlineRules/aliexpressSellerResponse`` days
  /// from the last message), the wait ``nextStep(for:events:evidence:today:)`` also counts; any
  /// answer or offer since the message meets it, however late.
  static func sellerAnswer(_ context: DeadlineContext) -> [Deadline] {
    guard context.claim.state == .sellerContacted,
      let contacted = context.events.last(where: { $0.kind == .sellerContacted })?.date
    else { return [] }
    let rule = DeadlineRules.aliexpressSellerResponse
    let replied = context.events.contains {
      [.sellerReplied, .offerReceived].contains($0.kind) && $0.date >= contacted
    }
    return [
      context.deadline(
        sellerAnswerCode, contacted.plus(days: rule.days),
        "The seller's answer is expected (\(rule.days) days after you wrote on \(contacted)); without it, escalate to platform support or open the dispute.",
        rule.source, met: replied)
    ]
  }

  static func mayApplyEULaw(_ claim: Claim) -> Bool {
    if let country = claim.buyerCountry { return euCountries.contains(country) }
    return claim.pricePaid.currency == "EUR"
  }
}
