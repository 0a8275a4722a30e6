/// The character encoding chosen for a page, where the decision came from, and any
/// warnings worth showing to the user.
public struct SniffedEncoding: Sendable, Equatable {
  /// What decided the encoding.
  public enum Source: String, Sendable {
    /// A UTF-8 or UTF-16 byte order mark.
    case byteOrderMark = "bom"
    /// A charset from the transport layer (e.g. the MHTML part's Content-Type).
    case transport
    /// A `<meta charset>` or `<meta http-equiv=Content-Type>` declaration.
    case meta
    /// The bytes are valid UTF-8 (or pure ASCII).
    case utf8Validity = "utf8"
    /// Nothing else applied; a default or heuristic guess.
    case fallback
  }

  /// The canonical WHATWG encoding name, e.g. "UTF-8", "windows-1252", "GBK".
  public var name: String
  /// What decided the encoding.
  public var source: Source
  /// Human-readable notes, e.g. about an ignored or contradicted declaration.
  public var warnings: [String]

  /// Creates a sniffing result.
  public init(name: String, source: Source, warnings: [String] = []) {
    self.name = name
    self.source = source
    self.warnings = warnings
  }
}
