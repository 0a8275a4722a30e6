import Foundation

/// Outcome of looking for a number.
enum NumberScanOutcome: Sendable {
  /// No digits at all.
  case none
  /// The first number is malformed, out of range or non-finite.
  case invalid
  /// A number was read.
  case found(NumberScan)
}
