import Foundation

/// A calendar date without time zone, validated (proleptic Gregorian, years 1...9999).
///
/// Encodes and decodes as a single `"YYYY-MM-DD"` string.
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// The year, 1...9999.
  public let year: Int
  /// The month, 1...12.
  public let month: Int
  /// The day of the month, 1...28/29/30/31 depending on month and year.
  public let day: Int

  /// The range of years a `CalendarDate` can represent.
  public static let validYears: ClosedRange<Int> = 1...9999
  /// The earliest representable date, 0001-01-01.
  public static let minimum = CalendarDate(trusted: 1, 1, 1)
  /// The latest representable date, 9999-12-31.
  public static let maximum = CalendarDate(trusted: 9999, 12, 31)
  /// `daysSinceEpoch` of `minimum` (0001-01-01).
  public static let minimumDaysSinceEpoch = CalendarDate.daysFromCivil(1, 1, 1)
  /// `daysSinceEpoch` of `maximum` (9999-12-31).
  public static let maximumDaysSinceEpoch = CalendarDate.daysFromCivil(9999, 12, 31)

  private init(trusted year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Creates a validated date; nil for impossible dates such as 2024-02-30, month 13 or 0000-00-00.
  public init?(year: Int, month: Int, day: Int) {
    guard Self.validYears.contains(year), (1...12).contains(month) else { return nil }
    guard day >= 1, day <= Self.daysInMonth(year: year, month: month) else { return nil }
    self.init(trusted: year, month, day)
  }

  /// Parses strictly `"YYYY-MM-DD"` (exactly ten ASCII characters); nil otherwise or when invalid.
  public init?(iso: String) {
    let bytes = Array(iso.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let byte = bytes[index]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return nil
    }
    self.init(year: year, month: month, day: day)
  }

  /// Creates the date `daysSinceEpoch` days after 1970-01-01, clamped to `minimum...maximum`.
  public init(daysSinceEpoch: Int) {
    let clamped = min(max(daysSinceEpoch, Self.minimumDaysSinceEpoch), Self.maximumDaysSinceEpoch)
    let civil = Self.civilFromDays(clamped)
    self.init(trusted: civil.year, civil.month, civil.day)
  }

  /// The date as `"YYYY-MM-DD"`.
  public var description: String {
    let yearText = String(year)
    let monthText = String(month)
    let dayText = String(day)
    return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-"
      + (monthText.count < 2 ? "0" : "") + monthText + "-"
      + (dayText.count < 2 ? "0" : "") + dayText
  }

  /// Days since 1970-01-01 (negative before).
  public var daysSinceEpoch: Int {
    Self.daysFromCivil(year, month, day)
  }

  /// The date `days` days later (earlier when negative); nil when the result leaves 0001...9999 or overflows.
  public func adding(days: Int) -> CalendarDate? {
    let (result, overflow) = daysSinceEpoch.addingReportingOverflow(days)
    guard !overflow, (Self.minimumDaysSinceEpoch...Self.maximumDaysSinceEpoch).contains(result) else {
      return nil
    }
    return CalendarDate(daysSinceEpoch: result)
  }

  /// The number of days from `self` to `other` (negative when `other` is earlier).
  public func days(until other: CalendarDate) -> Int {
    other.daysSinceEpoch - daysSinceEpoch
  }

  /// ISO weekday: 1 = Monday ... 7 = Sunday.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (ISO 4).
    let offset = (daysSinceEpoch + 3) % 7
    return (offset < 0 ? offset + 7 : offset) + 1
  }

  /// True for Gregorian leap years.
  public static func isLeapYear(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// Number of days in `month` of `year`; 0 for a month outside 1...12.
  public static func daysInMonth(year: Int, month: Int) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: return 31
    case 4, 6, 9, 11: return 30
    case 2: return isLeapYear(year) ? 29 : 28
    default: return 0
    }
  }

  /// Orders dates chronologically.
  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Decodes from a single `"YYYY-MM-DD"` string; throws `DecodingError.dataCorrupted` when invalid.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = CalendarDate(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "Invalid calendar date '\(text)', expected YYYY-MM-DD")
    }
    self = date
  }

  /// Encodes as a single `"YYYY-MM-DD"` string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  // Howard Hinnant's days_from_civil / civil_from_days (valid for the whole 1...9999 range).
  private static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }
}
