import CaveatCore

extension ClaimError {
  /// The status a command ends with on this error: 66 when an input or the store is missing,
  /// 75 busy, 77 read-only, 74 when the store cannot be written, else 65 (a refused value,
  /// record or state).
  public var exitStatus: ExitStatus {
    switch self {
    case .evidenceRefused, .storeMissing: .noInput
    case .storeBusy: .busy
    case .storeReadOnly: .noPermission
    case .diskFull, .storeFailure: .ioError
    case .invalidField, .impossibleDate, .claimNotFound, .watchNotFound, .illegalTransition, .corruptRecord,
      .storeCorrupt, .duplicate, .evidenceTooLarge:
      .badInput
    }
  }

  /// The error as one line for the command line: a field is named by the option that sets it
  /// (``ClaimFieldNames/label(_:)``), and a refused duplicate says how to record it anyway.
  public var commandLineMessage: String {
    switch self {
    case .invalidField(let field, let reason):
      "\(ClaimFieldNames.label(field)): \(reason)"
    case .impossibleDate(let field, let text):
      "\(ClaimFieldNames.label(field)): '\(text)' is not a real calendar date (expected YYYY-MM-DD)"
    case .duplicate(let field, let reason):
      "\(ClaimFieldNames.label(field)): \(reason); nothing was recorded (--allow-duplicate records it anyway)"
    default:
      errorDescription ?? "\(self)"
    }
  }
}

/// The names the shopper knows a claim's fields by: the command-line option that sets each.
public enum ClaimFieldNames {
  /// The option that sets a library field, for messages: "--received"; a field no option sets
  /// is named in words, never by its internal name; any other name is kept as it is.
  public static func label(_ field: String) -> String {
    if let option = options[field] { return option }
    return words[field] ?? field
  }

  private static let words: [String: String] = [
    "terms.returnWindowDays": "the page's return window", "terms.buyerProtectionDays": "the page's buyer protection",
    "evidence": "evidence", "orderNumber": "--order",
  ]

  private static let options: [String: String] = [
    "orderNumber": "--order", "platform": "--platform", "pricePaid": "--paid",
    "pricePaid.currency": "--currency", "trackingNumber": "--tracking", "description": "--description",
    "listing.title": "--title", "listing.url": "--listing", "listing.sellerName": "--seller",
    "listing.sellerID": "--seller-id", "buyerCountry": "--country", "receivedOn": "--received",
    "shippedOn": "--shipped", "orderDate": "--ordered", "disputeDeadline": "--dispute-deadline",
    "event.date": "--on", "event.amount": "--amount", "event.note": "--note", "event.kind": "EVENT",
    "watch": "--from-watch", "expectedOn": "--expected",
    "evidence.note": "--note", "outcome.amount": "--amount", "resolvedOn": "--on", "note": "--note",
  ]
}
