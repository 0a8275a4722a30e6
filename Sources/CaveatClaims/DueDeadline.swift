import CaveatCore

/// A deadline still to meet, with the claim it belongs to, as `claim due` lists it.
public struct DueDeadline: Sendable, Hashable, Encodable {
  /// The claim's identifier.
  public var claimID: Int64
  /// The claim's order number.
  public var orderNumber: String
  /// The item's title.
  public var title: String?
  /// The deadline's code.
  public var code: String
  /// The last day to act.
  public var date: CalendarDate
  /// Where it stands.
  public var status: Deadline.Status
  /// Days from today to the date (negative when overdue).
  public var daysLeft: Int
  /// What to do by then.
  public var description: String
  /// Where the number comes from.
  public var source: String

  /// `deadline` of `claim`, `daysLeft` counted from `today`.
  public init(_ deadline: Deadline, of claim: Claim, id: Int64, today: CalendarDate) {
    claimID = id
    orderNumber = claim.orderNumber
    title = claim.listing.title
    code = deadline.code
    date = deadline.date
    status = deadline.status
    daysLeft = today.days(until: deadline.date)
    description = deadline.description
    source = deadline.source
  }

  /// The deadline itself.
  public var deadline: Deadline {
    Deadline(code: code, date: date, description: description, source: source, status: status)
  }
}
