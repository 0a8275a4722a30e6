/// The kind of file a page was read from.
public enum SourceKind: String, Sendable, Codable, Hashable {
  /// An HTML file ("Web page, complete" or "HTML only").
  case html
  /// A MIME multipart archive ("Web page, single file").
  case mhtml
}
