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

  /// One plain line for a configuration or rates file that cannot be used, and its status:
  /// 66 when it is missing or unreadable, 65 when its content is wrong.
  static func unreadable(_ what: String, _ path: String, _ error: any Error) -> ExitCode {
    let files = FileManager.default
    let reason: String
    let status: ExitStatus
    if !files.fileExists(atPath: path) {
      (reason, status) = ("no such file", .noInput)
    } else if !files.isReadableFile(atPath: path) {
      (reason, status) = ("permission denied", .noInput)
    } else {
      (reason, status) = (error.localizedDescription, .badInput)
    }
    Diagnostics.error("cannot read the \(what) \(path): \(reason)")
    return ExitCode(status.rawValue)
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
        throw Self.unreadable("configuration", path, error)
      }
    }
    if let highValue {
      scoring.highValueThreshold = highValue
      scoring.highValueCurrency = nil
    }
    var table = RateTable.bundled
    if let rates {
      do {
        table = try RateTable.load(from: rates)
      } catch {
        throw Self.unreadable("rates", rates, error)
      }
    }
    let display = (currency ?? scoring.displayCurrency ?? DisplayCurrency.fromEnvironment()).uppercased()
    if !table.knows(display) {
      Diagnostics.warning(
        "the rates of \(table.date) have no rate for \(display): only prices in \(display) are judged")
    }
    let date = today.flatMap(CalendarDate.init(iso:)) ?? Self.localToday()
    return AssessmentContext(
      today: date, language: lang ?? Language.fromEnvironment(), config: scoring, displayCurrency: display,
      rates: table)
  }

  /// Today in the user's time zone.
  static func localToday() -> CalendarDate {
    let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return CalendarDate(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
      ?? CalendarDate(daysSinceEpoch: 0)
  }
}

extension Language: ExpressibleByArgument {}
