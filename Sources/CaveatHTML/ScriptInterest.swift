import Foundation

/// Which scripts the extractors read; everything else is dropped.
public struct ScriptInterest: Sendable {
  /// `type` attribute values (lowercased, substring match) that are always kept.
  public var types: [String]
  /// Byte strings whose presence in a body keeps the script.
  public var markers: [String]

  /// Creates an interest filter.
  public init(types: [String], markers: [String]) {
    self.types = types
    self.markers = markers
  }

  /// Whether a script with this `type` (lowercased) and body is kept.
  package func wants(type: String?, body: UnsafeBufferPointer<UInt8>) -> Bool {
    if let type, types.contains(where: { Self.bytes(of: type, contain: $0) }) { return true }
    guard body.count > 0, let base = body.baseAddress else { return false }
    for marker in markers {
      let found = marker.utf8.withContiguousStorageIfAvailable { needle -> Bool in
        guard let needleBase = needle.baseAddress else { return false }
        return searchBytes(base, body.count, needleBase, needle.count) != nil
      }
      if found == true { return true }
    }
    return false
  }

  /// Whether `text` holds the bytes of `part` (a byte search: type values are ASCII).
  private static func bytes(of text: String, contain part: String) -> Bool {
    var text = text
    var part = part
    return text.withUTF8 { hay in
      part.withUTF8 { pin in
        guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
        return searchBytes(base, hay.count, pinBase, pin.count) != nil
      }
    }
  }
}
