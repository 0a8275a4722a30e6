import Foundation

extension Money {
  /// The amount written the way a shopper reads it, through Foundation's currency formatting
  /// (ICU data): the currency's own minor units ("¥6,000", "₫18,990,000", "KWD 1.234",
  /// "€89.00") and the language's grouping and symbol placement ("89,00 €" in French). An
  /// amount without a currency keeps two decimals, grouped.
  ///
  /// - Parameter localeIdentifier: The locale of the language the report is written in ("en",
  ///   "fr").
  public func formatted(localeIdentifier: String) -> String {
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: localeIdentifier)
    if let currency, !currency.isEmpty {
      formatter.numberStyle = .currency
      formatter.currencyCode = currency
    } else {
      formatter.numberStyle = .decimal
      formatter.minimumFractionDigits = 2
      formatter.maximumFractionDigits = 2
    }
    guard amount.isFinite, let text = formatter.string(from: NSNumber(value: amount)) else {
      return String(format: "%.2f", amount) + (currency.map { " " + $0 } ?? "")
    }
    return text
  }

  /// The number of digits after the decimal point the currency uses (ICU data): 0 for JPY and
  /// VND, 2 for EUR and USD, 3 for KWD; 2 without a currency.
  public var minorUnits: Int {
    guard let currency, !currency.isEmpty else { return 2 }
    let formatter = NumberFormatter()
    formatter.locale = Locale(identifier: "en_US")
    formatter.numberStyle = .currency
    formatter.currencyCode = currency
    let text = formatter.string(from: NSNumber(value: 1.0)) ?? "1.00"
    guard let point = text.lastIndex(of: ".") else { return 0 }
    return text[text.index(after: point)...].prefix(while: \.isNumber).count
  }

  /// The amount as a plain number with the currency's minor units and no grouping, for
  /// machine-read outputs such as CSV ("6000", "18.99", "1.234").
  public var plainAmount: String {
    String(format: "%.\(minorUnits)f", amount)
  }
}
