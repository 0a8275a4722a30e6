import CaveatCore

/// One dated deadline of a claim.
public struct Deadline: Sendable, Hashable, Codable {
  /// Where the deadline stands relative to today.
  public enum Status: String, Sendable, Hashable, Codable {
    /// More than the warning period away.
    case upcoming
    /// Within the warning period (today included).
    case dueSoon
    /// Passed without the action being recorded.
    case overdue
    /// The action was recorded in time.
    case met
    /// Passed, but the platform acts by itself on that day (AliExpress escalates a dispute
    /// without agreement): something to check on the order page, not a missed deadline.
    case toCheck
  }

  /// The rule's code ("dispute.window", "paypal.open").
  public var code: String
  /// The last day to act (inclusive).
  public var date: CalendarDate
  /// What to do by then.
  public var description: String
  /// Where the number comes from.
  public var source: String
  /// Where it stands.
  public var status: Status
}
