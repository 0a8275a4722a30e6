import CaveatCore
import Foundation

/// A dated table of reference exchange rates, with its source: how many units of each currency
/// one unit of ``base`` buys.
///
/// The bundled table (``bundled``) is the European Central Bank's euro foreign exchange
/// reference rates of one day, plus currencies fixed to the euro or the US dollar by law (pegs),
/// each with its own source. Currencies the table does not hold cannot be converted: a price in
/// one is never guessed, it is reported as not converted. `caveat --rates FILE` replaces the
/// table with one in the same JSON form.
public struct RateTable: Sendable, Codable, Equatable {
  /// A currency fixed to another at a set rate.
  public struct Peg: Sendable, Codable, Equatable {
    /// The currency it is fixed to ("USD", "EUR").
    public var anchor: String
    /// Units of the pegged currency for one unit of ``anchor``.
    public var rate: Double
    /// Who fixes the rate.
    public var source: String

    /// Creates a peg.
    public init(anchor: String, rate: Double, source: String) {
      self.anchor = anchor
      self.rate = rate
      self.source = source
    }
  }

  /// The day the rates are for (YYYY-MM-DD).
  public var date: String
  /// Where the rates come from.
  public var source: String
  /// The currency the rates are quoted against ("EUR").
  public var base: String
  /// Units of each currency for one unit of ``base``.
  public var rates: [String: Double]
  /// Currencies fixed to another one in the table.
  public var pegs: [String: Peg]?

  /// Creates a table.
  public init(date: String, source: String, base: String, rates: [String: Double], pegs: [String: Peg]? = nil) {
    self.date = date
    self.source = source
    self.base = base.uppercased()
    self.rates = Dictionary(rates.map { ($0.key.uppercased(), $0.value) }, uniquingKeysWith: { first, _ in first })
    self.pegs = pegs
  }

  /// Units of `code` for one unit of ``base``, and the peg's source when a peg was used.
  private func unitsPerBase(_ code: String) -> (units: Double, peg: String?)? {
    let code = code.uppercased()
    if code == base { return (1, nil) }
    if let rate = rates[code], rate > 0, rate.isFinite { return (rate, nil) }
    guard let peg = pegs?[code], peg.rate > 0, peg.rate.isFinite else { return nil }
    let anchor = peg.anchor.uppercased()
    let anchorUnits: Double? = anchor == base ? 1 : rates[anchor]
    guard let anchorUnits, anchorUnits > 0 else { return nil }
    let shown = Messages.number(peg.rate, .en, digits: peg.rate < 10 ? 4 : 3)
    return (anchorUnits * peg.rate, "\(code) fixed at \(shown) per \(anchor) (\(peg.source))")
  }

  /// Whether the table can convert from and to `code`.
  public func knows(_ code: String) -> Bool { unitsPerBase(code) != nil }

  /// `money` in `currency`, with the rate and its source; nil when either currency is unknown
  /// to the table or the page gave no currency. The same currency converts at rate 1, with no
  /// date or source.
  public func convert(_ money: Money, to currency: String) -> DisplayPrice? {
    guard let from = money.currency?.uppercased(), !from.isEmpty, money.amount.isFinite else { return nil }
    let target = currency.uppercased()
    if from == target {
      return DisplayPrice(amount: money.amount, currency: target, rate: 1, rateDate: nil, rateSource: nil)
    }
    guard let source = unitsPerBase(from), let destination = unitsPerBase(target) else { return nil }
    let rate = destination.units / source.units
    let sources = [self.source] + [source.peg, destination.peg].compactMap { $0 }
    return DisplayPrice(
      amount: money.amount * rate, currency: target, rate: rate, rateDate: date,
      rateSource: sources.joined(separator: "; "))
  }

  /// Reads a table from a JSON file: `{"date": "2024-06-28", "source": "…", "base": "EUR",
  /// "rates": {"USD": 1.0705, …}}`, with optional `pegs`.
  public static func load(from path: String) throws -> RateTable {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let table = try JSONDecoder().decode(RateTable.self, from: data)
    return RateTable(date: table.date, source: table.source, base: table.base, rates: table.rates, pegs: table.pegs)
  }

