/// A claim the shopper made against a seller, as the claim store remembers it.
public struct PastClaim: Sendable, Equatable {
  /// The problem ("damaged", "not received", …).
  public var problem: String
  /// How it ended ("full refund", "partial refund", "no refund", "open").
  public var outcome: String
  /// When the order was placed.
  public var orderedOn: CalendarDate?

  /// Creates a past claim.
  public init(problem: String, outcome: String, orderedOn: CalendarDate?) {
    self.problem = problem
    self.outcome = outcome
    self.orderedOn = orderedOn
  }
}
