import CaveatCore

/// Drafts in English.
enum EnglishDraft: DraftText {
  static func greeting(_ kind: MessageDrafts.Kind) -> String {
    kind == .seller ? "Hello," : "Hello, support team,"
  }
  static func opening(_ kind: MessageDrafts.Kind, _ claim: Claim) -> String {
    switch kind {
    case .seller:
      "I am writing about order \(claim.orderNumber), which has a problem I need you to resolve."
    case .support:
      "I am asking for your help with order \(claim.orderNumber): I contacted the seller and we have not reached a solution."
    case .dispute:
      "Dispute statement for order \(claim.orderNumber)."
    }
  }
  static let factsHeading = "Order details:"
  static func facts(_ claim: Claim) -> [String] {
    var facts = [
      "Order number: \(claim.orderNumber)", "Order date: \(claim.orderDate)",
      "Amount paid: \(formatted(claim.pricePaid))",
    ]
    if let title = claim.listing.title { facts.append("Item: \(title)") }
    if let seller = claim.listing.sellerName { facts.append("Seller: \(seller)") }
    if let tracking = claim.trackingNumber { facts.append("Tracking number: \(tracking)") }
    facts.append(claim.receivedOn.map { "Received on: \($0)" } ?? "Received: not received")
    return facts
  }
  static let problemHeading = "The problem:"
  static func problem(_ kind: ProblemKind) -> String {
    switch kind {
    case .damaged: "The item arrived damaged."
    case .defective: "The item does not work."
    case .notAsDescribed: "The item does not match the listing's description."
    case .wrongSize: "The item's size does not match the size ordered."
    case .missingParts: "Parts listed in the description are missing."
    case .wrongItem: "I received a different item from the one I ordered."
    case .notReceived: "I have not received the order."
    }
  }
  static let evidenceHeading = "Evidence:"
  static let noEvidence = "photos and video will follow."
  static let rulesLine = "Evidence provided as the platform's rules ask: "
  static let toFollow = "To follow: "
  static func request(_ outcome: ClaimOutcome, _ claim: Claim) -> String {
    switch outcome {
    case .fullRefund: "I ask for a full refund of \(formatted(claim.pricePaid))."
    case .partialRefund(let money): "I ask for a partial refund of \(formatted(money)) and will keep the item."
    case .exchange: "I ask for a replacement in working order, shipped at your cost."
    case .noRefund, .withdrawn: "I ask you to confirm in writing how this will be settled."
    }
  }
  static func firm(_ kind: MessageDrafts.Kind) -> String {
    switch kind {
    case .seller:
      "Please reply within 5 days; otherwise I will open a dispute with the platform and submit this evidence."
    case .support:
      "Please review the evidence and decide on the claim; I have kept every record of the exchange."
    case .dispute:
      "The facts and files above are complete and unchanged since I recorded them (SHA-256 given)."
    }
  }
  static let closing = "Thank you,"
}
