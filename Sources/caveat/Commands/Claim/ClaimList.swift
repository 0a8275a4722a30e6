import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatReport
import Foundation

/// `caveat claim list`
struct ClaimList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List claims, open ones first.")

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Flag(help: "Leave out resolved claims.")
  var openOnly = false

  private struct Row: Encodable {
    var id: Int64
    var state: ClaimState
    var platform: String
    var orderNumber: String
    var orderDate: CalendarDate
    var pricePaid: Money
    var problem: ProblemKind
    var title: String?
    var sellerName: String?
    var outcome: ClaimOutcome?
  }

  func run() throws {
    try ClaimRun.guarded {
      let claims = try storeOptions.openIfPresent()?.list(openOnly: openOnly) ?? []
      switch output.format {
      case .json:
        Console.write(
          JSONOutput.encode(
            claims.map {
              Row(
                id: $0.id ?? 0, state: $0.state, platform: $0.platform, orderNumber: $0.orderNumber,
                orderDate: $0.orderDate, pricePaid: $0.pricePaid, problem: $0.problem, title: $0.listing.title,
                sellerName: $0.listing.sellerName, outcome: $0.outcome)
            }))
      case .text:
        if claims.isEmpty { return Console.write("No claims yet.\n") }
        var out = ""
        for claim in claims {
          let state = claim.outcome.map(ClaimText.outcome) ?? ClaimArguments.kebab(claim.state.rawValue)
          out +=
            "\(claim.id ?? 0)  \(state)  \(ClaimText.safe(claim.platform))  order \(ClaimText.safe(claim.orderNumber))  \(claim.orderDate)  \(ClaimText.money(claim.pricePaid))  \(ClaimArguments.kebab(claim.problem.rawValue))"
          if let title = claim.listing.title { out += "  \(ClaimText.safe(title, max: 60))" }
          out += "\n"
        }
        Console.write(out)
      }
    }
  }
}
