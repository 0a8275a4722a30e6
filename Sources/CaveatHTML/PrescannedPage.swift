import Foundation

/// A byte-level pass over the page before libxml2 sees it.
///
/// It finds the scripts the extractors need, and (in the fast mode) removes every `<script>`
/// and `<style>` body from what libxml2 parses: those bodies are most of a saved page's bytes
/// and no DOM rule reads them. It also defuses inputs that would make libxml2 slow or silent:
/// tags with thousands of attributes (the 2.9 parser checks duplicates quadratically) are cut
/// to ``maxAttributes``, and an unterminated comment is reported.
///
/// Tag boundaries follow libxml2 2.9's HTML tokenizer: comments end at `-->`, a script or style
/// body ends at the first case-insensitive `</script` (or `</style`), `<script/>` has no body.
public struct PrescannedPage: Sendable {
  /// The bytes to hand to libxml2.
  public var html: [UInt8]
  /// The scripts that matched the interest filter, in document order.
  public var scripts: [PageScript]
  /// The URL from a browser's `<!-- saved from url=(NNNN)… -->` comment, if any.
  public var savedFromURL: String?
  /// Warnings about the input.
  public var warnings: [String]
  /// Whether the page seems cut short (no `</html>` or `</body>`).
  public var looksTruncated: Bool
  /// Whether an unterminated comment swallows the rest of the page.
  public var unterminatedComment: Bool
  /// Whether anything but the comment (or nothing) precedes an unterminated comment.
  public var contentBeforeUnterminatedComment: Bool
  /// Whether script and style bodies were dropped from ``html``: false when not asked for, and
  /// when a body starts with another element's end tag (`<script></div>`). libxml2 reads such an
  /// end tag as markup and may resume script text somewhere the scan cannot predict, so the
  /// page is kept whole and its scripts are read from the tree, as on the full path.
  public var bodiesStripped: Bool

  /// Attributes kept per tag.
  public static let maxAttributes = 1_000

  /// Scans `bytes` (UTF-8).
  ///
  /// - Parameters:
  ///   - bytes: The page.
  ///   - interest: Which scripts to keep.
  ///   - stripBodies: Whether to drop script and style bodies from ``html``.
  public init(bytes: [UInt8], interest: ScriptInterest, stripBodies: Bool) {
    // NUL bytes go first, on every path: libxml2 treats one inside a tag unpredictably (the
    // rest of the tag, or of the page, can be lost), so neither it nor the scan ever sees them.
    // The scan still counts them for the warning.
    var scanner = PrescanScanner(interest: interest, strip: stripBodies)
    let nuls = bytes.withUnsafeBufferPointer { scanner.countNULs($0) }
    let input = nuls > 0 ? bytes.filter { $0 != 0 } : bytes
    input.withUnsafeBufferPointer { scanner.run($0) }
    bodiesStripped = stripBodies
    if stripBodies && scanner.ambiguousBody {
      scanner = PrescanScanner(interest: interest, strip: false)
      _ = bytes.withUnsafeBufferPointer { scanner.countNULs($0) }
      input.withUnsafeBufferPointer { scanner.run($0) }
      bodiesStripped = false
    }
    html = scanner.modified ? scanner.output : input
    scripts = scanner.scripts
    savedFromURL = scanner.savedFromURL
    warnings = scanner.warnings
    looksTruncated = !scanner.sawBodyOrHTMLEnd
    unterminatedComment = scanner.unterminatedComment
    contentBeforeUnterminatedComment = scanner.contentBeforeComment
  }
}
