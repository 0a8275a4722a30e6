import CaveatClaims
import CaveatCore
import Foundation

/// Text rendering helpers: every value from a page, a file name or the user is sanitized.
enum ClaimText {
  static func safe(_ text: String, max: Int = 500) -> String { TerminalText.sanitize(text, maxLength: max) }

  static func money(_ money: Money) -> String {
    String(format: "%.2f", money.amount) + (money.currency.map { " " + safe($0, max: 8) } ?? "")
  }

  static func status(_ status: Deadline.Status) -> String {
    switch status {
    case .overdue: "OVERDUE"
    case .dueSoon: "DUE SOON"
    case .upcoming: "upcoming"
    case .met: "met"
    }
  }

  static func outcome(_ outcome: ClaimOutcome) -> String {
    ClaimArguments.kebab(outcome.kind) + (outcome.amount.map { " " + money($0) } ?? "")
  }

  static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  static func deadlineLine(_ deadline: Deadline, today: CalendarDate) -> String {
    let days = today.days(until: deadline.date)
    let when: String
    switch deadline.status {
    case .met: when = ""
    case .overdue: when = " (\(-days) day\(days == -1 ? "" : "s") ago)"
    default: when = days == 0 ? " (today)" : " (in \(days) day\(days == 1 ? "" : "s"))"
    }
    return
      "\(deadline.date)  \(status(deadline.status).padding(toLength: 8, withPad: " ", startingAt: 0))  \(safe(deadline.description))\(when)"
  }
}
