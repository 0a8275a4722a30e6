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
      throw .invalidField(
        field: field, reason: ClaimReason("'\(text)' is not a number", fr: "« \(text) » n'est pas un nombre"))
    }
    guard value.isFinite, value > 0 else {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "an amount must be more than zero, not '\(text)'",
          fr: "un montant doit être supérieur à zéro, et non « \(text) »"))
    }
    guard value <= maxAmount else {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "more than \(Int(maxAmount)) is not a plausible amount",
          fr: "plus de \(Int(maxAmount)) n'est pas un montant plausible"))
    }
    return value
  }

  /// Parses a three-letter currency code typed by the shopper for `field`, upper-cased.
  public static func currency(_ text: String, field: String) throws(ClaimError) -> String {
    let code = text.trimmingCharacters(in: .whitespaces).uppercased()
    guard code.unicodeScalars.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "'\(text)' is not a three-letter currency code such as EUR",
          fr: "« \(text) » n'est pas un code de devise à trois lettres comme EUR"))
    }
    return code
  }

  /// Checks an ISO 3166-1 alpha-2 country code (upper case), such as FR.
  public static func country(_ code: String, field: String) throws(ClaimError) {
    guard code.unicodeScalars.count == 2, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "'\(code)' is not a two-letter country code such as FR",
          fr: "« \(code) » n'est pas un code de pays à deux lettres comme FR"))
    }
    guard CountryCodes.isAssigned(code) else {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "'\(code)' is not an ISO 3166 country code (FR, DE, US, …)",
          fr: "« \(code) » n'est pas un code de pays ISO 3166 (FR, DE, US…)"))
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
        field: "pricePaid.currency",
        reason: ClaimReason(
          "an amount needs its currency: give the three-letter code (EUR, USD, …)",
          fr: "un montant a besoin de sa devise : donnez son code à trois lettres (EUR, USD…)"))
    }
    try currencyCode(currency, field: "pricePaid.currency")
    if let country = claim.buyerCountry { try self.country(country, field: "buyerCountry") }
    if let received = claim.receivedOn, received < claim.orderDate {
      throw .invalidField(
        field: "receivedOn",
        reason: ClaimReason(
          "received on \(received), before the order date \(claim.orderDate)",
          fr: "reçu le \(received), avant la date de commande \(claim.orderDate)"))
    }
    if let shipped = claim.shippedOn, shipped < claim.orderDate {
      throw .invalidField(
        field: "shippedOn",
        reason: ClaimReason(
          "shipped on \(shipped), before the order date \(claim.orderDate)",
          fr: "expédié le \(shipped), avant la date de commande \(claim.orderDate)"))
    }
    if let shipped = claim.shippedOn, let received = claim.receivedOn, received < shipped {
      throw .invalidField(
        field: "receivedOn",
        reason: ClaimReason(
          "received on \(received), before shipment on \(shipped)",
          fr: "reçu le \(received), avant l'expédition du \(shipped)"))
    }
    if claim.problem == .notReceived, claim.receivedOn != nil {
      throw .invalidField(
        field: "receivedOn",
        reason: ClaimReason(
          "a parcel that was not received has no receipt date", fr: "un colis non reçu n'a pas de date de réception"))
    }
    if let deadline = claim.disputeDeadline, deadline < claim.orderDate {
      throw .invalidField(
        field: "disputeDeadline",
        reason: ClaimReason(
          "\(deadline) is before the order date \(claim.orderDate)",
          fr: "\(deadline) est avant la date de commande \(claim.orderDate)"))
    }
    for (field, value) in [
      ("terms.returnWindowDays", claim.listing.terms.returnWindowDays),
      ("terms.buyerProtectionDays", claim.listing.terms.buyerProtectionDays),
    ] {
      if let value, !(0...3650).contains(value) {
        throw .invalidField(
          field: field,
          reason: ClaimReason(
            "\(value) days is not between 0 and 3650", fr: "\(value) jours n'est pas compris entre 0 et 3650"))
      }
    }
    if let today {
      for (field, date) in [
        ("orderDate", claim.orderDate), ("shippedOn", claim.shippedOn), ("receivedOn", claim.receivedOn),
      ] {
        if let date, date > today {
          throw .invalidField(
            field: field,
            reason: ClaimReason(
              "\(date) is in the future (today is \(today))", fr: "\(date) est dans le futur (nous sommes le \(today))")
          )
        }
      }
    }
  }

  /// Checks a money amount: finite, positive, not absurdly large.
  public static func amount(_ money: Money, field: String) throws(ClaimError) {
    guard money.amount.isFinite else {
      throw .invalidField(field: field, reason: ClaimReason("not a finite number", fr: "pas un nombre fini"))
    }
    guard money.amount > 0 else {
      throw .invalidField(field: field, reason: ClaimReason("must be more than zero", fr: "doit être supérieur à zéro"))
    }
    guard money.amount <= maxAmount else {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "more than \(Int(maxAmount)) is not a plausible price",
          fr: "plus de \(Int(maxAmount)) n'est pas un prix plausible"))
    }
  }

  /// Checks a short identifier: not empty, no control characters, at most `maxLength` characters.
  public static func text(_ value: String, field: String, maxLength: Int) throws(ClaimError) {
    guard !value.trimmingSpaces.isEmpty else {
      throw .invalidField(field: field, reason: ClaimReason("is empty", fr: "est vide"))
    }
    if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      throw .invalidField(
        field: field, reason: ClaimReason("contains control characters", fr: "contient des caractères de contrôle"))
    }
    guard value.count <= maxLength else {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "is \(value.count) characters long, more than \(maxLength)",
          fr: "compte \(value.count) caractères, plus que les \(maxLength) permis"))
    }
  }

  /// The longest free text accepted (descriptions, notes).
  public static let maxFreeTextLength = 20_000

  /// Checks free text (a description or note): no NUL character, which SQLite text cannot keep,
  /// and at most ``maxFreeTextLength`` characters.
  public static func freeText(_ value: String, field: String) throws(ClaimError) {
    if value.utf8.contains(0) {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "contains a NUL character, which cannot be stored",
          fr: "contient un caractère NUL, qui ne peut pas être enregistré"))
    }
    guard value.count <= maxFreeTextLength else {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "is longer than \(maxFreeTextLength) characters", fr: "dépasse \(maxFreeTextLength) caractères"))
    }
  }

  static func currencyCode(_ code: String, field: String) throws(ClaimError) {
    guard code.unicodeScalars.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) })
    else {
      throw .invalidField(
        field: field,
        reason: ClaimReason(
          "'\(code)' is not a three-letter currency code", fr: "« \(code) » n'est pas un code de devise à trois lettres"
        ))
    }
  }
}
