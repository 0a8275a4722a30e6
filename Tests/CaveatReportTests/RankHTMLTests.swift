import CaveatCore
import CaveatExtract
import CaveatRank
import CaveatScore
import Foundation
import Testing

@testable import CaveatReport

/// The HTML ranking's summary and words, and the ranking's notice of two saves of one listing.
@Suite("Rank HTML and saves")
struct RankHTMLTests {
  static let fixtures = ListingDiffTests.fixtures

  /// A folder holding both lamp saves, modified at `march` and `june`, and one other page.
  static func folder(march: Date, june: Date) throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-saves-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for (name, date) in [("diff-lamp-2025-03.html", march), ("diff-lamp-2025-06.html", june)] {
      let target = directory.appendingPathComponent(name)
      try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: target)
      try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: target.path)
    }
    try FileManager.default.copyItem(
      at: fixtures.appendingPathComponent("generic-jsonld-lamp.html"),
      to: directory.appendingPathComponent("generic-jsonld-lamp.html"))
    return directory
  }

  static func rank(_ directory: URL) async throws -> RankResult {
    let pages = PageFinder().pages(in: [PagePath(directory.path)]).pages
    return try await BatchRanker.rank(
      pages, options: RankOptions(jobs: 1, maxBytes: PageFileReader.defaultMaxBytes, context: ListingDiffTests.context))
  }

  @Test("two saves of one listing at different dates are noticed, oldest first, in every format")
  func twoSaves() async throws {
    // The June file is listed first by name order only if dates are ignored: name it so.
    let directory = try Self.folder(
      march: Date(timeIntervalSince1970: 1_741_946_400), june: Date(timeIntervalSince1970: 1_750_444_200))
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try await Self.rank(directory)
    #expect(result.ranked.count == 3)
    let saves = try #require(result.saves.first)
    #expect(result.saves.count == 1)
    #expect(
      saves.files.map { $0.split(separator: "/").last.map(String.init) } == [
        "diff-lamp-2025-03.html", "diff-lamp-2025-06.html",
      ])
    #expect(saves.dates.allSatisfy { $0.source == .fileModified })
    let renderer = RankRenderer(
      result: result, shown: result.ranked, rankOf: result.places(), failures: [],
      style: TerminalStyle(enabled: false), language: .fr)
    let html = StringSink()
    try renderer.html(into: html)
    #expect(html.text.contains("<html lang=\"fr\">"))
    #expect(html.text.contains("2 enregistrements de la même annonce"))
    let markdown = StringSink()
    try renderer.markdown(into: markdown)
    #expect(markdown.text.contains("2 saves of the same listing"))
    let json = StringSink()
    try renderer.json(into: json)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.text.utf8)) as? [String: Any])
    let listed = try #require((object["saves"] as? [[String: Any]])?.first)
    #expect((listed["savedAt"] as? [String]) == ["2025-03-14T10:00:00Z", "2025-06-20T18:30:00Z"])
  }

  @Test("copies made at the same moment are not saves at different dates")
  func sameMoment() async throws {
    let now = Date(timeIntervalSince1970: 1_750_444_200)
    let directory = try Self.folder(march: now, june: now.addingTimeInterval(5))
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try await Self.rank(directory).saves.isEmpty)
  }

  @Test("the HTML ranking: summary charts, words in the language, everything escaped")
  func summary() async throws {
    let directory = try Self.folder(
      march: Date(timeIntervalSince1970: 1_741_946_400), june: Date(timeIntervalSince1970: 1_750_444_200))
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try await Self.rank(directory)
    for (language, words) in [
      (Language.en, ["Price against score", "Verdicts and flags", "Listed prices in EUR"]),
      (.fr, ["Prix et score", "Verdicts et alertes", "Prix affichés en EUR", "Annonce"]),
    ] {
      let sink = StringSink()
      try RankRenderer(
        result: result, shown: result.ranked, rankOf: result.places(), failures: [],
        style: TerminalStyle(enabled: false), language: language
      ).html(into: sink)
      #expect(sink.text.contains("<html lang=\"\(language.rawValue)\">"))
      for word in words { #expect(sink.text.contains(word), "\(language): \(word)") }
      #expect(sink.text.components(separatedBy: "<circle ").count - 1 == 3, "one dot per priced listing")
      #expect(!sink.text.contains("<link") && !sink.text.contains("src=\"http"), "nothing is loaded")
      #expect(sink.text.contains("Content-Security-Policy"))
    }
  }

  @Test("axis ticks are round and reach the maximum; the price chart keeps the most common currency")
  func charts() {
    #expect(SummaryCharts.axisTicks(7) == [0, 2, 4, 6, 8])
    #expect(SummaryCharts.axisTicks(699.99) == [0, 200, 400, 600, 800])
    #expect(SummaryCharts.axisTicks(0) == [0])
    let words = ReportWords(.en)
    let svg = SummaryCharts.scoreHistogram([5, 95, 100, 55, 51], words: words)
    #expect(svg.contains("<title>90–100: 2</title>"))
    #expect(svg.contains("<title>50–59: 2</title>"))
    #expect(
      words.priceCaption(currency: "EUR", plotted: 3, omitted: 2).contains("2 without a price or in another currency"))
  }

  @Test("a file name in the diff hint is one shell word")
  func shellWords() {
    #expect(ReportWords.shellWord("saved/lamp-2025.html") == "saved/lamp-2025.html")
    #expect(ReportWords.shellWord("my lamp's page.html") == "'my lamp'\\''s page.html'")
  }
}
