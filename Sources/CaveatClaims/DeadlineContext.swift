import CaveatCore

/// What every deadline rule reads: the claim, its own events in date order, and the day it is.
struct DeadlineContext {
  /// The claim.
  let claim: Claim
  /// The claim's events (another claim's are left out), oldest first.
  let events: [ClaimEvent]
  /// The day deadlines are measured from.
  let today: CalendarDate

  init(claim: Claim, events: [ClaimEvent], today: CalendarDate) {
    self.claim = claim
    self.events = events.filter { $0.claimID == claim.id || claim.id == nil }.sorted { $0.date < $1.date }
    self.today = today
  }

  /// Whether the claim is about an AliExpress order.
  var isAliExpress: Bool { claim.platform.lowercased().contains("aliexpress") }

  /// A deadline met by an event of one of `kinds` dated from `start` to the deadline itself.
  func deadline(
    _ code: String, _ date: CalendarDate, _ text: String, _ source: String,
    metBy kinds: Set<ClaimEventKind>, after start: CalendarDate = .minimum
  ) -> Deadline {
    let met = events.contains { kinds.contains($0.kind) && $0.date >= start && $0.date <= date }
    return deadline(code, date, text, source, met: met)
  }

  /// A deadline whose status follows from `met` and today; once passed, one the platform meets
  /// by itself (`automatic`) is to check rather than overdue.
  func deadline(
    _ code: String, _ date: CalendarDate, _ text: String, _ source: String, met: Bool, automatic: Bool = false
  ) -> Deadline {
    let status: Deadline.Status
    if met {
      status = .met
    } else if today > date {
      status = automatic ? .toCheck : .overdue
    } else {
      status = today.days(until: date) <= Deadlines.dueSoonDays ? .dueSoon : .upcoming
    }
    return Deadline(code: code, date: date, description: text, source: source, status: status)
  }
}
