import CaveatCore

/// The claim state machine: which events a claim accepts and where they move it.
public enum ClaimWorkflow {
  /// The state an event moves a claim to, at least; `nil` for events that do not move it.
  public static func targetState(of kind: ClaimEventKind) -> ClaimState? {
    switch kind {
    case .sellerContacted: .sellerContacted
    case .escalated: .escalated
    case .disputeOpened, .paymentDisputeOpened, .paymentDisputeEscalated: .disputeOpened
    case .returnShipped: .returnShipped
    case .resolved: .resolved
    case .sellerReplied, .offerReceived, .returnAgreed, .refundReceived, .note: nil
    }
  }

  /// The claim after `event`: states only move forward; a resolved claim accepts only notes and
  /// refunds; an event cannot predate the order.
  public static func applying(_ event: ClaimEvent, to claim: Claim) throws(ClaimError) -> Claim {
    guard event.date >= claim.orderDate else {
      throw .invalidField(
        field: "event.date",
        reason: ClaimReason(
          "\(event.date) is before the order date \(claim.orderDate)",
          fr: "\(event.date) est avant la date de commande \(claim.orderDate)"))
    }
    if let amount = event.amount { try ClaimValidation.amount(amount, field: "event.amount") }
    try ClaimValidation.freeText(event.note, field: "event.note")
    if claim.state == .resolved, ![.note, .refundReceived].contains(event.kind) {
      throw .illegalTransition(from: claim.state, event: event.kind)
    }
    if event.kind == .resolved {
      throw .invalidField(
        field: "event.kind",
        reason: ClaimReason("use resolve to record an outcome", fr: "utilisez resolve pour noter l'issue"))
    }
    var next = claim
    if let target = targetState(of: event.kind), target > claim.state { next.state = target }
    return next
  }
}
