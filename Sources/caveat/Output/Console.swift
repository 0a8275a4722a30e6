import Foundation

/// Writes results to stdout and diagnostics to stderr, unbuffered by Swift, as UTF-8.
enum Console {
  /// Writes `text` to standard output.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes `text` to standard error.
  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// Messages for the person at the terminal, on stderr.
enum Diagnostics {
  /// Reports an error: "caveat: message".
  static func error(_ message: String) {
    Console.writeError("caveat: " + TerminalText.sanitize(message, maxLength: 2_000) + "\n")
  }

  /// Reports a warning.
  static func warning(_ message: String) {
    Console.writeError("caveat: warning: " + TerminalText.sanitize(message, maxLength: 2_000) + "\n")
  }
}

/// Whether and how to colour one stream.
struct TerminalStyle {
  enum Stream {
    case standardOutput
    case standardError
  }

  let enabled: Bool

  /// Colour only on a terminal that is not "dumb", and never when NO_COLOR is set and not
  /// empty (no-color.org), unless forced with `--color always`.
  init(mode: ColorMode, stream: Stream) {
    let environment = ProcessInfo.processInfo.environment
    switch mode {
    case .always: enabled = true
    case .never: enabled = false
    case .auto:
      let descriptor = stream == .standardOutput ? STDOUT_FILENO : STDERR_FILENO
      let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
      enabled = !noColor && isatty(descriptor) == 1 && environment["TERM"] != "dumb"
    }
  }

  func bold(_ text: String) -> String { wrap(text, "1") }
  func dim(_ text: String) -> String { wrap(text, "2") }
  func red(_ text: String) -> String { wrap(text, "31") }
  func green(_ text: String) -> String { wrap(text, "32") }
  func yellow(_ text: String) -> String { wrap(text, "33") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

/// Makes page text safe to print on a terminal.
enum TerminalText {
  /// Replaces control characters (C0, DEL, C1), bidirectional overrides and isolates, and line
  /// and paragraph separators with visible escapes, so a page can neither move the cursor,
  /// ring the bell, open a hyperlink nor reorder what is shown; and cuts very long text.
  static func sanitize(_ text: String, maxLength: Int = 500) -> String {
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
        result += String(format: "\\x%02X", scalar.value)
      case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0x061C:
        result += String(format: "\\u{%04X}", scalar.value)
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
