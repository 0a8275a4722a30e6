import CaveatCore
import CaveatExtract
import CaveatScore
import Foundation
import Testing

@testable import CaveatRank

/// Ranking a folder: every page once, refusals listed, batch knowledge applied.
@Suite struct RankTests {
  static let fixtures: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
      url.deleteLastPathComponent()
      let candidate = url.appendingPathComponent("Fixtures/pages")
      if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
    }
    return URL(fileURLWithPath: "Fixtures/pages")
  }()

  static let context = AssessmentContext(
    today: CalendarDate(year: 2026, month: 11, day: 28) ?? CalendarDate(daysSinceEpoch: 0))

  /// A fresh temporary folder.
  func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-rank-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  func pages(_ url: URL) -> [PagePath] {
    PageFinder().find([PagePath(url.path)]).compactMap {
      if case .page(let path) = $0 { return path } else { return nil }
    }
  }

  @Test func fixturesFolderRanksEveryProductPageAndListsTheRest() async throws {
    let found = PageFinder().find([PagePath(Self.fixtures.path)])
    let pages = found.compactMap { if case .page(let path) = $0 { return path } else { return nil } }
    #expect(pages.count >= 20)
    let result = try await BatchRanker.rank(pages, options: RankOptions(jobs: 2, context: Self.context))
    #expect(result.ranked.count + result.failures.count + result.duplicates.count == pages.count)
    #expect(result.failures.contains { $0.file.hasSuffix("empty.html") && $0.code == 65 })
    #expect(result.failures.contains { $0.file.hasSuffix("amazon-robot-check.html") })
    // Best first, ties by file name: a deterministic order.
    let scores = result.ranked.map(\.score)
    #expect(scores == scores.sorted(by: >))
    let again = try await BatchRanker.rank(pages, options: RankOptions(jobs: 1, context: Self.context))
    #expect(again.ranked.map(\.file) == result.ranked.map(\.file), "one job and two give the same ranking")
    let report = try result.report(try #require(result.ranked.first))
    #expect(report.assessment != nil)
  }

  @Test func theSamePageSavedTwiceIsRankedOnce() async throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let lamp = Self.fixtures.appendingPathComponent("generic-jsonld-lamp.html")
    try FileManager.default.copyItem(at: lamp, to: directory.appendingPathComponent("a.html"))
    try FileManager.default.copyItem(at: lamp, to: directory.appendingPathComponent("b.html"))
    let result = try await BatchRanker.rank(pages(directory), options: RankOptions(context: Self.context))
    #expect(result.ranked.count == 1)
    #expect(result.duplicates.count == 1)
    #expect(result.duplicates.first?.file.hasSuffix("b.html") == true)
  }

  @Test func offersOfOneProductAreGroupedAndAFarCheaperOneIsFlagged() async throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let lamp = try String(contentsOf: Self.fixtures.appendingPathComponent("generic-jsonld-lamp.html"), encoding: .utf8)
    for (name, seller, price) in [
      ("a", "Lumen & Co.", "89.00"), ("b", "Lampworks", "92.00"), ("c", "Bright Deals", "29.00"),
    ] {
      let page = lamp.replacingOccurrences(of: "\"price\": \"89.00\"", with: "\"price\": \"\(price)\"")
        .replacingOccurrences(of: "\"name\": \"Lumen & Co.\"", with: "\"name\": \"\(seller)\"")
      try page.write(to: directory.appendingPathComponent("\(name).html"), atomically: true, encoding: .utf8)
    }
    let result = try await BatchRanker.rank(pages(directory), options: RankOptions(context: Self.context))
    #expect(result.ranked.count == 3)
    let group = try #require(result.groups.first)
    #expect(group.files.count == 3)
    #expect(group.medianPrice == 89)
    let cheap = try #require(result.ranked.first { $0.file.hasSuffix("c.html") })
    #expect(cheap.flags.contains("price-too-good"))
    // The batch's flag and figure sit beside the page's own verdict, which they do not change.
    let report = try result.report(cheap)
    #expect(report.assessment?.batchFlags == ["price-too-good"])
    #expect(report.assessment?.flags.contains("price-too-good") == false)
    #expect((cheap.batchScore ?? 100) < cheap.score)
    let fair = try #require(result.ranked.first { $0.file.hasSuffix("a.html") })
    #expect(!fair.flags.contains("price-too-good"))
  }

  /// The corpus folders shared by the helpers, when present.
  static let corpora: [URL] = {
    let shared = fixtures.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("../shared")
    return [fixtures]
      + ["corpus", "corpus-next"].map { shared.appendingPathComponent($0) }.filter {
        FileManager.default.fileExists(atPath: $0.path)
      }
  }()

  @Test("vet and rank give every page the same verdict, score and grade", arguments: corpora)
  func vetAndRankAgree(_ folder: URL) async throws {
    let result = try await BatchRanker.rank(pages(folder), options: RankOptions(jobs: 1, context: Self.context))
    #expect(!result.ranked.isEmpty)
    for summary in result.ranked {
      let ranked = try #require(try result.report(summary).assessment)
      let alone = try Vetting.vet(PagePath(try result.report(summary).source.file), context: Self.context)
      let vetted = try #require(alone.assessment)
      #expect(ranked.verdict == vetted.verdict, "\(summary.file)")
      #expect(ranked.score == vetted.score, "\(summary.file)")
      #expect(ranked.grade == vetted.grade, "\(summary.file)")
      #expect(summary.score == vetted.score && summary.verdict == vetted.verdict, "\(summary.file)")
    }
  }

  @Test("sorting by price sorts converted prices; unconverted ones come last")
  func priceSortConverts() async throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let lamp = try String(contentsOf: Self.fixtures.appendingPathComponent("generic-jsonld-lamp.html"), encoding: .utf8)
    // 89 EUR, 12,000 JPY (about 77 EUR) and 50,000 VND (no rate): raw numbers would sort EUR first.
    for (name, price, currency, seller) in [
      ("a", "89.00", "EUR", "A"), ("b", "12000", "JPY", "B"), ("c", "50000", "VND", "C"),
    ] {
      let page = lamp.replacingOccurrences(of: "\"price\": \"89.00\"", with: "\"price\": \"\(price)\"")
        .replacingOccurrences(of: "\"priceCurrency\": \"EUR\"", with: "\"priceCurrency\": \"\(currency)\"")
        .replacingOccurrences(of: "\"name\": \"Lumen & Co.\"", with: "\"name\": \"\(seller)\"")
      try page.write(to: directory.appendingPathComponent("\(name).html"), atomically: true, encoding: .utf8)
    }
    var context = Self.context
    context.displayCurrency = "EUR"
    let result = try await BatchRanker.rank(
      pages(directory), options: RankOptions(jobs: 1, context: context), sort: .price)
    #expect(result.ranked.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["b.html", "a.html", "c.html"])
  }

  @Test func symlinkLoopsAndDanglingLinksDoNotStopTheSearch() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let lamp = Self.fixtures.appendingPathComponent("generic-jsonld-lamp.html")
    try FileManager.default.copyItem(at: lamp, to: directory.appendingPathComponent("page.html"))
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("again").path, withDestinationPath: ".")
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("up").path, withDestinationPath: "..")
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("self.html").path, withDestinationPath: "self.html")
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("gone.html").path, withDestinationPath: "missing.html")
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("alias.html").path, withDestinationPath: "page.html")
    let found = PageFinder().find([PagePath(directory.path)])
    let pages = found.compactMap { if case .page(let path) = $0 { return path } else { return nil } }
    #expect(pages.count == 1, "the page and its alias are one file")
    let problems = found.filter { if case .problem = $0 { return true } else { return false } }
    #expect(problems.count == 2, "the self-link and the dangling link: \(problems)")
  }

  @Test func theBatchPriorComesFromTheBatch() {
    let summaries = (0..<6).map { index in
      RankSummary(
        index: index, file: "\(index)", sha256: "\(index)", site: "generic", productId: nil, titleKey: "", seller: nil,
        price: nil, ratingAverage: 4.6, ratingCount: 100, histogram: [0, 0, 0, 20, 80], partial: false,
        sellerFeedback: nil)
    }
    let prior = BatchRanker.prior(summaries, config: ScoringConfig())
    #expect(prior != nil)
    #expect(abs((prior?.mean ?? 0) - 4.6) < 0.001)
    #expect((prior?.histogram[4] ?? 0) > (prior?.histogram[0] ?? 0), "the batch is mostly five stars")
    #expect(
      BatchRanker.prior(Array(summaries.prefix(3)), config: ScoringConfig()) == nil, "too few listings keep the default"
    )
  }

  @Test func vettingAssessesWithTheSellersPastClaims() throws {
    let lamp = PagePath(Self.fixtures.appendingPathComponent("generic-jsonld-lamp.html").path)
    let asked = Locked<[String?]>([])
    let report = try Vetting.vet(lamp, context: Self.context) { name, _ in
      asked.withLock { $0.append(name) }
      return [PastClaim(problem: "damaged", outcome: "no refund", orderedOn: nil)]
    }
    #expect(asked.withLock { $0 } == ["Lumen & Co."])
    let assessment = try #require(report.assessment)
    #expect(assessment.signals.contains { $0.signalCode == .sellerPastClaims })
    #expect(assessment.advice.first?.adviceCode == .avoidSellerHistory)
    let clean = try Vetting.vet(lamp, context: Self.context)
    #expect(clean.assessment?.signals.contains { $0.signalCode == .sellerPastClaims } == false)
    #expect(throws: ListingReadError.self) {
      try Vetting.vet(PagePath(Self.fixtures.appendingPathComponent("empty.html").path), context: Self.context)
    }
  }

  @Test func aBatchOfOnePageIsAssessedAsVetAssessesIt() async throws {
    let lamp = PagePath(Self.fixtures.appendingPathComponent("generic-jsonld-lamp.html").path)
    let result = try await BatchRanker.rank([lamp], options: RankOptions(jobs: 1, context: Self.context))
    let ranked = try result.report(try #require(result.ranked.first))
    #expect(ranked.assessment == (try Vetting.vet(lamp, context: Self.context)).assessment)
  }

  func summary(_ index: Int, sha: String, productId: String? = nil, seller: String? = nil) -> RankSummary {
    RankSummary(
      index: index, file: "\(index).html", sha256: sha, site: "generic", productId: productId, titleKey: "",
      seller: seller, price: Money(amount: 10, currency: "USD"), ratingAverage: nil, ratingCount: nil, histogram: nil,
      partial: false, sellerFeedback: nil)
  }

  @Test func deduplicationKeepsTheFirstOfOneContentOrOneOffer() {
    let (unique, duplicates) = BatchRanker.deduplicate([
      summary(0, sha: "a"), summary(1, sha: "a"), summary(2, sha: "b", productId: "p", seller: "s"),
      summary(3, sha: "c", productId: "p", seller: "s"), summary(4, sha: "d", productId: "p", seller: "t"),
    ])
    #expect(unique.map(\.index) == [0, 2, 4])
    #expect(duplicates.map(\.file) == ["1.html", "3.html"])
    #expect(duplicates.map(\.of) == ["0.html", "2.html"])
  }

  @Test func offersOfOneProductBySeveralSellersAreLearntAsAGroup() {
    var unique = [
      summary(0, sha: "a", productId: "p", seller: "s"), summary(1, sha: "b", productId: "p", seller: "t"),
      summary(2, sha: "c", productId: "q", seller: "s"),
    ]
    let batch = BatchRanker.learn(from: &unique, config: ScoringConfig())
    #expect(unique.map(\.group) == ["generic:p", "generic:p", nil])
    #expect(batch.medians["generic:p"]?.amount == 10)
    #expect(batch.medians["generic:q"] == nil)
    let groups = BatchRanker.offerGroups(unique, batch: batch)
    #expect(groups.map(\.key) == ["generic:p"])
    #expect(groups.first?.files == ["0.html", "1.html"])
  }

  @Test func filtersAdmitByFlagAndVerdict() {
    var page = summary(0, sha: "a")
    #expect(RankFilter.allCases.allSatisfy { !$0.admits(page) }, "no flag, no verdict yet")
    page.flags = ["fragile"]
    #expect(RankFilter.fragile.admits(page) && RankFilter.flagged.admits(page))
    #expect(!RankFilter.highValue.admits(page) && !RankFilter.buy.admits(page))
    page.verdict = .buy
    #expect(RankFilter.buy.admits(page))
  }
}
