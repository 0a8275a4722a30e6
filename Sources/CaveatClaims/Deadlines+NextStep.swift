import CaveatCore

extension Deadlines {
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
}
