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
    /// A charset detector's guess from the bytes.
    case detected
    /// Nothing else applied; a default or heuristic guess.
    case fallback
  }

  /// How the encoding was decided, as the report states it.
  public enum Decision: Sendable, Equatable {
    /// A byte order mark.
    case byteOrderMark
    /// A charset from outside the document (an MHTML part's Content-Type).
    case transport
    /// A `<meta>` declaration in the first 1,024 bytes (the standard's prescan).
    case declaredEarly
    /// A `<meta>` declaration further on in the head, where the parser meets it.
    case declaredLate
    /// The bytes are valid UTF-8 (or pure ASCII).
    case validUTF8
    /// Guessed from the bytes; `confidence` (0–100) is, for the charset detector's guess,
    /// the share of the decoded non-ASCII characters that belong to the scripts the encoding
    /// is made for, and for UTF-16 told by its NUL bytes, the share of code units with a NUL
    /// high byte.
    case detected(confidence: Int)
    /// Nothing applied: read as windows-1252.
    case defaulted

    /// The name the report uses: "bom", "transport", "declared-early", "declared-late",
    /// "valid-utf8", "detected" or "default".
    public var name: String {
      switch self {
      case .byteOrderMark: return "bom"
      case .transport: return "transport"
      case .declaredEarly: return "declared-early"
      case .declaredLate: return "declared-late"
      case .validUTF8: return "valid-utf8"
      case .detected: return "detected"
      case .defaulted: return "default"
      }
    }

    /// The detection's confidence (0–100), nil for every other decision.
    public var confidence: Int? {
      if case .detected(let confidence) = self { return confidence }
      return nil
    }

    /// The decision a ``Source`` stands for when nothing more precise is known.
    init(_ source: Source) {
      switch source {
      case .byteOrderMark: self = .byteOrderMark
      case .transport: self = .transport
      case .meta: self = .declaredEarly
      case .utf8Validity: self = .validUTF8
      case .detected: self = .detected(confidence: 0)
      case .fallback: self = .defaulted
      }
    }
  }

  /// The canonical WHATWG encoding name, e.g. "UTF-8", "windows-1252", "GBK".
  public var name: String
  /// What decided the encoding.
  public var source: Source
  /// How the encoding was decided, in the report's terms.
  public var decidedBy: Decision
  /// Human-readable notes, e.g. about an ignored or contradicted declaration.
  public var warnings: [String]

  /// Creates a sniffing result; `decidedBy` defaults to what `source` stands for.
  public init(name: String, source: Source, warnings: [String] = [], decidedBy: Decision? = nil) {
    self.name = name
    self.source = source
    self.decidedBy = decidedBy ?? Decision(source)
    self.warnings = warnings
  }
}
