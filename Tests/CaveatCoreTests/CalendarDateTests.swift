import CaveatCore
import CaveatTestSupport
import Foundation
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
  @Test(
    "invalid components are rejected",
    arguments: [
      (2024, 2, 30), (2023, 2, 29), (2024, 13, 1), (2024, 0, 10), (0, 0, 0), (0, 1, 1),
      (10_000, 1, 1), (2024, 4, 31), (2024, 1, 0), (2100, 2, 29),
    ])
  func invalidComponents(year: Int, month: Int, day: Int) {
    #expect(CalendarDate(year: year, month: month, day: day) == nil)
  }

  @Test(
    "valid components are accepted",
    arguments: [(2024, 2, 29), (2000, 2, 29), (1, 1, 1), (9999, 12, 31), (2023, 12, 31)])
  func validComponents(year: Int, month: Int, day: Int) throws {
    let date = try #require(CalendarDate(year: year, month: month, day: day))
    #expect(date.year == year && date.month == month && date.day == day)
  }

  @Test(
    "ISO parsing is strict",
    arguments: [
      "2024-02-30", "0000-00-00", "2024-2-01", "2024/02/01", " 2024-02-01", "2024-02-01T00:00",
      "20240201", "２０２４-02-01", "abcd-ef-gh", "", "+024-02-01",
    ])
  func strictISORejects(text: String) {
    #expect(CalendarDate(iso: text) == nil)
  }

  @Test("ISO round trip and description")
  func isoRoundTrip() throws {
    let date = try #require(CalendarDate(iso: "2018-03-19"))
    #expect(date == CalendarDate(year: 2018, month: 3, day: 19))
    #expect(date.description == "2018-03-19")
    #expect(CalendarDate(year: 7, month: 1, day: 2)?.description == "0007-01-02")
  }

  @Test(
    "known epoch offsets",
    arguments: [
      ("1970-01-01", 0), ("1969-12-31", -1), ("2000-03-01", 11_017), ("2024-02-29", 19_782),
      ("0001-01-01", -719_162), ("9999-12-31", 2_932_896),
    ])
  func knownEpochDays(iso: String, days: Int) throws {
    let date = try #require(CalendarDate(iso: iso))
    #expect(date.daysSinceEpoch == days)
    #expect(CalendarDate(daysSinceEpoch: days) == date)
  }

  @Test("daysSinceEpoch initializer clamps instead of trapping")
  func clamping() {
    #expect(CalendarDate(daysSinceEpoch: Int.max) == CalendarDate.maximum)
    #expect(CalendarDate(daysSinceEpoch: Int.min) == CalendarDate.minimum)
    #expect(CalendarDate.maximum.description == "9999-12-31")
    #expect(CalendarDate.minimum.description == "0001-01-01")
  }

  @Test(
    "adding days across month ends and leap years",
    arguments: [
      ("2024-02-28", 1, "2024-02-29"), ("2024-02-29", 1, "2024-03-01"),
      ("2023-02-28", 1, "2023-03-01"), ("2023-12-31", 1, "2024-01-01"),
      ("2024-03-01", -1, "2024-02-29"), ("2000-02-28", 1, "2000-02-29"),
      ("1900-02-28", 1, "1900-03-01"), ("2024-01-31", 30, "2024-03-01"),
      ("2024-01-01", 366, "2025-01-01"), ("2023-01-01", 365, "2024-01-01"),
      ("2020-06-15", -3653, "2010-06-15"),
    ])
  func addingDays(start: String, days: Int, expected: String) throws {
    let date = try #require(CalendarDate(iso: start))
    let result = try #require(date.adding(days: days))
    #expect(result.description == expected)
    #expect(date.days(until: result) == days)
    #expect(result.days(until: date) == -days)
  }

  @Test("adding days out of range returns nil without trapping")
  func addingOverflow() throws {
    let date = try #require(CalendarDate(iso: "2024-06-01"))
    #expect(date.adding(days: Int.max) == nil)
    #expect(date.adding(days: Int.min) == nil)
    #expect(CalendarDate.maximum.adding(days: 1) == nil)
    #expect(CalendarDate.minimum.adding(days: -1) == nil)
    #expect(CalendarDate.maximum.adding(days: 0) == CalendarDate.maximum)
  }

  @Test(
    "ISO weekday",
    arguments: [
      ("1970-01-01", 4), ("2024-01-01", 1), ("2024-03-03", 7), ("2000-01-01", 6),
      ("1969-12-29", 1), ("0001-01-01", 1), ("2025-09-04", 4),
    ])
  func weekday(iso: String, expected: Int) throws {
    #expect(try #require(CalendarDate(iso: iso)).weekday == expected)
  }

  @Test("ordering")
  func ordering() throws {
    let a = try #require(CalendarDate(iso: "2023-12-31"))
    let b = try #require(CalendarDate(iso: "2024-01-01"))
    let c = try #require(CalendarDate(iso: "2024-01-02"))
    #expect(a < b && b < c && a < c)
    #expect(!(b < a))
    #expect([c, a, b].sorted() == [a, b, c])
  }

  @Test("daysSinceEpoch round-trips for random dates (seeded)")
  func randomRoundTrip() throws {
    var generator = SplitMix(seed: 0xCAFE_F00D)
    for _ in 0..<20_000 {
      let year = Int.random(in: 1...9999, using: &generator)
      let month = Int.random(in: 1...12, using: &generator)
      let day = Int.random(in: 1...CalendarDate.daysInMonth(year: year, month: month), using: &generator)
      let date = try #require(CalendarDate(year: year, month: month, day: day))
      let days = date.daysSinceEpoch
      #expect(CalendarDate(daysSinceEpoch: days) == date)
      #expect(CalendarDate(iso: date.description) == date)
      if let next = date.adding(days: 1) {
        #expect(next > date)
        #expect(next.daysSinceEpoch == days + 1)
        #expect(next.weekday == date.weekday % 7 + 1)
      } else {
        #expect(date == CalendarDate.maximum)
      }
    }
  }

  @Test("consecutive day numbers map to consecutive valid dates")
  func consecutiveDays() {
    var previous = CalendarDate(daysSinceEpoch: -800)
    for offset in -799...1_500 {
      let date = CalendarDate(daysSinceEpoch: offset)
      #expect(previous.days(until: date) == 1)
      #expect(CalendarDate(year: date.year, month: date.month, day: date.day) == date)
      previous = date
    }
  }

  @Test("Codable round trip as a single string")
  func codableRoundTrip() throws {
    struct Box: Codable, Equatable {
      var date: CalendarDate
    }
    let box = Box(date: try #require(CalendarDate(iso: "2024-02-29")))
    let data = try JSONEncoder().encode(box)
    #expect(String(decoding: data, as: UTF8.self) == #"{"date":"2024-02-29"}"#)
    #expect(try JSONDecoder().decode(Box.self, from: data) == box)
  }

  @Test("decoding an invalid date throws dataCorrupted", arguments: ["2024-02-30", "0000-00-00", "yesterday"])
  func decodingInvalidThrows(text: String) {
    let json = Data(#"["\#(text)"]"#.utf8)
    #expect {
      _ = try JSONDecoder().decode([CalendarDate].self, from: json)
    } throws: { error in
      guard let decodingError = error as? DecodingError, case .dataCorrupted = decodingError else {
        return false
      }
      return true
    }
  }
}
