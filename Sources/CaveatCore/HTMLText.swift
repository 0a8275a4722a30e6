/// HTML text and attribute values: the one HTML escaper every report and export uses.
public enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` as character references, after the terminal clean-up (so a
  /// report never carries control characters either, and very long text is cut).
  public static func escape(_ text: String) -> String {
    characterReferences(TerminalText.sanitize(text, maxLength: 2_000))
  }

  /// `&`, `<`, `>`, `"` and `'` as character references (`&amp;`, `&lt;`, `&gt;`, `&quot;`,
  /// `&#39;`), everything else as it is: safe in element content and in quoted attribute
  /// values. For a caller that has already cleaned control characters its own way (a claim
  /// export keeps the line breaks of a draft); others use ``escape(_:)``.
  public static func characterReferences(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
