import Foundation

extension CalendarDate {
  /// Today in the user's time zone.
  public static func localToday() -> CalendarDate {
    let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
      ?? CalendarDate(daysSinceEpoch: 0)
  }
}
