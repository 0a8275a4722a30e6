import CaveatCore

/// Several saves of one listing in a batch (same site, product and seller, different files),
/// saved at different times: not offers to compare but the same offer over time, for
/// `caveat diff`.
public struct ListingSaves: Sendable, Hashable {
  /// The listing (site and product id).
  public var key: String
  /// The files, oldest save first.
  public var files: [String]
  /// When each was saved, in the same order.
  public var dates: [SaveDate]
}
