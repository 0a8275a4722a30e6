import CaveatExtract
import CaveatTestSupport
import Testing

/// Compares doubles with a small relative tolerance.
func approx(_ a: Double?, _ b: Double, tolerance: Double = 1e-9) -> Bool {
  guard let a else { return false }
  return abs(a - b) <= tolerance * max(1, abs(b))
}

@Suite("LocaleNumber.parse")
struct LocaleNumberParseTests {
  struct Case: Sendable, CustomStringConvertible {
    var text: String
    var kind: NumberKind
    var value: Double
    var lowerBound = false
    var warns = false
    var description: String { "\(text) as \(kind)" }
  }

  static let cases: [Case] = [
    Case(text: "4,8", kind: .rating, value: 4.8),
    Case(text: "4,8", kind: .decimal, value: 4.8),
    Case(text: "97.3", kind: .decimal, value: 97.3),
    Case(text: "16,93", kind: .price, value: 16.93),
    Case(text: "1.234,56", kind: .price, value: 1234.56),
    Case(text: "1,234.56", kind: .price, value: 1234.56),
    Case(text: "1.234.567,89", kind: .price, value: 1_234_567.89),
    Case(text: "1,234,567", kind: .price, value: 1_234_567),
    Case(text: "1\u{00A0}234,56", kind: .price, value: 1234.56),
    Case(text: "1\u{202F}234,56", kind: .price, value: 1234.56),
    Case(text: "1\u{2009}234\u{2009}567", kind: .count, value: 1_234_567),
    Case(text: "12 345 678", kind: .count, value: 12_345_678),
    Case(text: "1'234.50", kind: .price, value: 1234.5),
    Case(text: "1\u{2019}234.50", kind: .price, value: 1234.5),
    Case(text: "1,23,456.00", kind: .price, value: 123_456),
    Case(text: "5.182", kind: .count, value: 5182),
    Case(text: "21,200", kind: .count, value: 21200),
    Case(text: "3.000+", kind: .count, value: 3000, lowerBound: true),
    Case(text: "10,000+ sold", kind: .count, value: 10000, lowerBound: true),
    Case(text: "1K+", kind: .count, value: 1000, lowerBound: true),
    Case(text: "70.5K", kind: .count, value: 70500),
    Case(text: "1.2M", kind: .count, value: 1_200_000),
    Case(text: "1,2 тыс.", kind: .count, value: 1200),
    Case(text: "1.5万", kind: .count, value: 15000),
    Case(text: "3千", kind: .count, value: 3000),
    Case(text: "2萬+", kind: .count, value: 20000, lowerBound: true),
    Case(text: "2,5 mil", kind: .count, value: 2500),
    Case(text: "1.234", kind: .price, value: 1234, warns: true),
    Case(text: "12,000", kind: .decimal, value: 12000, warns: true),
    Case(text: "4.567", kind: .rating, value: 4.567),
    Case(text: "0.500", kind: .price, value: 0.5),
    Case(text: "3.14159", kind: .decimal, value: 3.14159),
    Case(text: "-12", kind: .decimal, value: -12),
    Case(text: "\u{2212}3,5", kind: .decimal, value: -3.5),
    Case(text: "٤٫٨", kind: .rating, value: 4.8),
    Case(text: "١٢٣٤", kind: .count, value: 1234),
    Case(text: "١٬٢٣٤٫٥", kind: .price, value: 1234.5),
    Case(text: "۱۲۳۴", kind: .count, value: 1234),
    Case(text: "१२३४", kind: .count, value: 1234),
    Case(text: "１２３４", kind: .count, value: 1234),
    Case(text: "４．８", kind: .rating, value: 4.8),
    Case(text: "１，２３４", kind: .count, value: 1234),
    Case(text: "Sold: 12 345 pcs", kind: .count, value: 12345),
    Case(text: "4.8 100 ratings", kind: .rating, value: 4.8),
    Case(text: "SKU-123", kind: .decimal, value: 123),
  ]

