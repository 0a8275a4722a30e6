import CaveatCore
import CaveatScore
import Foundation

/// What shapes a verdict as a command line gives it (`vet`, `rank`, `diff`): the language, the
/// configuration and rates files, the high-value threshold, the display currency and the day;
/// ``context(warn:)`` turns them into the ``AssessmentContext`` the scorer reads.
public struct AssessmentSettings: Sendable {
  /// The language of messages and advice; `nil` takes the environment's.
  public var language: Language?
  /// A JSON file of thresholds and weights; `nil` takes the default one when it exists.
  public var configPath: String?
  /// The high-value threshold in the display currency, overriding the configuration's.
  public var highValue: Double?
  /// The display currency; `nil` takes the configuration's, else the environment's.
  public var currency: String?
  /// A JSON table of exchange rates replacing the bundled reference rates.
  public var ratesPath: String?
  /// The day the verdict is for; `nil` is today in the user's time zone.
  public var today: CalendarDate?

  /// Settings with every value given or left to its default.
  public init(
    language: Language? = nil, configPath: String? = nil, highValue: Double? = nil, currency: String? = nil,
    ratesPath: String? = nil, today: CalendarDate? = nil
  ) {
    self.language = language
    self.configPath = configPath
    self.highValue = highValue
    self.currency = currency
    self.ratesPath = ratesPath
    self.today = today
  }

  /// A configuration or rates file that cannot be used: one plain line, and its status (66
  /// when it is missing or unreadable, 65 when its content is wrong).
  public struct Unreadable: Error, Sendable {
    /// "cannot read the rates FILE: no such file".
    public var message: String
    /// The exit status for it.
    public var status: ExitStatus

    /// The failure to read the `what` file at `path`, `error` being what reading it threw.
    public init(_ what: String, _ path: String, _ error: any Error) {
      let files = FileManager.default
      let reason: String
      if !files.fileExists(atPath: path) {
        (reason, status) = ("no such file", .noInput)
      } else if !files.isReadableFile(atPath: path) {
        (reason, status) = ("permission denied", .noInput)
      } else {
        (reason, status) = (error.localizedDescription, .badInput)
      }
      message = "cannot read the \(what) \(path): \(reason)"
    }
  }

  /// The context these settings describe; `warn` gets each warning (an unknown setting in the
  /// configuration, a display currency the rates do not know).
  public func context(warn: (String) -> Void) throws(Unreadable) -> AssessmentContext {
    var scoring = ScoringConfig()
    if let path = configPath ?? ScoringConfig.defaultPath() {
      do {
        let (loaded, unknown) = try ScoringConfig.load(from: path)
        scoring = loaded
        for key in unknown { warn("\(path): unknown setting '\(key)' ignored") }
      } catch {
        throw Unreadable("configuration", path, error)
      }
    }
    if let highValue {
      scoring.highValueThreshold = highValue
      scoring.highValueCurrency = nil
    }
    var table = RateTable.bundled
    if let ratesPath {
      do {
        table = try RateTable.load(from: ratesPath)
      } catch {
        throw Unreadable("rates", ratesPath, error)
      }
    }
    let display = (currency ?? scoring.displayCurrency ?? DisplayCurrency.fromEnvironment()).uppercased()
    if !table.knows(display) {
      warn("the rates of \(table.date) have no rate for \(display): only prices in \(display) are judged")
    }
    return AssessmentContext(
      today: today ?? CalendarDate.localToday(), language: language ?? Language.fromEnvironment(), config: scoring,
      displayCurrency: display, rates: table)
  }
}
