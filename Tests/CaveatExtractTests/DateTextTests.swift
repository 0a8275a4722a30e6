import CaveatCore
import CaveatExtract
import Testing

@Suite("DateText")
struct DateTextTests {
  @Test(
    "parses",
    arguments: [
      ("2018-03-19", "2018-03-19"),
      ("2018-03-19T10:00:00Z", "2018-03-19"),
      ("2018/03/19", "2018-03-19"),
      ("19.03.2018", "2018-03-19"),
      ("03/19/2018", "2018-03-19"),
      ("19/03/2018", "2018-03-19"),
      ("Sep 4, 2025", "2025-09-04"),
      ("September 4, 2025", "2025-09-04"),
      ("4 September 2025", "2025-09-04"),
      ("4 Sep 2025", "2025-09-04"),
      ("Sept. 4, 2025", "2025-09-04"),
      ("March 3rd, 2020", "2020-03-03"),
      ("11 déc. 2022", "2022-12-11"),
      ("11 décembre 2022", "2022-12-11"),
      ("11 decembre 2022", "2022-12-11"),
      ("1er mars 2023", "2023-03-01"),
      ("4 de sep. de 2025", "2025-09-04"),
      ("4 de septiembre de 2025", "2025-09-04"),
      ("4 de setembro de 2025", "2025-09-04"),
      ("4. September 2025", "2025-09-04"),
      ("4. Sept. 2025", "2025-09-04"),
      ("12. März 2024", "2024-03-12"),
      ("4 settembre 2025", "2025-09-04"),
      ("4 сентября 2025 г.", "2025-09-04"),
      ("1 мая 2024 г.", "2024-05-01"),
      ("מרץ 19, 2018", "2018-03-19"),
      ("19 במרץ 2018", "2018-03-19"),
      ("4 Eylül 2025", "2025-09-04"),
      ("4 Aralık 2023", "2023-12-04"),
      ("4 września 2025", "2025-09-04"),
      ("4 mrt 2025", "2025-03-04"),
      ("4 oktober 2025", "2025-10-04"),
      ("2023年12月11日", "2023-12-11"),
      ("２０２３年１２月１１日", "2023-12-11"),
      ("2023년 12월 11일", "2023-12-11"),
      ("Reviewed in the United States on March 3, 2020", "2020-03-03"),
      ("Reviewed in Germany 🇩🇪 on 4 September 2025", "2025-09-04"),
      ("Rezension aus Deutschland vom 4. September 2025", "2025-09-04"),
      ("Commenté en France le 11 décembre 2022", "2022-12-11"),
      ("Posted 2024-01-05, edited 2024-02-01", "2024-01-05"),
      ("Edited March 1, 2024 (first posted 2023-12-01)", "2024-03-01"),
      ("٢٠٢٣-١٢-١١", "2023-12-11"),
    ])
  func parses(text: String, expected: String) {
    #expect(DateText.parse(text)?.description == expected)
  }

  @Test("day-first preference decides ambiguous numeric dates")
  func ambiguousNumeric() {
    #expect(DateText.parse("04/09/2025")?.description == "2025-09-04")
    #expect(DateText.parse("04/09/2025", preferDayFirst: false)?.description == "2025-04-09")
    #expect(DateText.parse("03/19/2018", preferDayFirst: true)?.description == "2018-03-19")
    #expect(DateText.parse("19/03/2018", preferDayFirst: false)?.description == "2018-03-19")
    #expect(DateText.parse("04.09.2025", preferDayFirst: false)?.description == "2025-09-04")
  }

  @Test(
    "rejects",
    arguments: [
      "2024-02-30", "0000-00-00", "9999-01-01", "1990-05-05", "31.02.2024", "13/13/2024",
      "September 31, 2025", "30 février 2024", "no date here", "", "4.5 out of 5", "12345",
      "Sep 2025",
    ])
  func rejects(text: String) {
    #expect(DateText.parse(text) == nil)
  }

  @Test("explicit year range")
  func explicitYears() {
    #expect(DateText.parse("1990-05-05", preferDayFirst: true, years: 1900...2000)?.description == "1990-05-05")
    #expect(DateText.parse("2018-03-19", preferDayFirst: true, years: 1900...2000) == nil)
  }

  @Test(
    "fromEpoch",
    arguments: [
      (1_700_000_000, "2023-11-14"), (1_700_000_000_000, "2023-11-14"), (946_684_800, "2000-01-01"),
      (946_684_799, "1999-12-31"), (1_583_193_600_000, "2020-03-03"),
    ])
  func fromEpoch(value: Double, expected: String) {
    #expect(DateText.fromEpoch(value)?.description == expected)
  }

  @Test("fromEpoch rejects", arguments: [Double.nan, .infinity, -.infinity, 0, -1, 1e300, 4_200_000_000_000_000])
  func fromEpochRejects(value: Double) {
    #expect(DateText.fromEpoch(value) == nil)
  }
}