  @Test("parses", arguments: cases)
  func parses(_ c: Case) throws {
    let parsed = try #require(LocaleNumber.parse(c.text, kind: c.kind))
    #expect(approx(parsed.value, c.value))
    #expect(parsed.isLowerBound == c.lowerBound)
    #expect((parsed.warning != nil) == c.warns)
  }

  @Test("ambiguous price warning text")
  func ambiguousWarning() throws {
    let parsed = try #require(LocaleNumber.parse("1.234", kind: .price))
    #expect(parsed.warning == "ambiguous number '1.234' read as 1234")
  }

  @Test(
    "rejects",
    arguments: [
      "NaN", "Infinity", "-Infinity", "1e309", "1E5", "2e-3", "0x1p3", "0X1A", "4.5.6", "1,2,3",
      "1.234.56", "five", "", "99999999999999999999999", "1234567890123456789", "1.234,567,8",
    ])
  func rejects(text: String) {
    for kind in [NumberKind.count, .rating, .decimal, .percent, .price] {
      #expect(LocaleNumber.parse(text, kind: kind) == nil, "\(text) as \(kind)")
    }
  }

  @Test("values beyond 1e15 are rejected")
  func magnitudeLimit() {
    #expect(LocaleNumber.parse("1,000,000,000,000,000", kind: .count) != nil)
    #expect(LocaleNumber.parse("1,000,000,000,000,001", kind: .count) == nil)
    #expect(LocaleNumber.parse("2000000000000M", kind: .count) == nil)
  }
}

@Suite("LocaleNumber helpers")
struct LocaleNumberHelperTests {
  @Test(
    "count",
    arguments: [
      ("5.182", 5182, false), ("3.000+", 3000, true), ("10,000+ sold", 10000, true),
      ("70.5K", 70500, false), ("1,2 тыс.", 1200, false), ("1.5万", 15000, false),
      ("0", 0, false), ("2 ratings", 2, false),
    ])
  func count(text: String, value: Int, lowerBound: Bool) throws {
    let result = try #require(LocaleNumber.count(text))
    #expect(result.value == value)
    #expect(result.isLowerBound == lowerBound)
  }

  @Test(
    "count rejects",
    arguments: [
      "-12", "\u{2212}12", "4,56", "1.5", "99999999999999999999999", "1000000000000", "NaN", "1e309",
    ])
  func countRejects(text: String) {
    #expect(LocaleNumber.count(text) == nil)
  }

  @Test(
    "rating",
    arguments: [
      ("4,8", 4.8), ("4.8 out of 5 stars", 4.8), ("4.8/5", 4.8), ("Rated 4.5 out of 5", 4.5),
      ("8.6/10", 4.3), ("7 out of 10", 3.5), ("4,5 von 5 Sternen", 4.5), ("4,5 sur 5 étoiles", 4.5),
      ("5つ星のうち4.5", 4.5), ("5 yıldız üzerinden 4,6", 4.6), ("4.7 (1,234 ratings)", 4.7),
      ("0", 0), ("5.0", 5),
    ])
  func rating(text: String, expected: Double) {
    #expect(approx(LocaleNumber.rating(text), expected))
  }

  @Test("rating rejects", arguments: ["7.5", "7.5 out of 5", "-1", "12/10", "stars", "4.5.6 stars"])
  func ratingRejects(text: String) {
    #expect(LocaleNumber.rating(text) == nil)
  }

  @Test("ratingCheck")
  func ratingCheck() {
    #expect(LocaleNumber.ratingCheck(4.5, scale: 5) == 4.5)
    #expect(LocaleNumber.ratingCheck(9, scale: 10) == 4.5)
    #expect(LocaleNumber.ratingCheck(90, scale: 100) == 4.5)
    #expect(LocaleNumber.ratingCheck(7.5, scale: 5) == nil)
    #expect(LocaleNumber.ratingCheck(-0.1, scale: 5) == nil)
    #expect(LocaleNumber.ratingCheck(.nan, scale: 5) == nil)
    #expect(LocaleNumber.ratingCheck(1, scale: 0) == nil)
  }

