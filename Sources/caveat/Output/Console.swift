import CaveatCore
import Foundation

/// Writes results to stdout and diagnostics to stderr, unbuffered by Swift, as UTF-8.
enum Console {
  /// Writes `text` to standard output.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes bytes that are already UTF-8 text to standard output.
  static func write(_ bytes: Data) {
    FileHandle.standardOutput.write(bytes)
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
