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
      that a resolved claim still waits for. OVERDUE: the day has passed; DUE SOON: within \
      \(Deadlines.dueSoonDays) days.
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Option(help: ArgumentHelp("Only deadlines within this many days (overdue ones always).", valueName: "days"))
  var within: Int?

  func validate() throws {
    if let within, within < 0 { throw ValidationError("--within must be 0 or more") }
  }

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let items = try storeOptions.open().dueDeadlines(today: today, within: within)
      if output.format == .json { return Console.write(JSONOutput.encode(items)) }
      if items.isEmpty { return Console.write("Nothing due.\n") }
      var out = ""
      for item in items {
        out +=
          "claim \(item.claimID) (order \(ClaimText.safe(item.orderNumber, max: 64)))  "
          + ClaimText.deadlineLine(item.deadline, today: today) + "\n"
      }
      let overdue = items.filter { $0.status == .overdue }.count
      if overdue > 0 { out += "\(overdue) overdue.\n" }
      Console.write(out)
    }
  }
}
