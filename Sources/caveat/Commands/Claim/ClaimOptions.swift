import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatReport
import Foundation

/// `caveat claim options ID`
struct ClaimOptions: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "options",
    abstract: "Weigh a full refund, a partial refund and an exchange, best first.",
    discussion: """
      For each: the money back, the delay until it arrives, whether the item goes back and \
      what that costs, the effort, and for a partial refund the amount to ask for.
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Option(help: ArgumentHelp("What posting the item back would cost, in the claim's currency.", valueName: "amount"))
  var returnCost: String?

  private struct Report: Encodable {
    var claimID: Int64
    var options: [RefundOptions.Option]
  }

  func run() throws {
    try ClaimRun.guarded {
      let store = try storeOptions.open()
      let claim = try store.claim(id: id.value)
      let evidence = try store.listEvidence(claimID: id.value)
      let cost = try returnCost.map {
        Money(amount: try ClaimValidation.amount($0, field: "--return-cost"), currency: claim.pricePaid.currency)
      }
      let options = RefundOptions.evaluate(claim: claim, evidence: evidence, returnShippingCost: cost)
      switch output.format {
      case .json:
        Console.write(JSONOutput.encode(Report(claimID: id.value, options: options)))
      case .text:
        var out = ""
        for (index, option) in options.enumerated() {
          out += "\(index + 1). \(ClaimArguments.kebab(option.kind.rawValue))\n"
          out += "   Money back:  \(ClaimText.money(option.moneyBack))\n"
          if let amount = option.suggestedAmount { out += "   Ask for:     \(ClaimText.money(amount))\n" }
          out +=
            "   Delay:       \(option.daysUntilMoney.map { "\($0.lowerBound)–\($0.upperBound) business days" } ?? "no money comes back")\n"
          let cost = option.returnShippingCost.map { $0.amount == 0 ? "free" : ClaimText.money($0) } ?? "cost not known"
          out += "   Return:      \(option.needsReturn ? "the item goes back (\(cost))" : "none, you keep the item")\n"
          out += "   Effort:      \(option.effort.rawValue)\n"
          for reason in option.reasons { out += "   - \(ClaimText.safe(reason))\n" }
        }
        Console.write(out)
      }
    }
  }
}
