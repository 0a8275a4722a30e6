import CaveatCore

/// One dated deadline of a claim.
public struct Deadline: Sendable, Hashable, Codable {
  /// Where the deadline stands relative to today.
  public enum Status: String, Sendable, Hashable, Codable {
    /// More than the warning period away.
    case upcoming
    /// Within the warning period (today included).
    case dueSoon
    /// Passed without the action being recorded.
    case overdue
    /// The action was recorded in time.
    case met
  }

  /// The rule's code ("dispute.window", "paypal.open").
  public var code: String
  /// The last day to act (inclusive).
  public var date: CalendarDate
  /// What to do by then.
  public var description: String
  /// Where the number comes from.
  public var source: String
  /// Where it stands.
  public var status: Status
}

/// What the shopper should do next.
public struct NextStep: Sendable, Hashable, Codable {
  /// One sentence.
  public var text: String
  /// The deadline it is about, if any.
  public var deadline: Deadline?
  /// Whether it cannot wait.
  public var urgent: Bool
}

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

  /// Every deadline of `claim`, earliest first. Dates past 9999-12-31 are clamped to it.
  ///
  /// Overrides, strongest first: the order page's countdown (`claim.disputeDeadline`), then the
  /// page's terms (`buyerProtectionDays`, `returnWindowDays`), then the platform defaults.
  public static func compute(for claim: Claim, events: [ClaimEvent], today: CalendarDate) -> [Deadline] {
    let events = events.filter { $0.claimID == claim.id || claim.id == nil }.sorted { $0.date < $1.date }
    var result: [Deadline] = []
    func add(
      _ code: String, _ date: CalendarDate, _ text: String, _ source: String,
      metBy kinds: Set<ClaimEventKind>, after start: CalendarDate = .minimum
    ) {
      let met = events.contains { kinds.contains($0.kind) && $0.date >= start && $0.date <= date }
      result.append(
        Deadline(
          code: code, date: date, description: text, source: source,
          status: status(date: date, met: met, today: today)))
    }
    let isAliExpress = claim.platform.lowercased().contains("aliexpress")
    let terms = claim.listing.terms

    // The dispute window.
    if let countdown = claim.disputeDeadline {
      add(
        disputeWindowCode, countdown, "Open the dispute on the platform (order page countdown).",
        DeadlineRules.orderPageCountdown.source, metBy: [.disputeOpened])
    } else if isAliExpress || terms.buyerProtectionDays != nil {
      let protectionRule = DeadlineRules.aliexpressBuyerProtection
      let protectionDays = terms.buyerProtectionDays ?? protectionRule.days
      let protectionSource =
        terms.buyerProtectionDays != nil
        ? "the listing page's terms (\(protectionDays)-day buyer protection)" : protectionRule.source
      let start = claim.shippedOn ?? claim.orderDate
      let counted = claim.shippedOn == nil ? "from the order date (shipping date unknown)" : "from shipment"
      let protectionEnd = start.plus(days: protectionDays)
      if let received = claim.receivedOn, isAliExpress {
        let afterReceipt = received.plus(days: DeadlineRules.aliexpressDisputeAfterReceipt.days)
        if afterReceipt <= protectionEnd {
          add(
            disputeWindowCode, afterReceipt, "Open the dispute: 15 days after receipt, before protection ends.",
            DeadlineRules.aliexpressDisputeAfterReceipt.source, metBy: [.disputeOpened])
        } else {
          add(
            disputeWindowCode, protectionEnd,
            "Open the dispute before buyer protection ends (\(protectionDays) days \(counted)).",
            protectionSource, metBy: [.disputeOpened])
        }
      } else {
        add(
          disputeWindowCode, protectionEnd,
          "Open the dispute before buyer protection ends (\(protectionDays) days \(counted)).",
          protectionSource, metBy: [.disputeOpened])
      }
    }

    // The page's own return window.
    if let days = terms.returnWindowDays, let received = claim.receivedOn {
      let free = terms.freeReturns == true ? "free " : ""
      add(
        DeadlineRules.pageReturnWindow.code, received.plus(days: days),
        "Ask for the \(free)return within the page's \(days)-day window.",
        DeadlineRules.pageReturnWindow.source, metBy: [.returnAgreed, .returnShipped])
    }

    // Inside an AliExpress dispute.
    if isAliExpress, let opened = events.first(where: { $0.kind == .disputeOpened }) {
      let reply = DeadlineRules.aliexpressSellerResponse
      add(
        reply.code, opened.date.plus(days: reply.days),
        "The seller must answer the dispute; without an answer, ask for the automatic refund.",
        reply.source, metBy: [.sellerReplied, .offerReceived], after: opened.date)
      let escalation = DeadlineRules.aliexpressEscalation
      add(
        escalation.code, opened.date.plus(days: escalation.days),
        "No agreement by then: make sure the dispute is escalated to platform support.",
        escalation.source, metBy: [.escalated, .returnAgreed], after: opened.date)
    }

    // An agreed return.
    if let agreed = events.last(where: { $0.kind == .returnAgreed }) {
      let rule = DeadlineRules.aliexpressReturnShipment
      add(
        rule.code, agreed.date.plus(days: rule.days),
        "Ship the agreed return and record its tracking number.", rule.source, metBy: [.returnShipped],
        after: agreed.date)
    }

    // The payment provider's own protection.
    switch claim.paymentMethod {
    case .paypal:
      let rule = DeadlineRules.paypalOpen
      add(
        rule.code, claim.orderDate.plus(days: rule.days), "Last day to open a PayPal dispute.", rule.source,
        metBy: [.paymentDisputeOpened])
      if let opened = events.first(where: { $0.kind == .paymentDisputeOpened }) {
        let escalate = DeadlineRules.paypalEscalate
        add(
          escalate.code, opened.date.plus(days: escalate.days),
          "Escalate the PayPal dispute to a claim, or it closes and cannot be reopened.", escalate.source,
          metBy: [.paymentDisputeEscalated], after: opened.date)
      }
    case .card:
      let rule = DeadlineRules.cardChargeback
      add(
        rule.code, claim.orderDate.plus(days: rule.days),
        "Last day to ask your bank for a chargeback (counted from the order, the safe side).", rule.source,
        metBy: [.paymentDisputeOpened])
    case .platformBalance, .other:
      break
    }

    // Consumer law that may apply.
    if let received = claim.receivedOn, mayApplyEULaw(claim) {
      let withdrawal = DeadlineRules.euWithdrawal
      add(
        withdrawal.code, received.plus(days: withdrawal.days),
        "EU right of withdrawal may apply: send the item back without giving a reason (you pay the return).",
        withdrawal.source, metBy: [.returnAgreed, .returnShipped])
      let guarantee = claim.buyerCountry == "FR" ? DeadlineRules.franceGuarantee : DeadlineRules.legalGuarantee
      add(
        guarantee.code, received.plus(years: 2),
        claim.buyerCountry == "FR"
          ? "Garantie légale de conformité may apply: claim repair or replacement from the seller."
          : "The EU legal guarantee may apply: claim repair, replacement or refund from the seller.",
        guarantee.source, metBy: [])
    }

    // A refund that was agreed.
    if claim.state == .resolved, let resolvedOn = claim.resolvedOn, let outcome = claim.outcome,
      outcome == .fullRefund || outcome.amount != nil
    {
      let rule = DeadlineRules.refundRule(claim.paymentMethod)
      let span = DeadlineRules.refundBusinessDays(claim.paymentMethod)
      add(
        "refund.arrival", resolvedOn.plus(businessDays: span.upperBound),
        "The refund should have arrived (\(span.lowerBound)–\(span.upperBound) business days); otherwise chase it.",
        rule.source, metBy: [.refundReceived], after: resolvedOn)
    }

    if claim.state == .resolved {
      let keep: Set<String> = ["refund.arrival", "eu.guarantee", "fr.guarantee"]
      result = result.filter { keep.contains($0.code) }
    }
    return result.sorted { ($0.date, $0.code) < ($1.date, $1.code) }
  }

  /// The one thing to do next, with the deadline that drives it.
  public static func nextStep(
    for claim: Claim, events: [ClaimEvent], evidence: [Evidence], today: CalendarDate
  ) -> NextStep {
    let deadlines = compute(for: claim, events: events, today: today)
    func deadline(_ code: String) -> Deadline? { deadlines.first { $0.code == code } }
    let window = deadline(disputeWindowCode)

    if claim.state == .resolved {
      if let refund = deadline("refund.arrival"), refund.status != .met {
        if refund.status == .overdue {
          return NextStep(
            text:
              "The refund was due by \(refund.date): contact platform support, then your bank, with the resolution.",
            deadline: refund, urgent: true)
        }
        return NextStep(
          text: "Wait for the refund until \(refund.date), then record it.", deadline: refund, urgent: false)
      }
      return NextStep(text: "Nothing left to do. Keep the evidence files.", deadline: nil, urgent: false)
    }
    if let returnShip = deadline(DeadlineRules.aliexpressReturnShipment.code), returnShip.status != .met {
      return NextStep(
        text: "Ship the agreed return by \(returnShip.date) and record its tracking number.",
        deadline: returnShip, urgent: returnShip.status != .upcoming)
    }
    if let window, window.status == .overdue {
      let fallback = deadlines.first {
        ["paypal.open", "card.chargeback"].contains($0.code) && $0.status != .overdue && $0.status != .met
      }
      let rest =
        fallback.map { " Open a \($0.code == "paypal.open" ? "PayPal dispute" : "card chargeback") before \($0.date)." }
        ?? ""
      return NextStep(
        text: "The dispute window closed on \(window.date). Try to open the dispute anyway.\(rest)",
        deadline: fallback ?? window, urgent: true)
    }
    if let escalate = deadline("paypal.escalate"), escalate.status == .dueSoon || escalate.status == .overdue {
      return NextStep(
        text: "Escalate the PayPal dispute to a claim by \(escalate.date).", deadline: escalate, urgent: true)
    }
    switch claim.state {
    case .open, .sellerContacted:
      if evidence.isEmpty {
        return NextStep(
          text: "Document the problem: \(EvidenceRules.requirement(for: claim.problem, language: .en))",
          deadline: window, urgent: window?.status == .dueSoon)
      }
      if let window, window.status == .dueSoon {
        return NextStep(
          text: "Open the dispute now: the window closes on \(window.date).", deadline: window, urgent: true)
      }
      if claim.state == .open {
        return NextStep(
          text: "Message the seller (see the seller draft) and record it.", deadline: window, urgent: false)
      }
      let contacted = events.last { $0.kind == .sellerContacted }?.date ?? claim.createdOn
      let replied = events.contains { [.sellerReplied, .offerReceived].contains($0.kind) && $0.date >= contacted }
      let waitUntil = contacted.plus(days: DeadlineRules.aliexpressSellerResponse.days)
      if !replied, today > waitUntil {
        return NextStep(
          text: "The seller has not answered since \(contacted): escalate to platform support or open the dispute.",
          deadline: window, urgent: true)
      }
      let windowText = window.map { ", and open the dispute before \($0.date)" } ?? ""
      return NextStep(
        text: replied
          ? "Weigh the seller's answer against the options\(windowText)."
          : "Wait for the seller's answer until \(waitUntil)\(windowText).",
        deadline: window, urgent: false)
    case .escalated, .disputeOpened:
      if let reply = deadline(DeadlineRules.aliexpressSellerResponse.code), reply.status == .overdue {
        return NextStep(
          text:
            "The seller did not answer the dispute by \(reply.date): ask platform support for the automatic refund.",
          deadline: reply, urgent: true)
      }
      if let escalation = deadline(DeadlineRules.aliexpressEscalation.code), escalation.status == .overdue {
        return NextStep(
          text: "No agreement since \(escalation.date): escalate the dispute to platform support.",
          deadline: escalation, urgent: true)
      }
      let missing = EvidenceRules.missing(for: claim.problem, evidence: evidence, language: .en)
      if let first = missing.first {
        return NextStep(text: "Add the evidence the platform asks for: \(first)", deadline: nil, urgent: false)
      }
      return NextStep(
        text: "Wait for the seller's or the platform's answer and record it.", deadline: nil, urgent: false)
    case .returnShipped:
      return NextStep(
        text: "Wait for the seller to confirm the return, then record the refund.", deadline: nil, urgent: false)
    case .resolved:
      return NextStep(text: "Nothing left to do.", deadline: nil, urgent: false)
    }
  }

  static func mayApplyEULaw(_ claim: Claim) -> Bool {
    if let country = claim.buyerCountry { return euCountries.contains(country) }
    return claim.pricePaid.currency == "EUR"
  }

  private static func status(date: CalendarDate, met: Bool, today: CalendarDate) -> Deadline.Status {
    if met { return .met }
    if today > date { return .overdue }
    return today.days(until: date) <= dueSoonDays ? .dueSoon : .upcoming
  }
}

extension CalendarDate {
  /// The date `days` later, clamped to 9999-12-31 (never traps).
  func plus(days: Int) -> CalendarDate {
    adding(days: days) ?? (days < 0 ? .minimum : .maximum)
  }

  /// The same day `years` later; 29 February becomes 28 February in a common year.
  func plus(years: Int) -> CalendarDate {
    let (target, overflow) = year.addingReportingOverflow(years)
    guard !overflow, CalendarDate.validYears.contains(target) else { return .maximum }
    let lastDay = CalendarDate.daysInMonth(year: target, month: month)
    return CalendarDate(year: target, month: month, day: min(day, lastDay)) ?? .maximum
  }

  /// The date `count` business days (Monday to Friday) later, clamped.
  func plus(businessDays count: Int) -> CalendarDate {
    var date = self
    var left = max(0, count)
    while left > 0 {
      guard let next = date.adding(days: 1) else { return .maximum }
      date = next
      if date.weekday <= 5 { left -= 1 }
    }
    return date
  }
}
