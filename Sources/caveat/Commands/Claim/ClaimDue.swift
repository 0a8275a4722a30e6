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

  private struct Item: Encodable {
    var claimID: Int64
    var orderNumber: String
    var title: String?
    var code: String
    var date: CalendarDate
    var status: Deadline.Status
    var daysLeft: Int
    var description: String
    var source: String
  }

  func validate() throws {
    if let within, within < 0 { throw ValidationError("--within must be 0 or more") }
  }

  func run() throws {
    try ClaimRun.guarded { () throws(ClaimCLIError) in
      let today = try storeOptions.day()
      let store = try storeOptions.open()
      var items: [Item] = []
      do throws(ClaimError) {
        for claim in try store.claims() {
          guard let id = claim.id else { continue }
          let events = try store.events(claimID: id)
          for deadline in ClaimDeadlines.all(claim: claim, events: events, today: today) where deadline.status != .met {
            if claim.state == .resolved, deadline.code != "refund.arrival" { continue }
            let days = today.days(until: deadline.date)
            if let within, deadline.status != .overdue, days > within { continue }
            items.append(
              Item(
                claimID: id, orderNumber: claim.orderNumber, title: claim.listing.title, code: deadline.code,
                date: deadline.date, status: deadline.status, daysLeft: days,
                description: deadline.description, source: deadline.source))
          }
        }
      } catch {
        throw .claim(error)
      }
      items.sort { ($0.date, $0.claimID, $0.code) < ($1.date, $1.claimID, $1.code) }
      switch output.format {
      case .json:
        Console.write(JSONOutput.encode(items))
      case .text:
        if items.isEmpty {
          Console.write("Nothing due.\n")
          return
        }
        var out = ""
        for item in items {
          let deadline = DeadlineRow(
            code: item.code, date: item.date, description: item.description, source: item.source, status: item.status)
          out +=
            "claim \(item.claimID) (order \(ClaimText.safe(item.orderNumber, max: 64)))  "
            + ClaimText.deadlineLine(deadline, today: today) + "\n"
        }
        let overdue = items.filter { $0.status == .overdue }.count
        if overdue > 0 { out += "\(overdue) overdue.\n" }
        Console.write(out)
      }
    }
  }
}
