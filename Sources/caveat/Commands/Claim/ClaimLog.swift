import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatReport
import Foundation

/// `caveat claim log ID EVENT`
struct ClaimLog: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Record what happened: a message sent, an answer, an offer, a dispute, a refund.",
    discussion: """
      EVENT is one of: seller-contacted, seller-replied, offer-received, return-agreed, \
      escalated, dispute-opened, payment-dispute-opened, payment-dispute-escalated, \
      return-shipped, refund-received, note. States only move forward; a resolved claim accepts \
      only notes and refunds. Use 'caveat claim resolve' to record the outcome.

      EXAMPLES
        caveat claim log 3 seller-contacted --note "asked for a partial refund"
        caveat claim log 3 offer-received --amount 4 --currency USD --on 2025-03-18
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Argument(help: "What happened.")
  var event: Kebab<ClaimEventKind>

  @Option(help: ArgumentHelp("The day it happened, YYYY-MM-DD (default: --today).", valueName: "date"))
  var on: String?

  @Option(help: "What was said, offered or agreed.")
  var note: String = ""

  @Option(parsing: .unconditional, help: ArgumentHelp("An amount offered or received.", valueName: "amount"))
  var amount: String?

  @Option(help: ArgumentHelp("The currency of --amount (default: the claim's).", valueName: "code"))
  var currency: String?

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let date = try ClaimInput.eventDate(on, today: today)
      let value = try amount.map { try ClaimValidation.amount($0, field: "--amount") }
      let code = try currency.map { try ClaimValidation.currency($0, field: "--currency") }
      if value == nil, code != nil {
        throw ClaimCLIError.field(
          "--currency", ClaimText.environmentLanguage.pick("given without --amount", "donnée sans --amount"))
      }
      let store = try storeOptions.open()
      let current = try store.claim(id: id.value)
      if value != nil, code == nil, current.pricePaid.currency == nil {
        throw ClaimCLIError.field("--currency", "the claim has no currency: give the currency of --amount")
      }
      let money = value.map { Money(amount: $0, currency: code ?? current.pricePaid.currency) }
      let stored = try store.log(
        ClaimEvent(claimID: id.value, kind: event.value, date: date, note: note, amount: money))
      let claim = try store.claim(id: id.value)
      switch output.format {
      case .json:
        Console.write(JSONOutput.encode(LoggedEvent(event: stored, state: claim.state)))
      case .text:
        Console.write(ClaimTextReport.logged(stored, claim: claim, language: ClaimText.environmentLanguage))
      }
    }
  }
}

/// How a claim ended, as typed on the command line.
enum ResolveOutcome: String, ExpressibleByArgument, CaseIterable {
  case fullRefund = "full-refund"
  case partialRefund = "partial-refund"
  case exchange
  case noRefund = "no-refund"
  case withdrawn
}

/// `caveat claim resolve ID OUTCOME`
struct ClaimResolve: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resolve",
    abstract: "Record how a claim ended.",
    discussion: """
      EXAMPLES
        caveat claim resolve 3 partial-refund --amount 5
        caveat claim resolve 3 full-refund --on 2025-04-02
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Argument(help: "How it ended.")
  var outcome: ResolveOutcome

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The amount of a partial refund, in the claim's currency.", valueName: "amount"))
  var amount: String?

  @Option(help: ArgumentHelp("The day it was settled, YYYY-MM-DD (default: --today).", valueName: "date"))
  var on: String?

  @Option(help: "A note on the settlement.")
  var note: String = ""

  func validate() throws {
    if outcome == .partialRefund, amount == nil { throw ValidationError("partial-refund needs --amount") }
    if outcome != .partialRefund, amount != nil { throw ValidationError("--amount only goes with partial-refund") }
  }

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let date = try ClaimInput.eventDate(on, today: today)
      let value = try amount.map { try ClaimValidation.amount($0, field: "--amount") }
      let store = try storeOptions.open()
      let currency = try store.claim(id: id.value).pricePaid.currency
      let result: ClaimOutcome =
        switch outcome {
        case .fullRefund: .fullRefund
        case .partialRefund: .partialRefund(Money(amount: value ?? 0, currency: currency))
        case .exchange: .exchange
        case .noRefund: .noRefund
        case .withdrawn: .withdrawn
        }
      let claim = try store.resolve(id: id.value, outcome: result, on: date, note: note)
      switch output.format {
      case .json:
        Console.write(JSONOutput.encode(claim))
      case .text:
        Console.write(
          ClaimTextReport.resolved(
            claim, on: date, requested: outcome.rawValue, language: ClaimText.environmentLanguage))
      }
    }
  }
}
