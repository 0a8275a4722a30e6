/// One rule of the deadline table: a number of days, what it counts from, and where it comes from.
///
/// Every value is a default: the page's own terms, the order page's countdown and the shopper's
/// dates override it (see ``Deadlines``).
public struct DeadlineRule: Sendable, Hashable, Codable {
  /// A stable code ("ae.dispute.afterReceipt").
  public var code: String
  /// The number of days (business days when ``businessDays`` is true).
  public var days: Int
  /// Whether ``days`` counts Monday to Friday only.
  public var businessDays: Bool
  /// What the rule says, in one sentence.
  public var summary: String
  /// Where the number comes from.
  public var source: String
  /// The day the source was last checked, and how far: "2026-12-06" when read in the source
  /// named, or with "; not verified against the primary text" when only a copy was reachable.
  public var checked: String = "2026-12-06"
}
