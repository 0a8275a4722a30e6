// Locale-aware number, price and date parsers on arbitrary text.
// Properties: every result is finite and within the documented range.
import CaveatCore
import CaveatExtract
import FuzzSupport

private let kinds: [NumberKind] = [.count, .rating, .decimal, .percent, .price]
private let dollars: [String?] = [nil, "USD", "CAD", "AUD"]
private let yens: [String?] = [nil, "JPY", "CNY"]
private let kronas: [String?] = [nil, "SEK", "NOK", "DKK"]

private func checkDate(_ date: CalendarDate?, _ years: ClosedRange<Int>, _ what: String, _ input: [UInt8]) {
  guard let date else { return }
  check(years.contains(date.year), "\(what): year \(date.year) outside \(years)", input)
  check((1...12).contains(date.month), "\(what): month \(date.month)", input)
  check(
    (1...CalendarDate.daysInMonth(year: date.year, month: date.month)).contains(date.day),
    "\(what): impossible day \(date)", input)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let bytes = fuzzBytes(data, size)
  let text = String(decoding: bytes, as: UTF8.self)

  for kind in kinds {
    if let parsed = LocaleNumber.parse(text, kind: kind) {
      check(parsed.value.isFinite, "parse(\(kind)) not finite: \(parsed.value)", bytes)
      check(abs(parsed.value) <= 1e15, "parse(\(kind)) beyond 1e15: \(parsed.value)", bytes)
    }
  }
  if let count = LocaleNumber.count(text) {
    check(count.value >= 0 && count.value < 1_000_000_000_000, "count out of range: \(count.value)", bytes)
  }
  if let rating = LocaleNumber.rating(text) {
    check(rating.isFinite && rating >= 0 && rating <= 5, "rating out of 0...5: \(rating)", bytes)
  }
  if let percent = LocaleNumber.percent(text) {
    check(percent.isFinite && percent >= 0 && percent <= 100, "percent out of 0...100: \(percent)", bytes)
  }

  let pick = bytes.count
  if let price = CurrencyDetector.parsePrice(
    text, defaultDollar: dollars[pick % dollars.count], defaultYen: yens[pick % yens.count],
    defaultKrona: kronas[pick % kronas.count])
  {
    check(
      price.amount.isFinite && price.amount >= 0 && price.amount <= 1e15,
      "price amount out of range: \(price.amount)", bytes)
    if let code = price.currency {
      check(
        code.unicodeScalars.count == 3 && code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }),
        "currency is not an ISO 4217 code: '\(code)'", bytes)
    }
  }

  checkDate(DateText.parse(text, preferDayFirst: true), DateText.plausibleYears, "DateText.parse(dayFirst)", bytes)
  checkDate(DateText.parse(text, preferDayFirst: false), DateText.plausibleYears, "DateText.parse(monthFirst)", bytes)
  checkDate(DateText.parse(text, preferDayFirst: true, years: 1...9999), 1...9999, "DateText.parse(1...9999)", bytes)
  if bytes.count >= 8 {
    let raw = bytes.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    checkDate(DateText.fromEpoch(Double(bitPattern: raw)), DateText.plausibleYears, "fromEpoch", bytes)
  }
  return 0
}

@_cdecl("FuzzNumbers_main")
public func fuzzNumbersMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  runLibFuzzer(argc, argv, fuzzNumbers)
}
