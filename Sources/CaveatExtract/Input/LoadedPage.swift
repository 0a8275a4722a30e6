/// A page read from disk or standard input and decoded to UTF-8.
public struct LoadedPage: Sendable {
  /// Where the page came from.
  public var path: PagePath
  /// The page's HTML as UTF-8 (no BOM).
  public var utf8: [UInt8]
  /// The encoding the original bytes were read as.
  public var encoding: SniffedEncoding
  /// How many undecodable sequences were replaced with U+FFFD.
  public var replacements: Int
  /// Notes for the user: encoding warnings, replacements, MHTML notes.
  public var warnings: [String]
  /// True when the page was extracted from an MHTML message.
  public var isMHTML: Bool
  /// The page's original address when known (from MHTML headers).
  public var contentLocation: String?

  /// Creates a loaded page.
  public init(
    path: PagePath, utf8: [UInt8], encoding: SniffedEncoding, replacements: Int, warnings: [String], isMHTML: Bool,
    contentLocation: String?
  ) {
    self.path = path
    self.utf8 = utf8
    self.encoding = encoding
    self.replacements = replacements
    self.warnings = warnings
    self.isMHTML = isMHTML
    self.contentLocation = contentLocation
  }
}
