import CaveatClaims
import CaveatCore
import Foundation

/// Everything known about one claim, loaded once for a command.
struct ClaimSnapshot {
  var claim: ClaimRecord
  var events: [ClaimEvent]
  var evidence: [Evidence]
  /// The library's deadlines, as exports show them.
  var libraryDeadlines: [Deadline]
  /// The library's deadlines plus the seller's answer window.
  var deadlines: [DeadlineRow]
  var nextStep: NextStep

  static func load(_ store: ClaimStore, id: Int64, today: CalendarDate) throws(ClaimCLIError) -> ClaimSnapshot {
    do throws(ClaimError) {
      let claim = try store.claim(id: id)
      let events = try store.events(claimID: id)
      let evidence = try store.listEvidence(claimID: id)
      return ClaimSnapshot(
        claim: claim, events: events, evidence: evidence,
        libraryDeadlines: Deadlines.compute(for: claim, events: events, today: today),
        deadlines: ClaimDeadlines.all(claim: claim, events: events, today: today),
        nextStep: Deadlines.nextStep(for: claim, events: events, evidence: evidence, today: today))
    } catch {
      throw .claim(error)
    }
  }
}

/// The library's deadlines plus the seller's answer window that `Deadlines.nextStep` waits for
/// after the seller was contacted (``DeadlineRules/aliexpressSellerResponse`` days), so that
/// `due` and `show` list it with a date.
enum ClaimDeadlines {
  /// The code of the derived seller-answer deadline.
  static let sellerAnswerCode = "seller.answer"

  static func all(claim: ClaimRecord, events: [ClaimEvent], today: CalendarDate) -> [DeadlineRow] {
    var result = Deadlines.compute(for: claim, events: events, today: today).map(DeadlineRow.init)
    if claim.state == .sellerContacted, let contacted = events.last(where: { $0.kind == .sellerContacted })?.date {
      let rule = DeadlineRules.aliexpressSellerResponse
      let date = contacted.adding(days: rule.days) ?? .maximum
      let replied = events.contains { [.sellerReplied, .offerReceived].contains($0.kind) && $0.date >= contacted }
      let status: Deadline.Status
      if replied {
        status = .met
      } else if today > date {
        status = .overdue
      } else {
        status = today.days(until: date) <= Deadlines.dueSoonDays ? .dueSoon : .upcoming
      }
      result.append(
        DeadlineRow(
          code: sellerAnswerCode, date: date,
          description:
            "The seller's answer is expected (\(rule.days) days after you wrote on \(contacted)); without it, escalate to platform support or open the dispute.",
          source: rule.source, status: status))
    }
    return result.sorted { ($0.date, $0.code) < ($1.date, $1.code) }
  }
}

/// One deadline as the claim commands show it.
struct DeadlineRow: Encodable {
  var code: String
  var date: CalendarDate
  var description: String
  var source: String
  var status: Deadline.Status

  init(code: String, date: CalendarDate, description: String, source: String, status: Deadline.Status) {
    self.code = code
    self.date = date
    self.description = description
    self.source = source
    self.status = status
  }

  init(_ deadline: Deadline) {
    self.init(
      code: deadline.code, date: deadline.date, description: deadline.description, source: deadline.source,
      status: deadline.status)
  }
}

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

  static func deadlineLine(_ deadline: DeadlineRow, today: CalendarDate) -> String {
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

/// JSON views.
enum ClaimJSON {
  /// An evidence record with its path as text.
  struct EvidenceView: Encodable {
    var id: Int64?
    var path: String
    var size: Int64
    var kind: String
    var sha256: String
    var addedOn: CalendarDate
    var note: String

    init(_ evidence: Evidence) {
      id = evidence.id
      path = evidence.displayPath
      size = evidence.size
      kind = evidence.kind.rawValue
      sha256 = evidence.sha256
      addedOn = evidence.addedOn
      note = evidence.note
    }
  }

  /// A whole claim.
  struct ClaimView: Encodable {
    var schemaVersion = 1
    var claim: ClaimRecord
    var events: [ClaimEvent]
    var evidence: [EvidenceView]
    var deadlines: [DeadlineRow]
    var nextStep: NextStep

    init(_ snapshot: ClaimSnapshot) {
      claim = snapshot.claim
      events = snapshot.events
      evidence = snapshot.evidence.map(EvidenceView.init)
      deadlines = snapshot.deadlines
      nextStep = snapshot.nextStep
    }
  }
}
