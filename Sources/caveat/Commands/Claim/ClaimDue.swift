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
      let store = try storeOptions.openIfPresent()
      let items = try store?.dueDeadlines(today: today, within: days) ?? []
      if output.format == .json { return Console.write(JSONOutput.encode(items)) }
      let watched = try store?.dueWatches(today: today, within: days) ?? []
      Console.write(Self.render(items, watched, today: today, language: ClaimText.environmentLanguage))
    }
  }

  /// The text of `due` in `language`: the claims' deadlines, the watches' dates and the counts.
  static func render(
    _ items: [DueDeadline], _ watched: [DueWatch], today: CalendarDate, language: DraftLanguage
  ) -> String {
    let pick = language.pick
    if items.isEmpty, watched.isEmpty { return pick("Nothing due.\n", "Aucune échéance.\n") }
    var out = ""
    for item in items {
      out +=
        pick("claim", "réclamation") + " \(item.claimID) (" + pick("order", "commande") + " "
        + ClaimText.safe(item.orderNumber, max: 64) + ")  "
        + ClaimText.deadlineLine(item.deadline, today: today, language: language) + "\n"
    }
    for item in watched {
      out +=
        pick("watch", "suivi") + " \(item.watchID) (" + pick("order", "commande") + " "
        + ClaimText.safe(item.orderNumber, max: 64) + ")  "
        + ClaimText.deadlineLine(item.deadline, today: today, language: language) + "\n"
    }
    if !watched.isEmpty {
      out += pick("Watched orders: ", "Commandes suivies : ") + WatchDeadlines.reminder(language) + "\n"
    }
    let overdue = items.filter { $0.status == .overdue }.count
    if overdue > 0 { out += pick("\(overdue) overdue.\n", "\(overdue) dépassée\(overdue == 1 ? "" : "s").\n") }
    return out
  }
}
