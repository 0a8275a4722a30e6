import CaveatCore
import CaveatExtract
import CaveatRank
import CaveatScore
import Foundation
import Testing

@testable import CaveatReport

/// Two saves of one lamp (March and June 2025) and the comparison of them.
@Suite("ListingDiff")
struct ListingDiffTests {
  static let fixtures: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
    }
    return url.appendingPathComponent("Fixtures/pages")
  }()

  static let context = AssessmentContext(
    today: CalendarDate(year: 2026, month: 12, day: 1) ?? CalendarDate(daysSinceEpoch: 0))

  static func page(_ name: String) -> PagePath { PagePath(fixtures.appendingPathComponent(name).path) }

  static func lampDiff() throws -> ListingDiff {
    try ListingComparison.compare(
      old: page("diff-lamp-2025-03.html"), new: page("diff-lamp-2025-06.html"), context: context)
  }

  @Test("reviews that disappeared and appeared are matched by author, date and text")
  func reviews() throws {
    let diff = try Self.lampDiff()
    #expect(Set(diff.disappeared.compactMap(\.author)) == ["Marta", "Priya"])
    #expect(Set(diff.appeared.compactMap(\.author)) == ["Anna", "Sam"])
    #expect(diff.kept == 2)
    // Both removed reviews are newer than Luc's (2025-01-02), which stayed.
    #expect(diff.disappearedWhileOlderRemain == 2)
    #expect(diff.warnings.isEmpty)
  }

  @Test("price, rating count, feedback and return window changes carry both values")
  func fieldChanges() throws {
    let diff = try Self.lampDiff()
    let byField = Dictionary(uniqueKeysWithValues: diff.changes.map { ($0.field, $0) })
    #expect(byField["price"]?.old == .money(Money(amount: 64, currency: "EUR")))
    #expect(byField["price"]?.new == .money(Money(amount: 79, currency: "EUR")))
    #expect(byField["rating.count"]?.old == .integer(38))
    #expect(byField["rating.count"]?.new == .integer(35))
    #expect(diff.countWentDown("rating.count"))
    #expect(!diff.countWentDown("reviewCount"))
    #expect(byField["seller.positiveFeedbackPercent"] != nil)
    #expect(byField["terms.returnWindowDays"]?.new == .integer(14))
    #expect(byField["title"] == nil, "the title did not change")
    #expect(byField["seller.name"] == nil, "the seller did not change")
    #expect(byField["price"].flatMap { DiffReport.delta($0) } == "+15.00")
    #expect(byField["rating.count"].flatMap { DiffReport.delta($0) } == "−3")
  }

  @Test("a page compared with itself shows no change")
  func noChange() throws {
    let diff = try ListingComparison.compare(
      old: Self.page("diff-lamp-2025-03.html"), new: Self.page("diff-lamp-2025-03.html"), context: Self.context)
    #expect(diff.changes.isEmpty)
    #expect(diff.disappeared.isEmpty && diff.appeared.isEmpty)
    #expect(DiffReport.text(diff, style: TerminalStyle(enabled: false)).contains("Nothing compared changed."))
  }

  @Test("different product ids, and unrelated titles, are warned about")
  func differentProducts() throws {
    let other = try ListingComparison.compare(
      old: Self.page("diff-lamp-2025-03.html"), new: Self.page("generic-jsonld-lamp.html"), context: Self.context)
    #expect(other.warnings.contains(.differentProductIDs(old: "LMP-3310", new: "LMP-2040")))
    var a = try Vetting.vet(Self.page("diff-lamp-2025-03.html"), context: Self.context)
    var b = a
    a.listing.productId = nil
    b.listing.productId = nil
    b.listing.title = "Stainless Steel Pour Over Coffee Kettle"
    #expect(ListingDiff.compare(old: a, new: b).warnings == [.differentTitles])
    b.listing.title = "Ceramic Bedside Lamp, Sage Green"
    #expect(ListingDiff.compare(old: a, new: b).warnings.isEmpty, "a small title change is the same product")
    let text = DiffReport.text(other, style: TerminalStyle(enabled: false), language: .fr)
    #expect(text.contains("produits différents"))
  }

  @Test("the save date: the MHTML Date header, else the file's modification time")
  func saveDates() throws {
    let mhtml = try Data(contentsOf: Self.fixtures.appendingPathComponent("lamp-single-file.mhtml"))
    let head = Array(mhtml.prefix(4096))
    let date = try #require(SaveDate.mhtmlHeaderDate(head), "the fixture's header has a Date line")
    #expect(SaveDate(date: date, source: .pageHeader).iso8601 == "2025-10-14T09:12:44Z")
    #expect(SaveDates.of(Self.page("lamp-single-file.mhtml"))?.source == .pageHeader)
    // An HTML page's "saved from url" comment is not a date.
    let html = try Data(contentsOf: Self.fixtures.appendingPathComponent("diff-lamp-2025-03.html"))
    #expect(SaveDate.mhtmlHeaderDate(Array(html)) == nil)
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-diff-\(UUID().uuidString).html")
    defer { try? FileManager.default.removeItem(at: copy) }
    try html.write(to: copy)
    let when = Date(timeIntervalSince1970: 1_741_946_400)  // 2025-03-14T10:00:00Z
    try FileManager.default.setAttributes([.modificationDate: when], ofItemAtPath: copy.path)
    let saved = try #require(SaveDates.of(PagePath(copy.path)))
    #expect(saved.source == .fileModified)
    #expect(saved.iso8601 == "2025-03-14T10:00:00Z")
    #expect(SaveDates.of(.standardInput) == nil)
  }

  @Test("text, HTML and JSON say what disappeared; HTML escapes what the pages say")
  func rendering() throws {
    var diff = try Self.lampDiff()
    let text = DiffReport.text(diff, style: TerminalStyle(enabled: false), width: 80)
    #expect(text.contains("€64.00 → €79.00 (+15.00)"))
    #expect(text.contains("2 reviews seen in the older save have disappeared"))
    #expect(text.contains("Older reviews are still"))
    for line in text.split(separator: "\n") {
      #expect(DisplayWidth.of(String(line)) <= 80, "too wide: \(line)")
    }
    diff.disappeared[0].text = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    let html = DiffReport.html(diff, language: .fr)
    #expect(html.contains("<html lang=\"fr\">"))
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<img"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("Avis disparus"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(DiffReport.json(diff).utf8)) as? [String: Any])
    #expect((json["disappeared"] as? [Any])?.count == 2)
    #expect((json["new"] as? [String: Any])?["savedAtSource"] as? String == "file-modified")
  }
}