  @Test(
    "percent",
    arguments: [
      ("97.3%", 97.3), ("98,8 %", 98.8), ("%97.3", 97.3), ("97.3% Positive Feedback", 97.3),
      ("100%", 100), ("0%", 0), ("٩٨٫٥٪", 98.5), ("９９．１％", 99.1),
    ])
  func percent(text: String, expected: Double) {
    #expect(approx(LocaleNumber.percent(text), expected))
  }

  @Test("percent rejects", arguments: ["140%", "-5%", "NaN%", "1e3%", "%", "100.5%"])
  func percentRejects(text: String) {
    #expect(LocaleNumber.percent(text) == nil)
  }
}

@Suite("CurrencyDetector")
struct CurrencyDetectorTests {
  struct Case: Sendable, CustomStringConvertible {
    var text: String
    var amount: Double
    var currency: String?
    var dollar: String? = nil
    var yen: String? = nil
    var warns = false
    var description: String { text }
  }

  static let cases: [Case] = [
    Case(text: "US $349.99", amount: 349.99, currency: "USD"),
    Case(text: "$25.99", amount: 25.99, currency: "USD", dollar: "USD"),
    Case(text: "$25.99", amount: 25.99, currency: nil, warns: true),
    Case(text: "€ 97,39", amount: 97.39, currency: "EUR"),
    Case(text: "1 234,56 €", amount: 1234.56, currency: "EUR"),
    Case(text: "1\u{00A0}234,56\u{00A0}€", amount: 1234.56, currency: "EUR"),
    Case(text: "1\u{202F}234,56\u{202F}€", amount: 1234.56, currency: "EUR"),
    Case(text: "97,39 €", amount: 97.39, currency: "EUR"),
    Case(text: "₪7.66", amount: 7.66, currency: "ILS"),
    Case(text: "7.66 ₪", amount: 7.66, currency: "ILS"),
    Case(text: "¥149.00 - 159.00", amount: 149, currency: "CNY", yen: "CNY"),
    Case(text: "¥149.00 - 159.00", amount: 149, currency: nil, warns: true),
    Case(text: "￥1,980", amount: 1980, currency: "JPY", yen: "JPY"),
    Case(text: "CN¥149", amount: 149, currency: "CNY"),
    Case(text: "￥149", amount: 149, currency: "CNY", yen: "CNY"),
    Case(text: "£12.50", amount: 12.5, currency: "GBP"),
    Case(text: "R$ 45,90", amount: 45.9, currency: "BRL"),
    Case(text: "zł 12,99", amount: 12.99, currency: "PLN"),
    Case(text: "12,99 zł", amount: 12.99, currency: "PLN"),
    Case(text: "руб. 1 234", amount: 1234, currency: "RUB"),
    Case(text: "1 234 ₽", amount: 1234, currency: "RUB"),
    Case(text: "C$ 12", amount: 12, currency: "CAD"),
    Case(text: "CA $12.00", amount: 12, currency: "CAD"),
    Case(text: "AU $12", amount: 12, currency: "AUD"),
    Case(text: "A$12", amount: 12, currency: "AUD"),
    Case(text: "HK$12", amount: 12, currency: "HKD"),
    Case(text: "NT$ 1,290", amount: 1290, currency: "TWD"),
    Case(text: "₩12,000", amount: 12000, currency: "KRW"),
    Case(text: "₹1,234.00", amount: 1234, currency: "INR"),
    Case(text: "₹1,23,456.00", amount: 123_456, currency: "INR"),
    Case(text: "₺12,50", amount: 12.5, currency: "TRY"),
    Case(text: "12,50 TL", amount: 12.5, currency: "TRY"),
    Case(text: "CHF 12.50", amount: 12.5, currency: "CHF"),
    Case(text: "CHF 1'234.50", amount: 1234.5, currency: "CHF"),
    Case(text: "kr 99", amount: 99, currency: nil, warns: true),
    Case(text: "USD 12.00", amount: 12, currency: "USD"),
    Case(text: "12.00 EUR", amount: 12, currency: "EUR"),
    Case(text: "EUR 12,00", amount: 12, currency: "EUR"),
    Case(text: "Rs. 499", amount: 499, currency: "INR"),
    Case(text: "$12.00 CAD", amount: 12, currency: "CAD"),
    Case(text: "€1.234", amount: 1234, currency: "EUR"),
    Case(text: "KWD 1.250", amount: 1.25, currency: "KWD", warns: true),
    Case(text: "12,00 € - 15,00 €", amount: 12, currency: "EUR"),
    Case(text: "Price: 1.234", amount: 1234, currency: nil, warns: true),
    Case(text: "٣٤٩٫٩٩ US $", amount: 349.99, currency: "USD"),
  ]

