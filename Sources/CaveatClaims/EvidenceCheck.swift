import CaveatCore

/// What `verifyEvidence` found for one file.
public struct EvidenceCheck: Sendable, Hashable {
  /// How the file compares with the record.
  public enum Status: String, Sendable, Codable, Hashable {
    /// Same size and SHA-256 as when added.
    case unchanged
    /// Content differs from when added.
    case changed
    /// No file at the recorded path any more.
    case missing
    /// The path exists but cannot be read as a regular file.
    case unreadable
  }

  /// The record.
  public var evidence: Evidence
  /// The finding.
  public var status: Status
  /// Details: the new digest, or why it could not be read.
  public var detail: String?
}
