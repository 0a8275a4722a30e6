import CaveatCore

extension CalendarDate {
  /// The date `days` later, clamped to 9999-12-31 (never traps).
  func plus(days: Int) -> CalendarDate {
    adding(days: days) ?? (days < 0 ? .minimum : .maximum)
  }

  /// The same day `years` later; 29 February becomes 28 February in a common year.
  func plus(years: Int) -> CalendarDate {
    let (target, overflow) = year.addingReportingOverflow(years)
    guard !overflow, CalendarDate.validYears.contains(target) else { return .maximum }
    let lastDay = CalendarDate.daysInMonth(year: target, month: month)
    return CalendarDate(year: target, month: month, day: min(day, lastDay)) ?? .maximum
  }

  /// The date `count` business days (Monday to Friday) later, clamped.
  func plus(businessDays count: Int) -> CalendarDate {
    var date = self
    var left = max(0, count)
    while left > 0 {
      guard let next = date.adding(days: 1) else { return .maximum }
      date = next
      if date.weekday <= 5 { left -= 1 }
    }
    return date
  }
}
