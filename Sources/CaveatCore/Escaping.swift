/// Text from a page made safe for where it is shown. Every output of Caveat goes through one of
/// these: a page is untrusted input, and what it says must never act on a terminal, a
/// spreadsheet or a browser.
public enum TerminalText {
  /// Replaces control characters (C0, DEL, C1), bidirectional overrides and isolates, and line
  /// and paragraph separators with visible escapes, so a page can neither move the cursor,
  /// ring the bell, open a hyperlink nor reorder what is shown; and cuts very long text.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - maxLength: Unicode scalars kept before "…".
  /// - Returns: Printable text without ESC, BEL or line breaks.
  public static func sanitize(_ text: String, maxLength: Int = 500) -> String {
    var result = ""
    var count = 0
    for scalar in text.unicodeScalars {
      if count >= maxLength {
        result += "…"
        break
      }
      count += 1
      switch scalar.value {
      case 0x09: result += " "
      case 0x0A: result += "\\n"
      case 0x0D: result += "\\r"
      case 0x00...0x1F, 0x7F...0x9F:
        result += "\\x" + hex(scalar.value, digits: 2)
      case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0x061C:
        result += "\\u{" + hex(scalar.value, digits: 4) + "}"
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}

/// RFC 4180 cells that a spreadsheet will not run as formulas.
public enum CSVText {
  /// One cell: terminal-safe, formula-like starts (`=`, `+`, `-`, `@`, tab, carriage return;
  /// OWASP "CSV injection") defused with a leading `'`, quoted when it holds a comma, a quote or
  /// a line break.
  public static func cell(_ value: String) -> String {
    var text = TerminalText.sanitize(value, maxLength: 2_000)
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
    // Code points, not characters: a quote or comma followed by a combining mark is still a
    // quote or a comma to a CSV reader.
    let special = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    guard special else { return text }
    var quoted = "\""
    for scalar in text.unicodeScalars {
      if scalar == "\"" { quoted.unicodeScalars.append("\"") }
      quoted.unicodeScalars.append(scalar)
    }
    return quoted + "\""
  }
}

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

/// HTML text and attribute values.
public enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` as character references, after the terminal clean-up (so a
  /// report never carries control characters either).
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in TerminalText.sanitize(text, maxLength: 2_000).unicodeScalars {
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
