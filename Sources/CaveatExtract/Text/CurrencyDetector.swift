import Foundation

/// Detects currencies and amounts in price strings.
public enum CurrencyDetector {
  /// Parses a price string such as "US $349.99", "€ 97,39", "1 234,56 €", "R$ 45,90", "12,50 TL",
  /// "руб. 1 234", "¥149.00 - 159.00" (a range: the first number), "USD 12.00", "Rs. 499".
  ///
  /// Returns ISO 4217 codes. "$" alone uses `defaultDollar`, "¥"/"￥" alone uses `defaultYen`,
  /// "kr" uses `defaultKrona`; without a default the currency is nil and `warning` is set.
  /// A single separator before three digits is read as grouping without a warning when the
  /// currency has 0 or 2 minor digits, as a decimal (with a warning) for 3-decimal currencies
  /// (KWD, BHD, ...), and as grouping with a warning when the currency is unknown.
  /// Negative amounts ("-12", "-$5") return nil.
  public static func parsePrice(
    _ text: String, defaultDollar: String? = nil, defaultYen: String? = nil,
    defaultKrona: String? = nil
  ) -> PriceText? {
    let scalars = TextScalars.normalize(text)
    guard case .found(let number) = LocaleNumber.firstNumber(in: scalars, kind: .price),
      number.value >= 0
    else { return nil }

    let prefixText = normalizeSpaces(TextScalars.string(scalars[0..<number.start]))
    let prefixMatch = matchPrefix(prefixText)
    if let prefixMatch, prefixMatch.before.hasSuffix("-") || prefixMatch.before.hasSuffix("\u{2212}") {
      return nil
    }
    var suffixMatch = matchSuffix(normalizeSpaces(TextScalars.string(scalars[number.end...])))
    if suffixMatch == nil, let next = rangeContinuation(scalars, from: number.end),
      case .found(let upper) = LocaleNumber.firstNumber(in: scalars, from: next, kind: .price),
      upper.start == next
    {
      suffixMatch = matchSuffix(normalizeSpaces(TextScalars.string(scalars[upper.end...])))
    }

    var warnings: [String] = []
    var currency: String?
    let resolutions = [prefixMatch?.resolution, suffixMatch?.resolution].compactMap { $0 }
    if let code = resolutions.lazy.compactMap(\.code).first {
      currency = code
    } else if let symbolic = resolutions.first {
      switch symbolic {
      case .code(let code): currency = code
      case .dollar: currency = defaultDollar.flatMap(isoCode(for:))
      case .yen: currency = defaultYen.flatMap(isoCode(for:))
      case .krona: currency = defaultKrona.flatMap(isoCode(for:))
      }
      if currency == nil {
        warnings.append("ambiguous currency symbol '\(symbolic.symbol)'")
      }
    } else {
      warnings.append("no currency symbol found in '\(text)'")
    }

    var amount = number.value
    // "199€99": the sign written in place of the decimal comma (a French shop's style).
    if number.end + 3 <= scalars.count, ["€", "£"].contains(scalars[number.end]),
      let cents = Int(TextScalars.string(scalars[(number.end + 1)..<(number.end + 3)])),
      scalars[(number.end + 1)..<(number.end + 3)].allSatisfy({ (0x30...0x39).contains($0.value) }),
      number.end + 3 == scalars.count || !(0x30...0x39).contains(scalars[number.end + 3].value),
      amount == amount.rounded()
    {
      amount += Double(cents) / 100
    }
    var numberWarning = number.warning
    if let alternative = number.alternative, let currency, let digits = minorDigits[currency] {
      if digits == 3 {
        amount = alternative
        numberWarning =
          "ambiguous number '\(number.token)' read as \(TextScalars.format(alternative)) "
          + "(\(currency) has 3 decimal places)"
      } else {
        numberWarning = nil
      }
    }
    if let numberWarning { warnings.insert(numberWarning, at: 0) }
    return PriceText(
      amount: amount, currency: currency,
      warning: warnings.isEmpty ? nil : warnings.joined(separator: "; "))
  }

