import CaveatCore

/// What `verifyEvidence` found for one file.
public struct EvidenceCheck: Sendable, Hashable, Encodable {
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

  private enum CodingKeys: String, CodingKey { case evidence, status, detail }

  /// Encodes `{"evidence": …, "status": …, "detail": …}`, the evidence as an ``EvidenceView``.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(EvidenceView(evidence), forKey: .evidence)
    try container.encode(status, forKey: .status)
    try container.encodeIfPresent(detail, forKey: .detail)
  }
}
