import ArgumentParser
import CaveatClaims
import CaveatCore
import CaveatReport
import Foundation

/// `caveat claim show ID`
struct ClaimShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a claim: facts, timeline, evidence, deadlines with their status, the next step.")

  @OptionGroup var storeOptions: ClaimStoreOptions
  @OptionGroup var output: OutputOptions

  @Argument(help: "The claim's id.")
  var id: ClaimID

  func run() throws {
    try ClaimRun.guarded {
      let today = try storeOptions.day()
      let snapshot = try storeOptions.open().snapshot(id: id.value, today: today)
      Console.write(output.format == .json ? JSONOutput.encode(snapshot) : Self.render(snapshot, today: today))
    }
  }

  static func render(_ snapshot: ClaimSnapshot, today: CalendarDate) -> String {
    let claim = snapshot.claim
    let safe = { (text: String) in ClaimText.safe(text) }
    var out =
      "Claim \(claim.id ?? 0) · \(safe(claim.platform)) · order \(safe(claim.orderNumber)) · \(ClaimArguments.kebab(claim.state.rawValue))\n"
    if let title = claim.listing.title { out += "  Item:     \(safe(title))\n" }
    if let url = claim.listing.url { out += "  Listing:  \(safe(url))\n" }
    if let seller = claim.listing.sellerName {
      out += "  Seller:   \(safe(seller))\(claim.listing.sellerID.map { " (\(safe($0)))" } ?? "")\n"
    }
    out +=
      "  Paid:     \(ClaimText.money(claim.pricePaid)) by \(ClaimArguments.kebab(claim.paymentMethod.rawValue)) on \(claim.orderDate)\n"
    if let shipped = claim.shippedOn { out += "  Shipped:  \(shipped)\n" }
    out += "  Received: \(claim.receivedOn.map(\.description) ?? "not received")\n"
    if let tracking = claim.trackingNumber { out += "  Tracking: \(safe(tracking))\n" }
    out += "  Problem:  \(ClaimArguments.kebab(claim.problem.rawValue))"
    if !claim.description.isEmpty { out += " · \(safe(claim.description))" }
    out += "\n"
    if let outcome = claim.outcome {
      out += "  Outcome:  \(ClaimText.outcome(outcome))\(claim.resolvedOn.map { " on \($0)" } ?? "")\n"
    }
    out += "\nTimeline\n"
    if snapshot.events.isEmpty { out += "  (nothing recorded yet)\n" }
    for event in snapshot.events {
      out += "  \(event.date)  \(ClaimArguments.kebab(event.kind.rawValue))"
      if let amount = event.amount { out += " · \(ClaimText.money(amount))" }
      if !event.note.isEmpty { out += " · \(safe(event.note))" }
      out += "\n"
    }
    out += "\nEvidence\n"
    if snapshot.evidence.isEmpty { out += "  (none yet)\n" }
    for item in snapshot.evidence {
      out +=
        "  \(item.id ?? 0)  \(safe(ClaimText.fileName(item.displayPath)))  \(item.kind.rawValue), \(item.size) bytes, SHA-256 \(item.sha256.prefix(16))…"
      if !item.note.isEmpty { out += " · \(safe(item.note))" }
      out += "\n"
    }
    out += "\nDeadlines\n"
    if snapshot.deadlines.isEmpty { out += "  (none)\n" }
    for deadline in snapshot.deadlines { out += "  " + ClaimText.deadlineLine(deadline, today: today) + "\n" }
    out += "\nNext step\(snapshot.nextStep.urgent ? " (urgent)" : ""): \(safe(snapshot.nextStep.text))\n"
    return out
  }
}
