import Foundation

/// A number read from page text.
public struct ParsedNumber: Sendable, Equatable {
  /// The numeric value (suffixes such as K/万 already applied).
  public var value: Double
  /// True for "3.000+", "10,000+ sold", "1K+": the page states a minimum.
  public var isLowerBound: Bool
  /// Set when the reading was a judgement call (ambiguous separator, etc.).
  public var warning: String?

  /// Creates a parsed number.
  public init(value: Double, isLowerBound: Bool = false, warning: String? = nil) {
    self.value = value
    self.isLowerBound = isLowerBound
    self.warning = warning
  }
}
