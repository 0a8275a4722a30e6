import CaveatCore
import CaveatScore
import Foundation
import Testing

@testable import CaveatRank

/// The settings of `vet`, `rank` and `diff` turned into an assessment context.
@Suite("Assessment settings")
struct AssessmentSettingsTests {
  /// A file in a fresh temporary folder holding `text`.
  static func file(_ text: String) throws -> String {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("caveat-settings-\(UUID().uuidString).json")
    try Data(text.utf8).write(to: url)
    return url.path
  }

  @Test("given values reach the context; an unknown setting and an unknown currency are warnings")
  func values() throws {
    let config = try Self.file(#"{"highValueThreshold": 50, "bogusKey": 1}"#)
    defer { try? FileManager.default.removeItem(atPath: config) }
    var warnings: [String] = []
    let today = try #require(CalendarDate(iso: "2026-01-02"))
    let context = try AssessmentSettings(
      language: .fr, configPath: config, highValue: 7, currency: "xyz", today: today
    ).context { warnings.append($0) }
    #expect(context.today == today)
    #expect(context.language == .fr)
    #expect(context.displayCurrency == "XYZ")
    #expect(context.config.highValueThreshold == 7)
    #expect(context.config.highValueCurrency == nil)
    #expect(warnings.count == 2)
    #expect(warnings.first == "\(config): unknown setting 'bogusKey' ignored")
    #expect(warnings.last?.contains("have no rate for XYZ") == true)
  }

  @Test("a missing file is 66, a file with the wrong content 65, each named in one line")
  func unreadable() throws {
    let bad = try Self.file("{not json")
    defer { try? FileManager.default.removeItem(atPath: bad) }
    let missing = "/nonexistent/caveat-\(UUID().uuidString).json"
    let cases: [(AssessmentSettings, CaveatCore.ExitStatus, String)] = [
      (AssessmentSettings(configPath: missing), .noInput, "cannot read the configuration \(missing): no such file"),
      (AssessmentSettings(ratesPath: missing), .noInput, "cannot read the rates \(missing): no such file"),
      (AssessmentSettings(configPath: bad), .badInput, "cannot read the configuration \(bad): "),
      (AssessmentSettings(currency: "EUR", ratesPath: bad), .badInput, "cannot read the rates \(bad): "),
    ]
    for (settings, status, message) in cases {
      do {
        _ = try settings.context { _ in }
        Issue.record("\(settings) was accepted")
      } catch {
        #expect(error.status == status)
        #expect(error.message.hasPrefix(message), "\(error.message)")
      }
    }
  }
}
