import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatExtract
import CaveatReport
import Foundation

/// `caveat claim open`: records a new claim.
struct ClaimOpen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open a claim for an order, from the saved listing page or by hand.",
    discussion: """
      With --listing the page's title, address, seller and return terms are kept (and its \
      price, unless --paid is given). Prints the new claim's id, its first deadlines and the \
      next step.

      EXAMPLES
        caveat claim open --listing saved/headphones.html --order 8123456 --ordered 2025-03-01 \\
          --paid 12.49 --currency USD --payment card --received 2025-03-15 --problem damaged
        caveat claim open --platform amazon --title "USB-C charger" --seller "Best Store" \\
          --order 402-1234567 --ordered 2025-03-01 --paid 19.99 --currency EUR --payment paypal \\
          --problem not-received --country FR
        caveat claim open --from-watch 2 --received 2025-03-20 --problem damaged

      --from-watch turns an order watch ('caveat claim watch') into a claim that keeps its order \
      facts; only the problem and what happened since are given then.
      """
  )

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @OptionGroup var page: ListingOptions

  @Option(help: ArgumentHelp("The order watch to turn into this claim (it keeps the order's facts).", valueName: "id"))
  var fromWatch: ClaimID?

  @OptionGroup var facts: OrderOptions
  @Option(help: ArgumentHelp("The carrier's tracking number.", valueName: "number"))
  var tracking: String?
  @Option(help: ArgumentHelp("The day the seller shipped, YYYY-MM-DD.", valueName: "date"))
  var shipped: String?
  @Option(help: ArgumentHelp("The day the parcel arrived, YYYY-MM-DD.", valueName: "date"))
  var received: String?
  @Option(help: "What is wrong.")
  var problem: Kebab<ProblemKind>
  @Option(help: "What is wrong, in your words.")
  var description: String?
  @Option(help: ArgumentHelp("The dispute deadline the order page's countdown shows, YYYY-MM-DD.", valueName: "date"))
  var disputeDeadline: String?
  @Option(help: ArgumentHelp("Your country, two letters (FR): decides whether EU law may apply.", valueName: "cc"))
  var country: String?

  @Flag(help: "The seller never told you of the right of withdrawal (EU: 12 months longer to withdraw).")
  var notInformedOfWithdrawal = false

  @Flag(help: "Record the claim even when the same order already has one.")
  var allowDuplicate = false

  func validate() throws {
    if fromWatch != nil {
      let given =
        [
          ("--listing", page.listing), ("--platform", page.platform), ("--order", facts.order),
          ("--ordered", facts.ordered), ("--paid", facts.paid), ("--currency", facts.currency),
          ("--title", page.title), ("--seller", page.seller), ("--seller-id", page.sellerId),
        ].filter { $0.1 != nil }.map(\.0) + (facts.payment == nil ? [] : ["--payment"])
      if let first = given.first {
        throw ValidationError("\(first): the watch already keeps the order's facts; give only what happened since")
      }
      return
    }
    try facts.require(page, or: "--from-watch ID")
  }

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      if let fromWatch { return try openFromWatch(fromWatch.value, today: today) }
      guard let order = facts.order, let ordered = facts.ordered, let payment = facts.payment else { return }
      let draft = try page.newClaim()
      let typed = TypedOrder(
        number: order, ordered: ordered, payment: payment.value, paid: facts.paid, currency: facts.currency,
        tracking: tracking, shipped: shipped, received: received, disputeDeadline: disputeDeadline, country: country)
      var claim = try draft.claim(
        createdOn: today, typed: typed, problem: problem.value, description: description ?? "")
      if notInformedOfWithdrawal { claim.withdrawalInfoMissing = true }
      let store = try storeOptions.openForWriting()
      let id = try store.open(claim, today: today, allowDuplicate: allowDuplicate)
      try report(store, id: id, today: today)
    }
  }

  /// Opens the claim an order watch becomes, keeping the watch's order facts.
  private func openFromWatch(_ watchID: Int64, today: CalendarDate) throws {
    let countryCode = try ClaimInput.country(country)
    let shippedOn = try ClaimInput.date(shipped, "shippedOn")
    let receivedOn = try ClaimInput.date(received, "receivedOn")
    let deadline = try ClaimInput.date(disputeDeadline, "disputeDeadline")
    let store = try storeOptions.open()
    let id = try store.openClaim(fromWatch: watchID, today: today) { watch in
      var claim = watch.claim(
        createdOn: today, problem: problem.value, description: description ?? "", receivedOn: receivedOn,
        trackingNumber: tracking, shippedOn: shippedOn, disputeDeadline: deadline, buyerCountry: countryCode)
      if notInformedOfWithdrawal { claim.withdrawalInfoMissing = true }
      return claim
    }
    try report(store, id: id, today: today)
  }

  private func report(_ store: ClaimStore, id: Int64, today: CalendarDate) throws {
    let stored = try store.snapshot(id: id, today: today)
    if output.format == .json { return Console.write(JSONOutput.encode(stored)) }
    Console.write(ClaimTextReport.opened(stored, today: today, language: ClaimText.environmentLanguage))
  }
}

/// The saved listing page and the values typed over its own, shared by `claim open` and
/// `claim watch`.
struct ListingOptions: ParsableArguments {
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

  /// The page read into a new claim (an empty one without a page), with the values typed over
  /// the page's, and the page kept with its fingerprint.
  func newClaim() throws -> NewClaim {
    var draft = NewClaim()
    if let listing {
      let path = RawArguments.paths(for: [listing])[0]
      do throws(ListingReadError) {
        draft = NewClaim(report: try PagePipeline.read(path))
      } catch {
        throw ClaimCLIError(message: "--listing: " + error.message, code: error.exitCode)
      }
      let cwd = Array(FileManager.default.currentDirectoryPath.utf8)
      draft.listing.savedPage = ClaimInput.savedPage(path.bytes, currentDirectory: cwd)
    }
    draft.override(platform: platform, title: title, sellerName: seller, sellerID: sellerId)
    return draft
  }
}

/// The order's number, day, price and payment, shared by `claim open` and `claim watch`.
struct OrderOptions: ParsableArguments {
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

  /// Refuses a command line that lacks the order's number, day or payment, a platform or page,
  /// or a price; `alternative` is what the command takes instead of the order's facts.
  func require(_ page: ListingOptions, or alternative: String) throws {
    if order == nil { throw ValidationError("give --order NUMBER (or \(alternative))") }
    if ordered == nil { throw ValidationError("give --ordered DATE, the day of the order") }
    if payment == nil { throw ValidationError("give --payment: card, paypal, platform-balance or other") }
    if page.listing == nil, page.platform == nil {
      throw ValidationError("give --listing PAGE, or --platform (and --title, --seller) by hand")
    }
    if page.listing == nil, paid == nil {
      throw ValidationError("give --paid AMOUNT (no --listing to take the price from)")
    }
  }
}
