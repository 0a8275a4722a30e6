import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatExtract
import CaveatReport
import Foundation

/// `caveat claim watch`: records an order at purchase, before any problem.
struct ClaimWatch: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Watch an order from the day it is bought: buyer protection end and reminders in 'claim due'.",
    discussion: """
      Records the order's facts (from the saved listing page or by hand) before anything went \
      wrong. 'caveat claim due' then lists when the buyer protection ends, with the reminder to \
      check the item before confirming receipt. When a problem shows, 'caveat claim open \
      --from-watch ID --problem KIND' turns the watch into a claim that keeps these facts. \
      Without ID options, lists the watches.

      EXAMPLES
        caveat claim watch --listing saved/lamp.html --order 8123 --ordered 2025-03-01 \\
          --paid 12.49 --currency EUR --payment card --expected 2025-03-20
        caveat claim watch --list
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Flag(help: "List the watches instead of recording one.")
  var list = false

  @OptionGroup var page: ListingOptions
  @OptionGroup var facts: OrderOptions
  @Option(help: ArgumentHelp("The day the seller shipped, YYYY-MM-DD.", valueName: "date"))
  var shipped: String?
  @Option(help: ArgumentHelp("The delivery date the order page promises, YYYY-MM-DD.", valueName: "date"))
  var expected: String?
  @Option(help: ArgumentHelp("Your country, two letters (FR).", valueName: "cc"))
  var country: String?
  @Flag(help: "Record the watch even when the same order is already watched or claimed.")
  var allowDuplicate = false

  func validate() throws {
    if list { return }
    try facts.require(page, or: "--list")
  }

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let language = ClaimText.environmentLanguage
      if list {
        let watches = try storeOptions.openIfPresent()?.watches() ?? []
        if output.format == .json { return Console.write(JSONOutput.encode(watches)) }
        return Console.write(ClaimTextReport.watches(watches, language: language))
      }
      guard let order = facts.order, let ordered = facts.ordered, let payment = facts.payment else { return }
      let typed = TypedOrder(
        number: order, ordered: ordered, payment: payment.value, paid: facts.paid, currency: facts.currency,
        shipped: shipped, country: country)
      let claim = try page.newClaim().claim(
        createdOn: today, typed: typed, problem: .notReceived, description: "")
      let watch = OrderWatch(claim: claim, expectedOn: try ClaimInput.date(expected, "expectedOn"))
      let store = try storeOptions.openForWriting()
      let id = try store.watch(watch, today: today, allowDuplicate: allowDuplicate)
      let stored = try store.watch(id: id)
      if output.format == .json { return Console.write(JSONOutput.encode(stored)) }
      Console.write(ClaimTextReport.watched(stored, today: today, language: language))
    }
  }
}
