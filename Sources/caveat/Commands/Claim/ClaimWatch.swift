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
    if order == nil { throw ValidationError("give --order NUMBER (or --list)") }
    if ordered == nil { throw ValidationError("give --ordered DATE, the day of the order") }
    if payment == nil { throw ValidationError("give --payment: card, paypal, platform-balance or other") }
    if listing == nil, platform == nil {
      throw ValidationError("give --listing PAGE, or --platform (and --title, --seller) by hand")
    }
    if listing == nil, paid == nil { throw ValidationError("give --paid AMOUNT (no --listing to take the price from)") }
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
      var draft = NewClaim()
      if let listing {
        let path = RawArguments.paths(for: [listing])[0]
        do throws(ListingReadError) {
          draft = NewClaim(report: try PagePipeline.read(path))
        } catch {
          throw ClaimCLIError(message: "--listing: " + error.message, code: error.exitCode)
        }
        draft.listing.savedPage = ClaimOpen.savedPage(path.bytes)
      }
      draft.override(platform: platform, title: title, sellerName: seller, sellerID: sellerId)
      guard let amount = try paid.map({ try ClaimValidation.amount($0, field: "--paid") }) ?? draft.shownAmount else {
        throw ClaimCLIError.field(
          "--paid",
          language.pick(
            "the page shows no price; give the amount paid",
            "la page n'affiche pas de prix ; indiquez le montant payé"))
      }
      let code = try currency.map { try ClaimValidation.currency($0, field: "--currency") }
      if code == nil, draft.pagePrice?.currency == nil {
        throw ClaimCLIError.field(
          "--currency",
          language.pick(
            "give the currency of the amount paid (EUR, USD, …)",
            "indiquez la devise du montant payé (EUR, USD, …)"))
      }
      let countryCode = try country.map { text throws(ClaimError) -> String in
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        try ClaimValidation.country(code, field: "--country")
        return code
      }
      let facts = draft.claim(
        createdOn: today, orderNumber: order, orderDate: try ClaimValidation.date(ordered, field: "--ordered"),
        amountPaid: amount, currency: code, paymentMethod: payment.value, trackingNumber: nil,
        shippedOn: try ClaimArguments.date(shipped, "--shipped"), receivedOn: nil, problem: .notReceived,
        description: "", disputeDeadline: nil, buyerCountry: countryCode)
      let watch = OrderWatch(claim: facts, expectedOn: try ClaimArguments.date(expected, "--expected"))
      let store = try storeOptions.openForWriting()
      let id = try store.watch(watch, today: today, allowDuplicate: allowDuplicate)
      let stored = try store.watch(id: id)
      if output.format == .json { return Console.write(JSONOutput.encode(stored)) }
      Console.write(ClaimTextReport.watched(stored, today: today, language: language))
    }
  }
}
