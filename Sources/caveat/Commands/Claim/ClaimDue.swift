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

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("Only deadlines within this many days (overdue ones always).", valueName: "days"))
  var within: String?

  func validate() throws {
    if let within {
      guard let days = Int(within.trimmingCharacters(in: .whitespaces)) else {
        throw ValidationError("--within: '\(within)' is not a whole number of days")
      }
      if !(0...36_500).contains(days) {
        throw ValidationError("--within: a number of days from 0 to 36500, not \(within)")
      }
    }
  }

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let days = within.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
      let items = try storeOptions.openIfPresent()?.dueDeadlines(today: today, within: days) ?? []
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