  @Test("parsePrice", arguments: cases)
  func parsePrice(_ c: Case) throws {
    let price = try #require(CurrencyDetector.parsePrice(c.text, defaultDollar: c.dollar, defaultYen: c.yen))
    #expect(approx(price.amount, c.amount))
    #expect(price.currency == c.currency)
    #expect((price.warning != nil) == c.warns, "\(price.warning ?? "no warning")")
  }

  @Test("krona uses its hint")
  func kronaHint() {
    #expect(CurrencyDetector.parsePrice("99 kr", defaultKrona: "SEK")?.currency == "SEK")
    #expect(CurrencyDetector.parsePrice("kr 99")?.warning == "ambiguous currency symbol 'kr'")
  }

  @Test("rejects", arguments: ["", "free", "-$5.00", "-12 €", "NaN €", "$1e309", "4.5.6 €"])
  func rejects(text: String) {
    #expect(CurrencyDetector.parsePrice(text, defaultDollar: "USD") == nil)
  }

  @Test(
    "isoCode",
    arguments: [
      ("usd", "USD"), ("EUR", "EUR"), ("€", "EUR"), ("US$", "USD"), (" £ ", "GBP"), ("R$", "BRL"),
      ("₹", "INR"), ("CN¥", "CNY"), ("zł", "PLN"), ("jpy", "JPY"),
    ])
  func isoCode(input: String, expected: String) {
    #expect(CurrencyDetector.isoCode(for: input) == expected)
  }

  @Test("isoCode unknown or ambiguous", arguments: ["$", "¥", "kr", "XYZ", "dollars", "", "US"])
  func isoCodeUnknown(input: String) {
    #expect(CurrencyDetector.isoCode(for: input) == nil)
  }
}

@Suite("Parser invariants on random input")
struct ParserFuzzTests {
  static let alphabet: [Character] = Array(
    "0123456789999,.,. '\u{00A0}\u{202F}\u{2009}’-−+%٫٬٤١۱१１，．Kk万MeEx/$€¥₪krzł年月日 ofSepmarsде")

  @Test("no traps and results respect their contracts")
  func invariants() {
    var generator = SplitMix(state: 42)
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...24, using: &generator)
      let text = String((0..<length).compactMap { _ in Self.alphabet.randomElement(using: &generator) })
      for kind in [NumberKind.count, .rating, .decimal, .percent, .price] {
        if let parsed = LocaleNumber.parse(text, kind: kind) {
          #expect(parsed.value.isFinite && abs(parsed.value) <= 1e15, "\(text)")
        }
      }
      if let count = LocaleNumber.count(text) {
        #expect(count.value >= 0 && count.value < 1_000_000_000_000, "\(text)")
      }
      if let rating = LocaleNumber.rating(text) {
        #expect((0...5).contains(rating), "\(text)")
      }
      if let percent = LocaleNumber.percent(text) {
        #expect((0...100).contains(percent), "\(text)")
      }
      if let price = CurrencyDetector.parsePrice(text) {
        #expect(price.amount.isFinite && price.amount >= 0, "\(text)")
        #expect(price.currency == nil || price.currency?.count == 3, "\(text)")
      }
      if let date = DateText.parse(text) {
        #expect(DateText.plausibleYears.contains(date.year), "\(text)")
      }
    }
  }
}
