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

  /// The error as one line for the command line, in `language`: a field is named by the option
  /// that sets it (``ClaimFieldNames/option(_:)``), else in words, and a refused duplicate says
  /// how to record it anyway.
  public func commandLineMessage(in language: DraftLanguage) -> String {
    let text = message(in: language, option: ClaimFieldNames.option)
    guard case .duplicate = self else { return text }
    return text
      + language.pick(" (--allow-duplicate records it anyway)", " (--allow-duplicate l'enregistre quand même)")
  }
}

/// The names the shopper knows a claim's fields by: the command-line option that sets each.
public enum ClaimFieldNames {
  /// The option that sets a library field, for messages: "--received"; nil for a field no
  /// option sets, which ``ClaimError/message(in:option:)`` names in words.
  public static func option(_ field: String) -> String? { options[field] }

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
