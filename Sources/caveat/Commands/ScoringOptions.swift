import ArgumentParser
import CaveatCore
import CaveatScore
import Foundation

/// Options that shape the verdict.
struct ScoringOptions: ParsableArguments {
  @Option(help: "Language of messages and advice: en or fr (default: from LANG, else en).")
  var lang: Language?

  @Option(
    help: ArgumentHelp(
      "A JSON file overriding thresholds and weights (default: $XDG_CONFIG_HOME/caveat/config.json if present).",
      valueName: "file"),
    completion: .file(extensions: ["json"]))
  var config: String?

  @Option(
    help: ArgumentHelp(
      "Flag items priced above this as high-value (default 100, in the listing's currency).", valueName: "amount"))
  var highValue: Double?

  @Option(help: ArgumentHelp("The date the verdict is for, YYYY-MM-DD (default: today).", valueName: "date"))
  var today: String?

  func validate() throws {
    if let today, CalendarDate(iso: today) == nil {
      throw ValidationError("--today must be a real date written YYYY-MM-DD, not '\(today)'")
    }
    if let highValue, !(highValue > 0 && highValue.isFinite) {
      throw ValidationError("--high-value must be a positive amount")
    }
  }

  /// The context the options describe; reports a bad configuration file as an error.
  func context() throws -> AssessmentContext {
    var scoring = ScoringConfig()
    if let path = config ?? ScoringConfig.defaultPath() {
      do {
        let (loaded, unknown) = try ScoringConfig.load(from: path)
        scoring = loaded
        for key in unknown { Diagnostics.warning("\(path): unknown setting '\(key)' ignored") }
      } catch {
        throw ValidationError("cannot read the configuration \(path): \(error.localizedDescription)")
      }
    }
    if let highValue { scoring.highValueThreshold = highValue }
    let date = today.flatMap(CalendarDate.init(iso:)) ?? Self.localToday()
    return AssessmentContext(today: date, language: lang ?? Language.fromEnvironment(), config: scoring)
  }

  /// Today in the user's time zone.
  static func localToday() -> CalendarDate {
    let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
      ?? CalendarDate(daysSinceEpoch: 0)
  }
}

extension Language: ExpressibleByArgument {}
