/// Facts about the file a report was made from.
public struct SourceInfo: Sendable, Codable, Hashable {
  /// The file as given on the command line ("-" for standard input), escaped for display.
  public var file: String
  /// Its size in bytes.
  public var bytes: Int
  /// SHA-256 of the file's bytes, lowercase hex.
  public var sha256: String
  /// The character encoding the page was read with (WHATWG name).
  public var encoding: String
  /// HTML or MHTML.
  public var kind: SourceKind
  /// How the encoding was decided: "bom", "transport" (an MHTML part's charset),
  /// "declared-early" (a `<meta>` in the first 1,024 bytes), "declared-late" (a `<meta>`
  /// further on in the head), "valid-utf8", "detected" or "default" (windows-1252).
  public var encodingDecidedBy: String?
  /// For a detected encoding, how well the page reads in it (0–100): the share of its
  /// non-ASCII characters that belong to the scripts the encoding is made for.
  public var encodingConfidence: Int?

  /// Creates source facts.
  public init(
    file: String, bytes: Int, sha256: String, encoding: String, kind: SourceKind, encodingDecidedBy: String? = nil,
    encodingConfidence: Int? = nil
  ) {
    self.file = file
    self.bytes = bytes
    self.sha256 = sha256
    self.encoding = encoding
    self.kind = kind
    self.encodingDecidedBy = encodingDecidedBy
    self.encodingConfidence = encodingConfidence
  }
}
