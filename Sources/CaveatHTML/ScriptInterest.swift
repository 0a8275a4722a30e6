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
    if let type, types.contains(where: type.containsLiteral) { return true }
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
}
