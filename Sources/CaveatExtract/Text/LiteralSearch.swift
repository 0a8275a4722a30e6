import Foundation

extension StringProtocol {
  /// Whether the UTF-8 bytes of `needle` occur in this string's: a byte search (`memchr` for
  /// the first byte, then `memcmp`).
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
        guard let base = hay.baseAddress, let pinBase = pin.baseAddress, hay.count >= pin.count else { return false }
        let last = hay.count - pin.count
        var start = 0
        while start <= last {
          guard let hit = memchr(base + start, Int32(pin[0]), last - start + 1) else { return false }
          let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
          if memcmp(base + offset, pinBase, pin.count) == 0 { return true }
          start = offset + 1
        }
        return false
      }
    }
  }
}
