import CaveatCore

/// What reading an evidence file found: its size, sniffed type and SHA-256.
public struct EvidenceFingerprint: Sendable, Hashable {
  /// Size in bytes.
  public var size: Int64
  /// The type its first bytes say.
  public var kind: EvidenceKind
  /// Lowercase hex SHA-256 of the content.
  public var sha256: String
}
