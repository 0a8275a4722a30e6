/// Text from a page made safe for where it is shown. Every output of Caveat goes through one of
/// the escapers (this one, ``CSVText``, ``MarkdownText``, ``HTMLText``): a page is untrusted input, and what it says must never act on a terminal, a
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
