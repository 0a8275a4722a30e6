import Foundation

/// A money amount read from page text.
public struct PriceText: Sendable, Equatable {
  /// The amount (the lower bound for a range such as "¥149.00 - 159.00").
  public var amount: Double
  /// ISO 4217 code, or nil when the currency is unknown or ambiguous.
  public var currency: String?
  /// Set when the reading involved a guess (ambiguous symbol or separator, missing currency).
  public var warning: String?

  /// Creates a price.
  public init(amount: Double, currency: String?, warning: String? = nil) {
    self.amount = amount
    self.currency = currency
    self.warning = warning
  }
}
