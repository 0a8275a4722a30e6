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
      what that costs, the effort, and for a partial refund the amount to ask for and why. \
      The first option is what 'caveat claim draft' asks for by default. The language is \
      --lang, else French when LC_ALL, LC_MESSAGES or LANG starts with "fr", else English.
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Option(help: ArgumentHelp("What posting the item back would cost, in the claim's currency.", valueName: "amount"))
  var returnCost: String?

  @Option(help: "The text's language: en or fr (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Kebab<DraftLanguage>?

  func run() throws {
    try ClaimRun.guarded {
      let store = try storeOptions.open()
      let claim = try store.claim(id: id.value)
      let evidence = try store.listEvidence(claimID: id.value)
      let cost = try returnCost.map {
        Money(amount: try ClaimValidation.amount($0, field: "--return-cost"), currency: claim.pricePaid.currency)
      }
      let language = lang?.value ?? ClaimText.environmentLanguage
      let options = RefundOptions.evaluate(
        claim: claim, evidence: evidence, returnShippingCost: cost, language: language)
      switch output.format {
      case .json:
        Console.write(JSONOutput.encode(RefundOptionsReport(claimID: id.value, options: options)))
      case .text:
        Console.write(ClaimTextReport.options(options, id: id.value, language: language))
      }
    }
  }
}
