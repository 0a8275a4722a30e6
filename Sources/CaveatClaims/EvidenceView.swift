import CaveatCore

/// An evidence record as the JSON outputs show it: the path as text, not bytes.
public struct EvidenceView: Sendable, Hashable, Encodable {
  /// The store's identifier.
  public var id: Int64?
  /// The path for display.
  public var path: String
  /// Size in bytes when added.
  public var size: Int64
  /// The sniffed type.
  public var kind: String
  /// Lowercase hex SHA-256 when added.
  public var sha256: String
  /// The day it was added.
  public var addedOn: CalendarDate
  /// What it shows.
  public var note: String

  /// The view of `evidence`.
  public init(_ evidence: Evidence) {
    id = evidence.id
    path = evidence.displayPath
    size = evidence.size
    kind = evidence.kind.rawValue
    sha256 = evidence.sha256
    addedOn = evidence.addedOn
    note = evidence.note
  }
}
