import CaveatCore
import Foundation

/// The pieces the claim commands' text is made of: every value from a page, a file name or the
/// shopper is sanitized for a terminal, amounts and deadlines are written in the shopper's
/// language.
public enum ClaimText {
  /// `text` made safe for a terminal (no control sequences), cut at `max` characters.
  public static func safe(_ text: String, max: Int = 500) -> String { TerminalText.sanitize(text, maxLength: max) }

  /// An amount as the English text writes it: "12.50 EUR".
  public static func money(_ money: Money) -> String {
    String(format: "%.2f", money.amount) + (money.currency.map { " " + safe($0, max: 8) } ?? "")
  }

  /// A deadline's status as the English text shows it: "OVERDUE", "DUE SOON", "upcoming", …
  public static func status(_ status: Deadline.Status) -> String {
    switch status {
    case .overdue: "OVERDUE"
    case .dueSoon: "DUE SOON"
    case .upcoming: "upcoming"
    case .met: "met"
    case .toCheck: "CHECK"
    }
  }

  /// How a claim ended, as the command line spells it, with its amount: "partial-refund 5.00 EUR".
  public static func outcome(_ outcome: ClaimOutcome) -> String {
    kebab(outcome.kind) + (outcome.amount.map { " " + money($0) } ?? "")
  }

  /// The last component of a path.
  public static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  /// A model name as the command line spells it: "platformBalance" → "platform-balance".
  public static func kebab(_ camel: String) -> String {
    var out = ""
    for character in camel {
      if character.isUppercase {
        out += "-" + character.lowercased()
      } else {
        out.append(character)
      }
    }
    return out
  }

  /// A deadline as one English line: its day, its status, what it is and how far it is.
  public static func deadlineLine(_ deadline: Deadline, today: CalendarDate) -> String {
    let days = today.days(until: deadline.date)
    let when: String
    switch deadline.status {
    case .met: when = ""
    case .overdue, .toCheck: when = " (\(-days) day\(days == -1 ? "" : "s") ago)"
    default: when = days == 0 ? " (today)" : " (in \(days) day\(days == 1 ? "" : "s"))"
    }
    return
      "\(deadline.date)  \(status(deadline.status).padding(toLength: 8, withPad: " ", startingAt: 0))  \(safe(deadline.description))\(when)"
  }

  /// An amount in `language` ("12,50 EUR" in French).
  public static func money(_ money: Money, _ language: DraftLanguage) -> String {
    let number = String(format: "%.2f", money.amount)
    return (language == .fr ? number.replacingOccurrences(of: ".", with: ",") : number)
      + (money.currency.map { " " + safe($0, max: 8) } ?? "")
  }

  /// A deadline as one line, its words and status in `language`.
  public static func deadlineLine(_ deadline: Deadline, today: CalendarDate, language: DraftLanguage) -> String {
    guard language == .fr else { return deadlineLine(deadline, today: today) }
    let days = today.days(until: deadline.date)
    let when: String
    switch deadline.status {
    case .met: when = ""
    case .overdue, .toCheck: when = " (il y a \(-days) jour\(days == -1 ? "" : "s"))"
    default: when = days == 0 ? " (aujourd'hui)" : " (dans \(days) jour\(days == 1 ? "" : "s"))"
    }
    let status = ClaimWords.status(deadline.status, .fr).padding(toLength: 8, withPad: " ", startingAt: 0)
    return "\(deadline.date)  \(status)  \(safe(ClaimWords.deadline(deadline, .fr)))\(when)"
  }

  /// The delivery-day block of `show` and `open`: the steps, then the deadlines that start
  /// that day; empty when the steps do not apply.
  public static func deliveryDay(_ snapshot: ClaimSnapshot, today: CalendarDate, language: DraftLanguage) -> String {
    let claim = snapshot.claim
    guard DeliveryDay.applies(claim: claim, evidence: snapshot.evidence, today: today) else { return "" }
    let pick = language.pick
    var out = pick("Delivery day (the parcel arrived damaged)\n", "Jour de livraison (colis arrivé endommagé)\n")
    for (index, step) in DeliveryDay.steps(claim: claim, language: language).enumerated() {
      out += "  \(index + 1). \(safe(step, max: 2_000))\n"
    }
    let deadlines = DeliveryDay.deadlines(claim: claim, events: snapshot.events, today: today)
    if !deadlines.isEmpty {
      out += pick("  Deadlines that start today:\n", "  Délais qui commencent ce jour :\n")
      for deadline in deadlines { out += "    " + deadlineLine(deadline, today: today, language: language) + "\n" }
    }
    return out
  }
}
