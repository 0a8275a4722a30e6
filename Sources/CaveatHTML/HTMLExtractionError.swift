/// Errors in reading a parsed document.
public enum HTMLExtractionError: Error, Equatable, Sendable {
  /// An XPath expression did not compile or evaluate (libxml2 error code attached).
  case invalidXPath(expression: String, code: Int32)
}
