import CaveatCore
import GRDB

extension ClaimStore {
  /// Records an order watch; returns its id. The same order, already watched or claimed, is
  /// refused with ``ClaimError/duplicate(field:reason:)`` unless `allowDuplicate` is set.
  @discardableResult
  public func watch(_ watch: OrderWatch, today: CalendarDate? = nil, allowDuplicate: Bool = false)
    throws(ClaimError) -> Int64
  {
    try ClaimValidation.validate(watch.asClaim, today: today)
    if let expected = watch.expectedOn, expected < watch.orderDate {
      throw .invalidField(
        field: "--expected",
        reason: ClaimReason(
          "expected on \(expected), before the order date \(watch.orderDate)",
          fr: "attendu le \(expected), avant la date de commande \(watch.orderDate)"))
    }
    return try write { db in
      if !allowDuplicate {
        typealias Watches = StoredOrderWatch.CodingKeys
        let watched = StoredOrderWatch.filter(
          Watches.platform == watch.platform && Watches.orderNumber == watch.orderNumber)
        if let row = try Row.fetchOne(db, watched.select(Watches.id)), let existing: Int64 = row[0] {
          throw ClaimError.duplicate(
            field: "orderNumber",
            reason: ClaimReason(
              "order \(watch.orderNumber) on \(watch.platform) is already watch \(existing)",
              fr: "la commande \(watch.orderNumber) sur \(watch.platform) est déjà le suivi \(existing)")
          )
        }
        typealias Claims = StoredClaim.CodingKeys
        let claimed = StoredClaim.filter(Claims.platform == watch.platform && Claims.orderNumber == watch.orderNumber)
        if let row = try Row.fetchOne(db, claimed.select(Claims.id)), let existing: Int64 = row[0] {
          throw ClaimError.duplicate(
            field: "orderNumber",
            reason: ClaimReason(
              "order \(watch.orderNumber) on \(watch.platform) is already claim \(existing)",
              fr: "la commande \(watch.orderNumber) sur \(watch.platform) est déjà la réclamation \(existing)")
          )
        }
      }
      var stored = watch
      stored.claimID = nil
      try StoredOrderWatch(stored).insert(db)
      return db.lastInsertedRowID
    }
  }

  /// Watch `id`.
  public func watch(id: Int64) throws(ClaimError) -> OrderWatch {
    try read { db in
      guard let row = try StoredOrderWatch.fetchOne(db, key: id) else { throw ClaimError.watchNotFound(id: id) }
      return try row.watch()
    }
  }

  /// Every watch, oldest first; `activeOnly` leaves out those that became claims.
  public func watches(activeOnly: Bool = false) throws(ClaimError) -> [OrderWatch] {
    let all = try read { db in
      try StoredOrderWatch.order(StoredOrderWatch.CodingKeys.id).fetchAll(db).map { try $0.watch() }
    }
    return activeOnly ? all.filter(\.isActive) : all
  }

  /// Turns watch `id` into a claim, in one transaction: `makeClaim` builds the claim from the
  /// watch; the watch then points to the claim. Returns the claim's id.
  public func openClaim(
    fromWatch id: Int64, today: CalendarDate? = nil, _ makeClaim: (OrderWatch) throws(ClaimError) -> Claim
  ) throws(ClaimError) -> Int64 {
    let watch = try watch(id: id)
    if let claimID = watch.claimID {
      throw .invalidField(
        field: "watch",
        reason: ClaimReason(
          "watch \(id) is already claim \(claimID)", fr: "le suivi \(id) est déjà la réclamation \(claimID)"))
    }
    let claim = try makeClaim(watch)
    try ClaimValidation.validate(claim, today: today)
    return try write { db in
      guard var row = try StoredOrderWatch.fetchOne(db, key: id) else { throw ClaimError.watchNotFound(id: id) }
      if let claimID = row.claimID {
        throw ClaimError.invalidField(
          field: "watch",
          reason: ClaimReason(
            "watch \(id) is already claim \(claimID)", fr: "le suivi \(id) est déjà la réclamation \(claimID)"))
      }
      var stored = claim
      stored.state = .open
      stored.outcome = nil
      stored.resolvedOn = nil
      try StoredClaim(stored).insert(db)
      let claimID = db.lastInsertedRowID
      row.claimID = claimID
      try row.update(db, columns: [StoredOrderWatch.CodingKeys.claimID])
      return claimID
    }
  }

  /// The dates of the active watches, soonest first (with `within`, those at most that many
  /// days away, and the passed ones).
  public func dueWatches(today: CalendarDate, within: Int? = nil) throws(ClaimError) -> [DueWatch] {
    var items: [DueWatch] = []
    for watch in try watches(activeOnly: true) {
      for deadline in WatchDeadlines.compute(for: watch, today: today) {
        let item = DueWatch(deadline, of: watch, today: today)
        if let within, deadline.status != .overdue, item.daysLeft > within { continue }
        items.append(item)
      }
    }
    return items.sorted { ($0.date, $0.watchID, $0.code) < ($1.date, $1.watchID, $1.code) }
  }
}

/// A date of an order watch, as `claim due` lists it.
public struct DueWatch: Sendable, Hashable, Encodable {
  /// The watch's identifier.
  public var watchID: Int64
  /// The order number.
  public var orderNumber: String
  /// The item's title.
  public var title: String?
  /// The date's code ("watch.protection").
  public var code: String
  /// The day.
  public var date: CalendarDate
  /// Where it stands.
  public var status: Deadline.Status
  /// Days from today to the date (negative once passed).
  public var daysLeft: Int
  /// What to do by then.
  public var description: String
  /// Where the number comes from.
  public var source: String
  /// The reminder every watch carries.
  public var reminder: String

  /// `deadline` of `watch`, counted from `today`.
  public init(_ deadline: Deadline, of watch: OrderWatch, today: CalendarDate) {
    watchID = watch.id ?? 0
    orderNumber = watch.orderNumber
    title = watch.listing.title
    code = deadline.code
    date = deadline.date
    status = deadline.status
    daysLeft = today.days(until: deadline.date)
    description = deadline.description
    source = deadline.source
    reminder = WatchDeadlines.reminder(.en)
  }

  /// The date as a deadline.
  public var deadline: Deadline {
    Deadline(code: code, date: date, description: description, source: source, status: status)
  }
}
