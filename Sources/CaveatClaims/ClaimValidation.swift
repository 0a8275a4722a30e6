import CaveatCore
import Foundation

/// Checks a claim's fields before anything is stored; every error names its field.
public enum ClaimValidation {
  /// The longest order number accepted.
  public static let maxOrderNumberLength = 64
  /// The largest amount accepted, so that money arithmetic stays exact enough and finite.
  public static let maxAmount = 1_000_000_000.0

  /// Parses a `YYYY-MM-DD` date typed by the shopper for `field`.
  public static func date(_ text: String, field: String) throws(ClaimError) -> CalendarDate {
    guard let date = CalendarDate(iso: text.trimmingSpaces) else {
      throw .impossibleDate(field: field, text: text)
    }
    return date
  }

  /// Parses a positive, finite amount typed by the shopper for `field` ("12.49", "12,49").
  public static func amount(_ text: String, field: String) throws(ClaimError) -> Double {
    var normalized = text.trimmingCharacters(in: .whitespaces)
    if !normalized.contains("."), normalized.filter({ $0 == "," }).count == 1 {
      normalized = normalized.replacingOccurrences(of: ",", with: ".")
    }
    let allowed = Set("0123456789.+-eE")
    guard !normalized.isEmpty, normalized.allSatisfy({ allowed.contains($0) }), let value = Double(normalized)
    else {
      throw .invalidField(field: field, reason: "'\(text)' is not a number")
    }
    guard value.isFinite, value > 0 else {
      throw .invalidField(field: field, reason: "an amount must be more than zero, not '\(text)'")
    }
    guard value <= maxAmount else {
      throw .invalidField(field: field, reason: "more than \(Int(maxAmount)) is not a plausible amount")
    }
    return value
  }

  /// Parses a three-letter currency code typed by the shopper for `field`, upper-cased.
  public static func currency(_ text: String, field: String) throws(ClaimError) -> String {
    let code = text.trimmingCharacters(in: .whitespaces).uppercased()
    guard code.unicodeScalars.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
      throw .invalidField(field: field, reason: "'\(text)' is not a three-letter currency code such as EUR")
    }
    return code
  }

  /// Checks an ISO 3166-1 alpha-2 country code (upper case), such as FR.
  public static func country(_ code: String, field: String) throws(ClaimError) {
    guard code.unicodeScalars.count == 2, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
      throw .invalidField(field: field, reason: "'\(code)' is not a two-letter country code such as FR")
    }
    guard CountryCodes.isAssigned(code) else {
      throw .invalidField(field: field, reason: "'\(code)' is not an ISO 3166 country code (FR, DE, US, …)")
    }
  }

  /// Checks every field of `claim`; `today` rejects dates in the future when given.
  public static func validate(_ claim: Claim, today: CalendarDate? = nil) throws(ClaimError) {
    try text(claim.orderNumber, field: "orderNumber", maxLength: maxOrderNumberLength)
    try text(claim.platform, field: "platform", maxLength: 64)
    try amount(claim.pricePaid, field: "pricePaid")
    if let tracking = claim.trackingNumber {
      try text(tracking, field: "trackingNumber", maxLength: 64)
    }
    try freeText(claim.description, field: "description")
    for (field, value) in [
      ("listing.title", claim.listing.title), ("listing.url", claim.listing.url),
      ("listing.sellerName", claim.listing.sellerName), ("listing.sellerID", claim.listing.sellerID),
    ] {
      if let value { try freeText(value, field: field) }
    }
    guard let currency = claim.pricePaid.currency else {
      throw .invalidField(
        field: "pricePaid.currency", reason: "an amount needs its currency: give the three-letter code (EUR, USD, …)")
    }
    try currencyCode(currency, field: "pricePaid.currency")
    if let country = claim.buyerCountry { try self.country(country, field: "buyerCountry") }
    if let received = claim.receivedOn, received < claim.orderDate {
      throw .invalidField(
        field: "receivedOn", reason: "received on \(received), before the order date \(claim.orderDate)")
    }
    if let shipped = claim.shippedOn, shipped < claim.orderDate {
      throw .invalidField(
        field: "shippedOn", reason: "shipped on \(shipped), before the order date \(claim.orderDate)")
    }
    if let shipped = claim.shippedOn, let received = claim.receivedOn, received < shipped {
      throw .invalidField(
        field: "receivedOn", reason: "received on \(received), before shipment on \(shipped)")
    }
    if claim.problem == .notReceived, claim.receivedOn != nil {
      throw .invalidField(field: "receivedOn", reason: "a parcel that was not received has no receipt date")
    }
    if let deadline = claim.disputeDeadline, deadline < claim.orderDate {
      throw .invalidField(
        field: "disputeDeadline", reason: "\(deadline) is before the order date \(claim.orderDate)")
    }
    for (field, value) in [
      ("terms.returnWindowDays", claim.listing.terms.returnWindowDays),
      ("terms.buyerProtectionDays", claim.listing.terms.buyerProtectionDays),
    ] {
      if let value, !(0...3650).contains(value) {
        throw .invalidField(field: field, reason: "\(value) days is not between 0 and 3650")
      }
    }
    if let today {
      for (field, date) in [
        ("orderDate", claim.orderDate), ("shippedOn", claim.shippedOn), ("receivedOn", claim.receivedOn),
      ] {
        if let date, date > today {
          throw .invalidField(field: field, reason: "\(date) is in the future (today is \(today))")
        }
      }
    }
  }

  /// Checks a money amount: finite, positive, not absurdly large.
  public static func amount(_ money: Money, field: String) throws(ClaimError) {
    guard money.amount.isFinite else { throw .invalidField(field: field, reason: "not a finite number") }
    guard money.amount > 0 else {
      throw .invalidField(field: field, reason: "must be more than zero")
    }
    guard money.amount <= maxAmount else {
      throw .invalidField(field: field, reason: "more than \(Int(maxAmount)) is not a plausible price")
    }
  }

  /// Checks a short identifier: not empty, no control characters, at most `maxLength` characters.
  public static func text(_ value: String, field: String, maxLength: Int) throws(ClaimError) {
    guard !value.trimmingSpaces.isEmpty else { throw .invalidField(field: field, reason: "is empty") }
    if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      throw .invalidField(field: field, reason: "contains control characters")
    }
    guard value.count <= maxLength else {
      throw .invalidField(field: field, reason: "is \(value.count) characters long, more than \(maxLength)")
    }
  }

  /// The longest free text accepted (descriptions, notes).
  public static let maxFreeTextLength = 20_000

  /// Checks free text (a description or note): no NUL character, which SQLite text cannot keep,
  /// and at most ``maxFreeTextLength`` characters.
  public static func freeText(_ value: String, field: String) throws(ClaimError) {
    if value.utf8.contains(0) {
      throw .invalidField(field: field, reason: "contains a NUL character, which cannot be stored")
    }
    guard value.count <= maxFreeTextLength else {
      throw .invalidField(field: field, reason: "is longer than \(maxFreeTextLength) characters")
    }
  }

  static func currencyCode(_ code: String, field: String) throws(ClaimError) {
    guard code.unicodeScalars.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) })
    else {
      throw .invalidField(field: field, reason: "'\(code)' is not a three-letter currency code")
    }
  }
}
