import Foundation

/// The first number found in normalized scalars, with its position.
struct NumberScan: Sendable {
  /// Index of the first scalar (the sign when present).
  var start: Int
  /// Index after the last digit.
  var digitsEnd: Int
  /// Index after the number including any suffix and "+".
  var end: Int
  /// The chosen value.
  var value: Double
  /// True when followed by "+".
  var isLowerBound: Bool
  /// The number as written (sign and digits).
  var token: String
  /// The decimal reading when a grouping reading was chosen by guess.
  var alternative: Double?
  /// Explanation of a guess.
  var warning: String?
}
