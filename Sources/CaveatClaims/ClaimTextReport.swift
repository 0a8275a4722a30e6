import CaveatCore
import Foundation

/// The text the claim commands print for people, in English or French: one function for each
/// command's answer. Every value from a page, a file name or the shopper goes through
/// ``ClaimText/safe(_:max:)``; programs read the JSON instead, which is the same in every
/// language.
public enum ClaimTextReport {
  /// The next step in `language` (the snapshot's own is in English).
  public static func nextStep(_ snapshot: ClaimSnapshot, today: CalendarDate, language: DraftLanguage) -> NextStep {
    Deadlines.nextStep(
      for: snapshot.claim, events: snapshot.events, evidence: snapshot.evidence, today: today, language: language)
  }

  /// A whole claim (`claim show`): its facts, timeline, evidence, the delivery-day steps when
  /// they apply, its deadlines with their status and the next step.
  public static func claim(_ snapshot: ClaimSnapshot, today: CalendarDate, language: DraftLanguage = .en) -> String {
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
  public static func opened(_ snapshot: ClaimSnapshot, today: CalendarDate, language: DraftLanguage) -> String {
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

  /// The text of `claim due` in `language`: the claims' deadlines, the watches' dates and the
  /// count of overdue ones.
  public static func due(
    _ items: [DueDeadline], _ watched: [DueWatch], today: CalendarDate, language: DraftLanguage
  ) -> String {
    let pick = language.pick
    if items.isEmpty, watched.isEmpty { return pick("Nothing due.\n", "Aucune échéance.\n") }
    var out = ""
    for item in items {
      out +=
        pick("claim", "réclamation") + " \(item.claimID) (" + pick("order", "commande") + " "
        + ClaimText.safe(item.orderNumber, max: 64) + ")  "
        + ClaimText.deadlineLine(item.deadline, today: today, language: language) + "\n"
    }
    for item in watched {
      out +=
        pick("watch", "suivi") + " \(item.watchID) (" + pick("order", "commande") + " "
        + ClaimText.safe(item.orderNumber, max: 64) + ")  "
        + ClaimText.deadlineLine(item.deadline, today: today, language: language) + "\n"
    }
    if !watched.isEmpty {
      out += pick("Watched orders: ", "Commandes suivies : ") + WatchDeadlines.reminder(language) + "\n"
    }
    let overdue = items.filter { $0.status == .overdue }.count
    if overdue > 0 { out += pick("\(overdue) overdue.\n", "\(overdue) dépassée\(overdue == 1 ? "" : "s").\n") }
    return out
  }

  /// What `claim watch` prints after recording: the order, its dates, the reminder and how to
  /// turn it into a claim.
  public static func watched(_ watch: OrderWatch, today: CalendarDate, language: DraftLanguage) -> String {
    let id = watch.id ?? 0
    var out = language.pick("Watching order ", "Commande suivie : ") + ClaimText.safe(watch.orderNumber, max: 64)
    out += language.pick(" (watch \(id))", " (suivi \(id))")
    if let title = watch.listing.title { out += " · " + ClaimText.safe(title, max: 120) }
    out += "\n"
    for deadline in WatchDeadlines.compute(for: watch, today: today) {
      out += "  " + ClaimText.deadlineLine(deadline, today: today, language: language) + "\n"
    }
    out += WatchDeadlines.reminder(language) + "\n"
    out += language.pick(
      "A problem? 'caveat claim open --from-watch \(id) --problem KIND' makes it a claim.\n",
      "Un problème ? 'caveat claim open --from-watch \(id) --problem TYPE' en fait une réclamation.\n")
    return out
  }

  /// The watches (`claim watch --list`), one a line.
  public static func watches(_ watches: [OrderWatch], language: DraftLanguage) -> String {
    if watches.isEmpty { return language.pick("No order watched.\n", "Aucune commande suivie.\n") }
    var out = ""
    for watch in watches {
      out += language.pick("watch ", "suivi ") + "\(watch.id ?? 0)  "
      out += "\(watch.orderDate)  \(ClaimText.safe(watch.platform, max: 32))  "
      out += language.pick("order ", "commande ") + ClaimText.safe(watch.orderNumber, max: 64)
      if let title = watch.listing.title { out += "  " + ClaimText.safe(title, max: 80) }
      if let claimID = watch.claimID {
        out += language.pick("  → claim \(claimID)", "  → réclamation \(claimID)")
      }
      out += "\n"
    }
    return out
  }

  /// The claims (`claim list`), one a line: id, state or outcome, platform, order, day, amount,
  /// problem and title.
  public static func claims(_ claims: [Claim]) -> String {
    if claims.isEmpty { return "No claims yet.\n" }
    var out = ""
    for claim in claims {
      let state = claim.outcome.map(ClaimText.outcome) ?? ClaimText.kebab(claim.state.rawValue)
      out +=
        "\(claim.id ?? 0)  \(state)  \(ClaimText.safe(claim.platform))  order \(ClaimText.safe(claim.orderNumber))  \(claim.orderDate)  \(ClaimText.money(claim.pricePaid))  \(ClaimText.kebab(claim.problem.rawValue))"
      if let title = claim.listing.title { out += "  \(ClaimText.safe(title, max: 60))" }
      out += "\n"
    }
    return out
  }
}

/// One claim as `claim list --format json` gives it.
public struct ClaimSummary: Sendable, Encodable {
  /// The claim's id.
  public var id: Int64
  /// Where it stands.
  public var state: ClaimState
  /// The marketplace.
  public var platform: String
  /// The order number.
  public var orderNumber: String
  /// The day of the order.
  public var orderDate: CalendarDate
  /// What was paid.
  public var pricePaid: Money
  /// What is wrong.
  public var problem: ProblemKind
  /// The product's title.
  public var title: String?
  /// The seller's name.
  public var sellerName: String?
  /// How it ended, once resolved.
  public var outcome: ClaimOutcome?

  /// The summary of `claim`.
  public init(_ claim: Claim) {
    id = claim.id ?? 0
    state = claim.state
    platform = claim.platform
    orderNumber = claim.orderNumber
    orderDate = claim.orderDate
    pricePaid = claim.pricePaid
    problem = claim.problem
    title = claim.listing.title
    sellerName = claim.listing.sellerName
    outcome = claim.outcome
  }
}
