import CaveatCore

extension ClaimStore {
  /// The claims as `claim list` shows them: open ones first, then resolved ones, newest first
  /// within each; `openOnly` leaves out the resolved ones.
  public func list(openOnly: Bool = false) throws(ClaimError) -> [Claim] {
    var claims = try claims()
    if openOnly { claims = claims.filter { $0.state != .resolved } }
    claims.sort { lhs, rhs in
      let (l, r) = (lhs.state == .resolved, rhs.state == .resolved)
      if l != r { return !l }
      return (lhs.id ?? 0) > (rhs.id ?? 0)
    }
    return claims
  }

  /// Claim `id` with its events, evidence, deadlines and next step on `today`.
  public func snapshot(id: Int64, today: CalendarDate) throws(ClaimError) -> ClaimSnapshot {
    let claim = try claim(id: id)
    return ClaimSnapshot(
      claim: claim, events: try events(claimID: id), evidence: try listEvidence(claimID: id), today: today)
  }

  /// The deadlines not yet met across claims, soonest first: every deadline of a claim that is
  /// not resolved, and the refund a resolved claim still waits for. With `within`, only those at
  /// most that many days away, and the overdue ones.
  public func dueDeadlines(today: CalendarDate, within: Int? = nil) throws(ClaimError) -> [DueDeadline] {
    var items: [DueDeadline] = []
    for claim in try claims() {
      guard let id = claim.id else { continue }
      let events = try events(claimID: id)
      for deadline in Deadlines.compute(for: claim, events: events, today: today) where deadline.status != .met {
        if claim.state == .resolved, deadline.code != "refund.arrival" { continue }
        let item = DueDeadline(deadline, of: claim, id: id, today: today)
        if let within, deadline.status != .overdue, item.daysLeft > within { continue }
        items.append(item)
      }
    }
    return items.sorted { ($0.date, $0.claimID, $0.code) < ($1.date, $1.claimID, $1.code) }
  }
}
