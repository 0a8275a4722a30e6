/// The HTML document extracted from an MHTML ("web page, single file") message.
public struct MHTMLPart: Sendable {
  /// The decoded HTML bytes, in the part's own character encoding.
  public var html: [UInt8]
  /// The charset named by the part's Content-Type header, if any.
  public var charset: String?
  /// The part's Content-Location, or the message's Snapshot-Content-Location.
  public var contentLocation: String?

  /// Creates a part from its decoded bytes and metadata.
  public init(html: [UInt8], charset: String?, contentLocation: String?) {
    self.html = html
    self.charset = charset
    self.contentLocation = contentLocation
  }
}
