import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatReport
import Foundation

/// `caveat claim show ID`
struct ClaimShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a claim: facts, timeline, evidence, deadlines with their status, the next step.",
    discussion: """
      The text is in --lang, else French when LC_ALL, LC_MESSAGES or LANG starts with "fr", \
      else English; the JSON (--format json) is the same in every language.
      """)

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  @Option(help: "The text's language: en or fr (default: from LC_ALL, LC_MESSAGES or LANG).")
  var lang: Kebab<DraftLanguage>?

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let snapshot = try storeOptions.open().snapshot(id: id.value, today: today)
      let language = lang?.value ?? ClaimText.environmentLanguage
      Console.write(
        output.format == .json
          ? JSONOutput.encode(snapshot) : Self.render(snapshot, today: today, language: language))
    }
  }

  /// The next step in `language` (the snapshot's own is in English).
  static func nextStep(_ snapshot: ClaimSnapshot, today: CalendarDate, language: DraftLanguage) -> NextStep {
    Deadlines.nextStep(
      for: snapshot.claim, events: snapshot.events, evidence: snapshot.evidence, today: today, language: language)
  }

  static func render(_ snapshot: ClaimSnapshot, today: CalendarDate, language: DraftLanguage = .en) -> String {
    let claim = snapshot.claim
    let pick = language.pick
    let safe = { (text: String) in ClaimText.safe(text) }
    var out =
      pick("Claim ", "Réclamation ")
      + "\(claim.id ?? 0) · \(safe(claim.platform)) · \(pick("order", "commande")) \(safe(claim.orderNumber)) · \(ClaimWords.state(claim.state, language))\n"
    if let title = claim.listing.title { out += pick("  Item:     ", "  Article :  ") + safe(title) + "\n" }
    if let url = claim.listing.url { out += pick("  Listing:  ", "  Annonce :  ") + safe(url) + "\n" }
    if let seller = claim.listing.sellerName {
      out +=
        pick("  Seller:   ", "  Vendeur :  ") + safe(seller) + (claim.listing.sellerID.map { " (\(safe($0)))" } ?? "")
        + "\n"
    }
    out +=
      pick("  Paid:     ", "  Payé :     ") + ClaimText.money(claim.pricePaid, language)
      + pick(" by ", " par ") + ClaimWords.payment(claim.paymentMethod, language) + pick(" on ", " le ")
      + claim.orderDate.description + "\n"
    if let shipped = claim.shippedOn { out += pick("  Shipped:  ", "  Expédié :  ") + shipped.description + "\n" }
    out +=
      pick("  Received: ", "  Reçu :     ") + (claim.receivedOn.map(\.description) ?? pick("not received", "non reçu"))
      + "\n"
    if let tracking = claim.trackingNumber { out += pick("  Tracking: ", "  Suivi :    ") + safe(tracking) + "\n" }
    out += pick("  Problem:  ", "  Problème : ") + ClaimWords.problem(claim.problem, language)
    if !claim.description.isEmpty { out += " · \(safe(claim.description))" }
    out += "\n"
    if let outcome = claim.outcome {
      out +=
        pick("  Outcome:  ", "  Issue :    ") + ClaimWords.outcome(outcome, language)
        + (claim.resolvedOn.map { pick(" on ", " le ") + $0.description } ?? "") + "\n"
    }
    out += "\n" + pick("Timeline", "Historique") + "\n"
    if snapshot.events.isEmpty { out += pick("  (nothing recorded yet)\n", "  (rien d'enregistré pour l'instant)\n") }
    for event in snapshot.events {
      out += "  \(event.date)  \(ClaimWords.event(event.kind, language))"
      if let amount = event.amount { out += " · \(ClaimText.money(amount, language))" }
      if !event.note.isEmpty { out += " · \(safe(event.note))" }
      out += "\n"
    }
    out += "\n" + pick("Evidence", "Preuves") + "\n"
    if snapshot.evidence.isEmpty { out += pick("  (none yet)\n", "  (aucune pour l'instant)\n") }
    for item in snapshot.evidence {
      out +=
        "  \(item.id ?? 0)  \(safe(ClaimText.fileName(item.displayPath)))  \(item.kind.rawValue), \(item.size) \(pick("bytes", "octets")), SHA-256 \(item.sha256.prefix(16))…"
      if !item.note.isEmpty { out += " · \(safe(item.note))" }
      out += "\n"
    }
    let delivery = ClaimText.deliveryDay(snapshot, today: today, language: language)
    if !delivery.isEmpty { out += "\n" + delivery }
    out += "\n" + pick("Deadlines", "Délais") + "\n"
    if snapshot.deadlines.isEmpty { out += pick("  (none)\n", "  (aucun)\n") }
    for deadline in snapshot.deadlines {
      out += "  " + ClaimText.deadlineLine(deadline, today: today, language: language) + "\n"
    }
    let next = nextStep(snapshot, today: today, language: language)
    out +=
      "\n" + pick("Next step", "Prochaine étape") + (next.urgent ? pick(" (urgent)", " (urgent)") : "")
      + pick(": ", " : ")
      + safe(next.text) + "\n"
    return out
  }

  /// What `claim open` prints for the claim it opened: its first deadlines, the delivery-day
  /// steps when they apply, and the next step, in `language`.
  static func renderOpened(_ snapshot: ClaimSnapshot, today: CalendarDate, language: DraftLanguage) -> String {
    let pick = language.pick
    let claim = snapshot.claim
    var out = pick("Opened claim ", "Réclamation ouverte : ") + "\(claim.id ?? 0)"
    out += pick(": order ", ", commande ") + ClaimText.safe(claim.orderNumber)
    if let title = claim.listing.title { out += " · \(ClaimText.safe(title, max: 80))" }
    out += "\n"
    let delivery = ClaimText.deliveryDay(snapshot, today: today, language: language)
    out += delivery
    let open = snapshot.deadlines.filter { $0.status != .met }
    if !open.isEmpty, delivery.isEmpty {
      out += pick("First deadlines:\n", "Premiers délais :\n")
      for deadline in open.prefix(3) {
        out += "  " + ClaimText.deadlineLine(deadline, today: today, language: language) + "\n"
      }
    }
    let next = nextStep(snapshot, today: today, language: language)
    out += pick("Next step: ", "Prochaine étape : ") + ClaimText.safe(next.text) + "\n"
    return out
  }
}
