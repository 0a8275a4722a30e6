import ArgumentParser
import CaveatCore
import CaveatRank
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
      "Flag items priced above this amount in the display currency as high-value (default: 100 USD, converted).",
      valueName: "amount"))
  var highValue: Double?

  @Option(
    help: ArgumentHelp(
      "Display currency: prices are converted to it and the high-value threshold is in it (ISO 4217, e.g. EUR; default: from the config, else LC_ALL/LC_MONETARY/LANG's region, else USD).",
      valueName: "code"))
  var currency: String?

  @Option(
    help: ArgumentHelp(
      "A JSON table of exchange rates replacing the bundled ECB reference rates ({\"date\", \"source\", \"base\", \"rates\"}).",
      valueName: "file"),
    completion: .file(extensions: ["json"]))
  var rates: String?

  @Option(help: ArgumentHelp("The date the verdict is for, YYYY-MM-DD (default: today).", valueName: "date"))
  var today: String?

  func validate() throws {
    if let today, CalendarDate(iso: today) == nil {
      throw ValidationError("--today must be a real date written YYYY-MM-DD, not '\(today)'")
    }
    if let highValue, !(highValue > 0 && highValue.isFinite) {
      throw ValidationError("--high-value must be a positive amount")
    }
    if let currency, !DisplayCurrency.isCode(currency) {
      throw ValidationError("--currency must be a three-letter ISO 4217 code such as EUR, not '\(currency)'")
    }
  }

  /// The context the options describe; reports a configuration or rates file that cannot be
  /// used as an error, with its exit status.
  func context() throws -> AssessmentContext {
    let settings = AssessmentSettings(
      language: lang, configPath: config, highValue: highValue, currency: currency, ratesPath: rates,
      today: today.flatMap(CalendarDate.init(iso:)))
    do {
      return try settings.context(warn: Diagnostics.warning)
    } catch {
      Diagnostics.error(error.message)
      throw ExitCode(error.status.rawValue)
    }
  }
}

extension Language: ExpressibleByArgument {}
