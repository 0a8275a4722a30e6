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
      let language = lang?.value ?? ClaimText.environmentLanguage
      let options = RefundOptions.evaluate(
        claim: claim, evidence: evidence, returnShippingCost: cost, language: language)
      switch output.format {
      case .json:
        Console.write(JSONOutput.encode(Report(claimID: id.value, options: options)))
      case .text:
        Console.write(Self.render(options, id: id.value, language: language))
      }
    }
  }

  /// The options as text, best first, each with the commands that ask for it and record it.
  static func render(_ options: [RefundOptions.Option], id: Int64, language: DraftLanguage) -> String {
    let pick = language.pick
    var out = ""
    for (index, option) in options.enumerated() {
      out += "\(index + 1). \(ClaimWords.option(option.kind, language))"
      if index == 0 {
        out += pick(" (what the drafts ask for by default)", " (ce que demandent les brouillons par défaut)")
      }
      out += "\n"
      out += pick("   Money back:  ", "   Remboursé :  ") + ClaimText.money(option.moneyBack, language) + "\n"
      if let amount = option.suggestedAmount {
        out += pick("   Ask for:     ", "   Demander :   ") + ClaimText.money(amount, language) + "\n"
      }
      let delay =
        option.daysUntilMoney.map {
          pick("\($0.lowerBound)–\($0.upperBound) business days", "\($0.lowerBound) à \($0.upperBound) jours ouvrés")
        } ?? pick("no money comes back", "aucun remboursement")
      out += pick("   Delay:       ", "   Délai :      ") + delay + "\n"
      let cost =
        option.returnShippingCost.map { $0.amount == 0 ? pick("free", "gratuit") : ClaimText.money($0, language) }
        ?? pick("cost not known", "coût inconnu")
      out +=
        pick("   Return:      ", "   Retour :     ")
        + (option.needsReturn
          ? pick("the item goes back (\(cost))", "l'article est renvoyé (\(cost))")
          : pick("none, you keep the item", "aucun, vous gardez l'article")) + "\n"
      out += pick("   Effort:      ", "   Effort :     ") + ClaimWords.effort(option.effort, language) + "\n"
      for reason in option.reasons { out += "   - \(ClaimText.safe(reason, max: 2_000))\n" }
      let ask: String
      let resolve: String
      switch option.kind {
      case .fullRefund: (ask, resolve) = ("full", "full-refund")
      case .partialRefund:
        let amount = option.suggestedAmount.map { String(format: "%.2f", $0.amount) } ?? pick("AMOUNT", "MONTANT")
        (ask, resolve) = ("partial \(amount)", "partial-refund --amount \(amount)")
      case .exchange: (ask, resolve) = ("exchange", "exchange")
      }
      out += pick("   Ask for it:  ", "   Le demander : ") + "caveat claim draft \(id) seller --ask \(ask)\n"
      out += pick("   Record it:   ", "   L'enregistrer : ") + "caveat claim resolve \(id) \(resolve)\n"
    }
    return out
  }
}
