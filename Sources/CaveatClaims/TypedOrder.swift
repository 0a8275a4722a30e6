import CaveatCore
import Foundation

/// An order's facts as the shopper typed them (`claim open`, `claim watch`): text, checked when
/// the claim is made, each error naming the field at fault (``ClaimFieldNames`` turns it into
/// the option).
public struct TypedOrder: Sendable, Hashable {
  /// The order number.
  public var number: String
  /// The day of the order, `YYYY-MM-DD`.
  public var ordered: String
  /// What was paid; `nil` takes the page's price.
  public var paid: String?
  /// The currency of `paid`; `nil` takes the page's.
  public var currency: String?
  /// How it was paid.
  public var payment: PaymentMethod
  /// The carrier's tracking number.
  public var tracking: String?
  /// The day the seller shipped, `YYYY-MM-DD`.
  public var shipped: String?
  /// The day the parcel arrived, `YYYY-MM-DD`.
  public var received: String?
  /// The dispute deadline the order page shows, `YYYY-MM-DD`.
  public var disputeDeadline: String?
  /// The buyer's country, two letters in any case.
  public var country: String?

  /// An order with its number, day and payment, and what else the shopper typed.
  public init(
    number: String, ordered: String, payment: PaymentMethod, paid: String? = nil, currency: String? = nil,
    tracking: String? = nil, shipped: String? = nil, received: String? = nil, disputeDeadline: String? = nil,
    country: String? = nil
  ) {
    self.number = number
    self.ordered = ordered
    self.payment = payment
    self.paid = paid
    self.currency = currency
    self.tracking = tracking
    self.shipped = shipped
    self.received = received
    self.disputeDeadline = disputeDeadline
    self.country = country
  }
}

extension NewClaim {
  /// The claim `typed` describes over this page's facts. Checked in the order the shopper reads
  /// the options: the amount (the page's when none is typed), its currency, the country, then
  /// the dates; the two messages of its own (no price, no currency) are in English and French.
  public func claim(
    createdOn: CalendarDate, typed: TypedOrder, problem: ProblemKind, description: String
  ) throws(ClaimError) -> Claim {
    let paid = try typed.paid.map { text throws(ClaimError) in try ClaimValidation.amount(text, field: "pricePaid") }
    guard let amount = paid ?? shownAmount else {
      throw .invalidField(
        field: "pricePaid",
        reason: ClaimReason(
          "the page shows no price; give the amount paid",
          fr: "la page n'affiche pas de prix ; indiquez le montant payé"))
    }
    let code = try typed.currency.map { text throws(ClaimError) in
      try ClaimValidation.currency(text, field: "pricePaid.currency")
    }
    if code == nil, pagePrice?.currency == nil {
      throw .invalidField(
        field: "pricePaid.currency",
        reason: ClaimReason(
          "give the currency of the amount paid (EUR, USD, …)", fr: "indiquez la devise du montant payé (EUR, USD, …)"))
    }
    let country = try ClaimInput.country(typed.country)
    return claim(
      createdOn: createdOn, orderNumber: typed.number,
      orderDate: try ClaimValidation.date(typed.ordered, field: "orderDate"), amountPaid: amount, currency: code,
      paymentMethod: typed.payment, trackingNumber: typed.tracking,
      shippedOn: try ClaimInput.date(typed.shipped, "shippedOn"),
      receivedOn: try ClaimInput.date(typed.received, "receivedOn"), problem: problem, description: description,
      disputeDeadline: try ClaimInput.date(typed.disputeDeadline, "disputeDeadline"), buyerCountry: country)
  }
}

/// Single values typed by the shopper, checked; each error names its field.
public enum ClaimInput {
  /// An optional `YYYY-MM-DD` date for `field`.
  public static func date(_ text: String?, _ field: String) throws(ClaimError) -> CalendarDate? {
    try text.map { text throws(ClaimError) in try ClaimValidation.date(text, field: field) }
  }

  /// The day an event happened: `on`, else `today`; never after `today`.
  public static func eventDate(_ on: String?, today: CalendarDate) throws(ClaimError)
    -> CalendarDate
  {
    let date = try self.date(on, "event.date") ?? today
    if date > today {
      throw .invalidField(
        field: "event.date",
        reason: ClaimReason(
          "\(date) is in the future (today is \(today))", fr: "\(date) est dans le futur (nous sommes le \(today))"))
    }
    return date
  }

  /// The buyer's country as typed (" fr"), trimmed and upper-cased, checked against ISO 3166.
  public static func country(_ text: String?) throws(ClaimError) -> String? {
    try text.map { text throws(ClaimError) -> String in
      let code = text.trimmingCharacters(in: .whitespaces).uppercased()
      try ClaimValidation.country(code, field: "buyerCountry")
      return code
    }
  }

  /// `path` made absolute against `currentDirectory` (both raw bytes, as the kernel has them),
  /// so that a recorded file can be read again from any folder.
  public static func absolute(_ path: [UInt8], currentDirectory: [UInt8]) -> [UInt8] {
    path.first == UInt8(ascii: "/") ? path : currentDirectory + [UInt8(ascii: "/")] + path
  }

  /// The saved listing page at `path`: its absolute path and fingerprint, or `nil` when it
  /// cannot be read again.
  public static func savedPage(_ path: [UInt8], currentDirectory: [UInt8]) -> SavedPage? {
    let absolute = absolute(path, currentDirectory: currentDirectory)
    guard case .success(let print) = EvidenceFile.fingerprint(pathBytes: absolute) else { return nil }
    return SavedPage(
      pathBytes: absolute, displayPath: String(decoding: absolute, as: UTF8.self), size: print.size,
      sha256: print.sha256)
  }
}
