import Foundation

/// What a number is expected to be; decides how ambiguous separators are read.
public enum NumberKind: Sendable {
  /// An integral count ("5.182" is 5182; K/M/万 suffixes apply).
  case count
  /// A star rating ("4.567" is a decimal).
  case rating
  /// A generic decimal (a single separator before three digits is ambiguous; suffixes apply).
  case decimal
  /// A percentage (a single separator before three digits is a decimal).
  case percent
  /// A money amount (a single separator before three digits is ambiguous).
  case price
}
