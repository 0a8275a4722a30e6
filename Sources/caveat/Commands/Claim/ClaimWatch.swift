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

  @Option(
    help: ArgumentHelp("The saved product page the order was placed on.", valueName: "page"),
    completion: .file(extensions: ["html", "htm", "mhtml", "mht"]))
  var listing: String?
  @Option(help: "The product's title (overrides the page's).")
  var title: String?
  @Option(help: "The seller's or store's name (overrides the page's).")
  var seller: String?
  @Option(help: "The seller's identifier on the marketplace (overrides the page's).")
  var sellerId: String?
  @Option(help: "The marketplace: aliexpress, amazon, … (default: the page's site).")
  var platform: String?
  @Option(help: ArgumentHelp("The order number as the marketplace shows it.", valueName: "number"))
  var order: String?
  @Option(help: ArgumentHelp("The day of the order, YYYY-MM-DD.", valueName: "date"))
  var ordered: String?
  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("What was paid, shipping included (default: the page's price).", valueName: "amount"))
  var paid: String?
  @Option(
    help: ArgumentHelp("The currency of --paid: EUR, USD, … (required unless the page shows it).", valueName: "code"))
  var currency: String?
  @Option(help: "How it was paid.")
  var payment: Kebab<PaymentMethod>?
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
    try OrderArguments.require(
      order: order, ordered: ordered, payment: payment, listing: listing, platform: platform, paid: paid,
      or: "--list")
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
      guard let order, let ordered, let payment else { return }
      let draft = try OrderArguments.newClaim(
        listing: listing, platform: platform, title: title, seller: seller, sellerID: sellerId)
      let typed = TypedOrder(
        number: order, ordered: ordered, payment: payment.value, paid: paid, currency: currency, shipped: shipped,
        country: country)
      let facts = try draft.claim(
        createdOn: today, typed: typed, problem: .notReceived, description: "", language: language)
      let watch = OrderWatch(claim: facts, expectedOn: try ClaimInput.date(expected, "expectedOn"))
      let store = try storeOptions.openForWriting()
      let id = try store.watch(watch, today: today, allowDuplicate: allowDuplicate)
      let stored = try store.watch(id: id)
      if output.format == .json { return Console.write(JSONOutput.encode(stored)) }
      Console.write(ClaimTextReport.watched(stored, today: today, language: language))
    }
  }
}
