/// A page that could not be ranked.
public struct RankFailure: Sendable, Hashable {
  /// The file.
  public var file: String
  /// The exit-code class (65 not a product page, 66 unreadable).
  public var code: Int32
  /// Why.
  public var message: String

  /// Creates a failure record.
  public init(file: String, code: Int32, message: String) {
    self.file = file
    self.code = code
    self.message = message
  }
}
