import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatReport
import Foundation

/// `caveat claim due`
struct ClaimDue: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "due",
    abstract: "Deadlines across open claims, soonest first; overdue ones are marked.",
    discussion: """
      Lists every deadline not yet met of every claim that is not resolved, plus the refund \
      that a resolved claim still waits for, then the dates of the orders watched ('caveat claim \
      watch'): the end of buyer protection, with the reminder to check the item before \
      confirming receipt. OVERDUE: the day has passed; DUE SOON: within \(Deadlines.dueSoonDays) \
      days; CHECK: the platform acts by itself that day, see the order page. The JSON output \
      lists the claims' deadlines ('caveat claim watch --list --format json' gives the watches).
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("Only deadlines within this many days (overdue ones always).", valueName: "days"))
  var within: String?

  func validate() throws {
    do {
      _ = try within.map { text throws(ClaimError) in try ClaimInput.days(text, field: "--within") }
    } catch {
      throw ValidationError(error.commandLineMessage(in: ClaimText.environmentLanguage))
    }
  }

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let days = try within.map { text throws(ClaimError) in try ClaimInput.days(text, field: "--within") }
      let store = try storeOptions.openIfPresent()
      let items = try store?.dueDeadlines(today: today, within: days) ?? []
      if output.format == .json { return Console.write(JSONOutput.encode(items)) }
      let watched = try store?.dueWatches(today: today, within: days) ?? []
      Console.write(ClaimTextReport.due(items, watched, today: today, language: ClaimText.environmentLanguage))
    }
  }
}