  /// The bundled table: the European Central Bank's euro foreign exchange reference rates of
  /// 29 December 2023 (the last reference rates of 2023, published at 16:00 CET), and the
  /// currencies fixed by law to the euro or the US dollar, each with its central bank.
  /// Currencies neither lists (VND, PKR, EGP, COP, NGN, CLP, ARS, TWD, UAH, RUB…) are not
  /// converted.
  public static let bundled = RateTable(
    date: "2023-12-29", source: "European Central Bank euro foreign exchange reference rates", base: "EUR",
    rates: [
      "USD": 1.1050, "JPY": 156.33, "BGN": 1.9558, "CZK": 24.724, "DKK": 7.4529, "GBP": 0.86905,
      "HUF": 382.80, "PLN": 4.3395, "RON": 4.9756, "SEK": 11.0960, "CHF": 0.9260, "ISK": 150.50,
      "NOK": 11.2405, "TRY": 32.6531, "AUD": 1.6263, "BRL": 5.3618, "CAD": 1.4642, "CNY": 7.8509,
      "HKD": 8.6314, "IDR": 17079.71, "ILS": 3.9930, "INR": 91.9045, "KRW": 1433.66, "MXN": 18.7231,
      "MYR": 5.0775, "NZD": 1.7504, "PHP": 61.159, "SGD": 1.4591, "THB": 37.973, "ZAR": 20.3477,
    ],
    pegs: [
      "AED": Peg(anchor: "USD", rate: 3.6725, source: "Central Bank of the UAE"),
      "SAR": Peg(anchor: "USD", rate: 3.75, source: "Saudi Central Bank"),
      "QAR": Peg(anchor: "USD", rate: 3.64, source: "Qatar Central Bank"),
      "OMR": Peg(anchor: "USD", rate: 0.3845, source: "Central Bank of Oman"),
      "BHD": Peg(anchor: "USD", rate: 0.376, source: "Central Bank of Bahrain"),
      "JOD": Peg(anchor: "USD", rate: 0.709, source: "Central Bank of Jordan"),
      "XOF": Peg(anchor: "EUR", rate: 655.957, source: "BCEAO, CFA franc"),
      "XAF": Peg(anchor: "EUR", rate: 655.957, source: "BEAC, CFA franc"),
      "KMF": Peg(anchor: "EUR", rate: 491.96775, source: "Central Bank of the Comoros"),
      "BAM": Peg(anchor: "EUR", rate: 1.95583, source: "Central Bank of Bosnia and Herzegovina"),
    ])
}

/// The currency prices are shown and judged in.
public enum DisplayCurrency {
  /// The currency of the region the environment names for money (`LC_ALL`, else `LC_MONETARY`,
  /// else `LANG`, as POSIX orders them): fr_FR → EUR, en_US → USD, en_GB → GBP, ja_JP → JPY.
  /// USD when no region is named ("C", "POSIX", "C.UTF-8") or the region has no currency.
  public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    for key in ["LC_ALL", "LC_MONETARY", "LANG"] {
      guard let value = environment[key], !value.isEmpty else { continue }
      return currency(forLocale: value) ?? "USD"
    }
    return "USD"
  }

  /// The currency of a POSIX locale name ("fr_FR.UTF-8", "de_DE@euro"), or nil without a region.
  public static func currency(forLocale name: String) -> String? {
    let bare = name.split(separator: ".").first.map(String.init) ?? name
    let identifier = bare.split(separator: "@").first.map(String.init) ?? bare
    let parts = identifier.split(separator: "_")
    guard parts.count >= 2, parts[1].count == 2, parts[1].allSatisfy(\.isLetter) else { return nil }
    return Locale(identifier: identifier).currency?.identifier
  }

  /// Whether `code` looks like an ISO 4217 code (three Latin letters).
  public static func isCode(_ code: String) -> Bool {
    code.count == 3 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
  }
}

extension DisplayPrice {
  /// The rate with four significant digits, written the way `language` writes numbers
  /// ("0.007068", "1.105", "156.3").
  public func rateText(_ language: Language) -> String {
    guard rate > 0, rate.isFinite else { return Messages.number(rate, language, digits: 2) }
    let digits = max(0, 3 - Int(log10(rate).rounded(.down)))
    return Messages.number(rate, language, digits: min(8, digits))
  }
}
