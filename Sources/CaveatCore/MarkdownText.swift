/// Markdown table cells: no pipe, no markup, no line break.
public enum MarkdownText {
  /// One cell, with Markdown and HTML special characters escaped.
  public static func cell(_ value: String) -> String {
    var result = ""
    // Code points, not characters: "|" followed by a combining mark is still a pipe.
    for scalar in TerminalText.sanitize(value, maxLength: 300).unicodeScalars {
      switch scalar {
      case "\\", "|", "*", "_", "`", "[", "]":
        result += "\\"
        result.unicodeScalars.append(scalar)
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
