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
