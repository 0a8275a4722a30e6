/// Whether the direct tree builder (`CTreeBuilder`) makes trees in this process.
///
/// The builder links the tree libxml2 would build straight from the bytes, several times
/// faster than libxml2's parser, by following libxml2 2.9.14's rules for a tree's shape. It is
/// on only where those rules are the parser's; when it is off, libxml2 parses every page, and
/// the trees (and so every result) are the same, only slower to build.
public enum DirectBuilderStatus: Sendable, Equatable, CustomStringConvertible {
  /// The builder makes trees (libxml2 parses the pages it gives up on); `libxml2` is the
  /// version the process runs, dotted ("2.9.14").
  case enabled(libxml2: String)
  /// libxml2 parses every page; `reason` says why the builder is off.
  case disabled(reason: String)

  /// Whether the builder makes trees.
  public var isEnabled: Bool {
    if case .enabled = self { return true }
    return false
  }

  /// One line for people: `direct (libxml2 2.9.14)`, or `off, REASON; libxml2 parses every page`.
  public var description: String {
    switch self {
    case .enabled(let version): return "direct (libxml2 \(version))"
    case .disabled(let reason): return "off, \(reason); libxml2 parses every page"
    }
  }
}
