/// What the shopper should do next.
public struct NextStep: Sendable, Hashable, Codable {
  /// One sentence.
  public var text: String
  /// The deadline it is about, if any.
  public var deadline: Deadline?
  /// Whether it cannot wait.
  public var urgent: Bool
}