  /// Normalises a currency code or symbol to ISO 4217 ("usd" -> "USD", "€" -> "EUR", "US$" -> "USD").
  /// Nil for unknown codes and for ambiguous symbols ("$", "¥", "kr").
  public static func isoCode(for symbolOrCode: String) -> String? {
    let trimmed = normalizeSpaces(symbolOrCode)
    if trimmed.count == 3, trimmed.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
      let upper = trimmed.uppercased()
      if minorDigits[upper] != nil { return upper }
    }
    return symbols.first { $0.symbol == trimmed }?.resolution.code
  }

  /// Minor-unit digits for the embedded ISO 4217 codes.
  public static let minorDigits: [String: Int] = [
    "USD": 2, "EUR": 2, "GBP": 2, "JPY": 0, "CNY": 2, "HKD": 2, "TWD": 2, "KRW": 0, "INR": 2,
    "IDR": 2, "MYR": 2, "SGD": 2, "THB": 2, "VND": 0, "PHP": 2, "AUD": 2, "NZD": 2, "CAD": 2,
    "MXN": 2, "BRL": 2, "ARS": 2, "CLP": 0, "COP": 2, "PEN": 2, "UYU": 2, "CHF": 2, "SEK": 2,
    "NOK": 2, "DKK": 2, "ISK": 0, "PLN": 2, "CZK": 2, "HUF": 2, "RON": 2, "BGN": 2, "RSD": 2,
    "UAH": 2, "RUB": 2, "BYN": 2, "KZT": 2, "TRY": 2, "ILS": 2, "AED": 2, "SAR": 2, "QAR": 2,
    "KWD": 3, "BHD": 3, "OMR": 3, "JOD": 3, "TND": 3, "IQD": 3, "LYD": 3, "EGP": 2, "MAD": 2,
    "NGN": 2, "KES": 2, "ZAR": 2, "PKR": 2, "BDT": 2, "LKR": 2, "NPR": 2, "GEL": 2, "AMD": 2,
    "AZN": 2, "UZS": 2, "MNT": 2, "LBP": 2, "DZD": 2, "GHS": 2, "XOF": 0, "XAF": 0,
  ]

  // MARK: - Symbol tables

  private enum Resolution: Sendable, Equatable {
    case code(String)
    case dollar
    case yen
    case krona

    var code: String? {
      if case .code(let code) = self { return code }
      return nil
    }

    var symbol: String {
      switch self {
      case .code(let code): return code
      case .dollar: return "$"
      case .yen: return "¥"
      case .krona: return "kr"
      }
    }
  }

  private struct SymbolEntry: Sendable {
    var symbol: String
    var resolution: Resolution
  }

  /// Symbols, longest first so that "US $" wins over "$" and "CN¥" over "¥".
  private static let symbols: [SymbolEntry] = {
    let table: [(String, Resolution)] = [
      ("US $", .code("USD")), ("US$", .code("USD")), ("U$S", .code("USD")),
      ("CA $", .code("CAD")), ("CA$", .code("CAD")), ("C $", .code("CAD")), ("C$", .code("CAD")),
      ("AU $", .code("AUD")), ("AU$", .code("AUD")), ("A $", .code("AUD")), ("A$", .code("AUD")),
      ("NZ $", .code("NZD")), ("NZ$", .code("NZD")), ("HK $", .code("HKD")), ("HK$", .code("HKD")),
      ("NT $", .code("TWD")), ("NT$", .code("TWD")), ("SG $", .code("SGD")), ("SG$", .code("SGD")),
      ("S$", .code("SGD")), ("MX $", .code("MXN")), ("MX$", .code("MXN")), ("R$", .code("BRL")),
      ("CN ¥", .code("CNY")), ("CN¥", .code("CNY")), ("CN￥", .code("CNY")), ("RMB", .code("CNY")),
      ("元", .code("CNY")), ("JP ¥", .code("JPY")), ("JP¥", .code("JPY")), ("円", .code("JPY")),
      ("€", .code("EUR")), ("£", .code("GBP")), ("￡", .code("GBP")), ("￦", .code("KRW")), ("₪", .code("ILS")),
      ("₩", .code("KRW")),
      ("원", .code("KRW")), ("₹", .code("INR")), ("Rs.", .code("INR")), ("Rs", .code("INR")),
      ("₺", .code("TRY")), ("TL", .code("TRY")), ("₽", .code("RUB")), ("руб.", .code("RUB")),
      ("руб", .code("RUB")), ("р.", .code("RUB")), ("zł", .code("PLN")), ("Kč", .code("CZK")),
      ("Ft", .code("HUF")), ("lei", .code("RON")), ("₫", .code("VND")), ("đ", .code("VND")), ("฿", .code("THB")),
      ("₱", .code("PHP")), ("RM", .code("MYR")), ("Rp", .code("IDR")), ("₴", .code("UAH")),
      ("грн", .code("UAH")), ("₦", .code("NGN")), ("E£", .code("EGP")), ("₸", .code("KZT")),
      ("₾", .code("GEL")), ("лв", .code("BGN")), ("ر.س", .code("SAR")), ("د.إ", .code("AED")),
      ("kr.", .krona), ("kr", .krona), ("Kr", .krona), ("$", .dollar), ("＄", .dollar),
      ("¥", .yen), ("￥", .yen),
    ]
    return table.map { SymbolEntry(symbol: $0.0, resolution: $0.1) }
      .sorted { $0.symbol.unicodeScalars.count > $1.symbol.unicodeScalars.count }
  }()

  private static func isLetter(_ character: Character?) -> Bool {
    guard let character else { return false }
    return character.unicodeScalars.first.map(TextScalars.isLetter) ?? false
  }

  /// Replaces NBSP/NNBSP/thin spaces with spaces, collapses runs and trims.
  private static func normalizeSpaces(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if TextScalars.isWhitespace(scalar) {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(" ") }
      pendingSpace = false
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  /// The currency written just before the number, and the text before that symbol.
  private static func matchPrefix(_ prefix: String) -> (resolution: Resolution, before: String)? {
    if let word = trailingWord(prefix), let code = isoWord(word) {
      return (.code(code), String(prefix.dropLast(word.count)).trimmingCharacters(in: .whitespaces))
    }
    for entry in symbols where prefix.hasSuffix(entry.symbol) {
      let before = String(prefix.dropLast(entry.symbol.count))
      if isLetter(entry.symbol.first), isLetter(before.last) { continue }
      return (entry.resolution, before.trimmingCharacters(in: .whitespaces))
    }
    return nil
  }

  /// The currency written just after the number.
  private static func matchSuffix(_ suffix: String) -> (resolution: Resolution, after: String)? {
    if let word = leadingWord(suffix), let code = isoWord(word) {
      return (.code(code), String(suffix.dropFirst(word.count)))
    }
    for entry in symbols where suffix.hasPrefix(entry.symbol) {
      let after = String(suffix.dropFirst(entry.symbol.count))
      if isLetter(entry.symbol.last), isLetter(after.first) { continue }
      return (entry.resolution, after)
    }
    return nil
  }

  private static func trailingWord(_ text: String) -> String? {
    let word = String(text.reversed().prefix { isLetter($0) }.reversed())
    guard !word.isEmpty else { return nil }
    return word
  }

  private static func leadingWord(_ text: String) -> String? {
    let word = String(text.prefix { isLetter($0) })
    return word.isEmpty ? nil : word
  }

  /// An upper-case three-letter ISO code from the embedded list.
  private static func isoWord(_ word: String) -> String? {
    guard word.count == 3, word.unicodeScalars.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A })
    else { return nil }
    return minorDigits[word] != nil ? word : nil
  }

  /// After "149.00", finds the start of an upper bound in "149.00 - 159.00" / "149 ~ 159".
  private static func rangeContinuation(_ scalars: [Unicode.Scalar], from index: Int) -> Int? {
    var i = index
    while i < scalars.count, TextScalars.isWhitespace(scalars[i]) { i += 1 }
    guard i < scalars.count, ["-", "\u{2013}", "\u{2014}", "~", "\u{301C}", "\u{FF5E}"].contains(scalars[i])
    else { return nil }
    i += 1
    while i < scalars.count, TextScalars.isWhitespace(scalars[i]) { i += 1 }
    return i
  }
}
