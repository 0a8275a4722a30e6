import CaveatHTML
import Foundation

extension StringProtocol {
  /// Whether the UTF-8 bytes of `needle` occur in this string's: a byte search
  /// (``searchBytes(_:_:_:_:)``).
  ///
  /// Foundation's `contains(_:)` compares by canonical equivalence through `NSString`, which
  /// costs a bridge and a Unicode-aware scan per call; the phrase tables of the extractors are
  /// matched thousands of times per page, on text the page already stores composed (NFC), where
  /// both answer the same.
  func containsLiteral(_ needle: String) -> Bool {
    var haystack = String(self)
    var needle = needle
    return haystack.withUTF8 { hay in
      needle.withUTF8 { pin in
        if pin.isEmpty { return true }
        guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
        return searchBytes(base, hay.count, pinBase, pin.count) != nil
      }
    }
  }
}
