import CaveatCore
import Foundation
import Testing

@testable import CaveatScore

/// The configuration file: its keys, its penalties keyed by signal code, its grade bands.
@Suite struct ScoringConfigTests {
  typealias F = ScoreFixture

  /// Writes `json` to a temporary file and loads it.
  func load(_ json: String) throws -> (ScoringConfig, unknownKeys: [String]) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-config-\(UUID().uuidString).json")
    try Data(json.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    return try ScoringConfig.load(from: url.path)
  }

  @Test("penalties are keyed by the signal codes; a key naming no signal is ignored, as before")
  func penaltiesByCode() throws {
    let (config, unknown) = try load(#"{"penalties": {"duplicate-reviews": 3, "no-such-signal": 7}}"#)
    #expect(unknown.isEmpty, "keys inside penalties are not settings")
    #expect(config.penalties[.duplicateReviews] == 3)
    #expect(config.penalties[.reviewBurst] == ScoringConfig().penalties[.reviewBurst], "other penalties keep defaults")
    var expected = ScoringConfig()
    expected.penalties[.duplicateReviews] = 3
    #expect(config == expected)
  }

  @Test("a penalty set in the file is the points the signal costs")
  func penaltyApplies() throws {
    let (config, _) = try load(#"{"penalties": {"orders-reviews-mismatch": 2}}"#)
    let listing = F.good {
      $0.reviewCount = 200; $0.soldCount = 100
    }
    let assessment = F.assess(listing, F.context(config: config))
    #expect(assessment.signals.first { $0.signalCode == .ordersReviewsMismatch }?.points == -2)
    #expect(F.assess(F.good).score - assessment.score == 2)
  }

  @Test("unknown settings are still reported")
  func unknownSettings() throws {
    let (_, unknown) = try load(#"{"buyScore": 80, "buyscore": 1, "gradeBands": []}"#)
    #expect(unknown == ["buyscore"])
  }

  @Test("encoding writes penalties under their codes, and reads back equal")
  func roundTrip() throws {
    var config = ScoringConfig()
    config.penalties[.priceTooGood] = 1.5
    config.gradeBands = [GradeBand("P", from: 50), GradeBand("Q", from: 0)]
    let data = try JSONEncoder().encode(config)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let penalties = try #require(object["penalties"] as? [String: Double])
    #expect(Set(penalties.keys) == Set(ScoringConfig().penalties.keys.map(\.rawValue)))
    #expect(penalties["price-too-good"] == 1.5)
    #expect(try JSONDecoder().decode(ScoringConfig.self, from: data) == config)
  }

  @Test("the default grade bands are the documented ones", arguments: 0...100)
  func defaultGrades(_ score: Int) {
    #expect(ScoringConfig().grade(for: score) == documentedGrade(score))
  }

  @Test("grade bands come from the configuration, in any order")
  func gradeBandsFromConfig() throws {
    let (config, _) = try load(
      #"{"gradeBands": [{"grade": "pass", "minimumScore": 50}, {"grade": "top", "minimumScore": 90}, {"grade": "fail", "minimumScore": 20}]}"#
    )
    #expect(config.grade(for: 95) == "top")
    #expect(config.grade(for: 90) == "top")
    #expect(config.grade(for: 89) == "pass")
    #expect(config.grade(for: 20) == "fail")
    #expect(config.grade(for: 5) == "fail", "below every band: the lowest band")
    var none = ScoringConfig()
    none.gradeBands = []
    #expect(none.grade(for: 50) == nil)
    let assessment = F.assess(F.good, F.context(config: config))
    #expect(assessment.grade == config.grade(for: assessment.score))
    #expect(["top", "pass"].contains(assessment.grade ?? ""))
  }

  @Test("the default file is under XDG_CONFIG_HOME, else ~/.config, and only when it exists")
  func defaultPath() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-xdg-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: base) }
    #expect(ScoringConfig.defaultPath(environment: ["XDG_CONFIG_HOME": base.path]) == nil)
    try FileManager.default.createDirectory(
      at: base.appendingPathComponent("caveat"), withIntermediateDirectories: true)
    let file = base.appendingPathComponent("caveat/config.json")
    try Data("{}".utf8).write(to: file)
    #expect(ScoringConfig.defaultPath(environment: ["XDG_CONFIG_HOME": base.path]) == file.path)
    #expect(ScoringConfig.defaultPath(environment: ["XDG_CONFIG_HOME": "", "HOME": base.path]) == nil)
    #expect(ScoringConfig.defaultPath(environment: [:]) == nil)
  }
}
