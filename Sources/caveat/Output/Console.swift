import ArgumentParser
import CaveatCore
import CaveatReport
import Foundation

/// Writes results to stdout and diagnostics to stderr, unbuffered by Swift, as UTF-8.
///
/// A result that cannot be written (a full disk, a reader that went away, an I/O error) ends
/// the program with one line on stderr and exit status 74 ("ioError"), never a crash: the work
/// is already done, and there is nowhere left to put it.
enum Console {
  /// Lets a closed pipe show up as a write error (EPIPE) instead of a silent SIGPIPE death, so
  /// it gets the same one-line message and exit status as any other output failure. Called
  /// once at start.
  static func prepare() {
    signal(SIGPIPE, SIG_IGN)
  }

  /// Writes `text` to standard output.
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in writeAll(bytes, to: STDOUT_FILENO, name: "standard output") }
  }

  /// Writes bytes that are already UTF-8 text to standard output.
  static func write(_ bytes: Data) {
    bytes.withUnsafeBytes { raw in
      writeAll(
        UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count),
        to: STDOUT_FILENO, name: "standard output")
    }
  }

  /// Writes `text` to standard error. A failure there is ignored: there is nowhere to report it.
  static func writeError(_ text: String) {
    var text = text
    text.withUTF8 { bytes in _ = try? FileDescriptorWriter.writeAll(bytes, to: STDERR_FILENO) }
  }

  private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, name: String) {
    do {
      try FileDescriptorWriter.writeAll(bytes, to: descriptor)
    } catch {
      Diagnostics.error("cannot write to \(name): \(error.reason)")
      exit(ExitStatus.ioError.rawValue)
    }
  }
}

/// Messages for the person at the terminal, on stderr.
enum Diagnostics {
  /// Reports an error: "caveat: message".
  static func error(_ message: String) {
    Console.writeError("caveat: " + TerminalText.sanitize(message, maxLength: 2_000) + "\n")
  }

  /// Reports a report that could not be written, and the exit status for it.
  static func failure(_ failure: ReportFile.Failure) -> ExitCode {
    error(failure.message)
    return ExitCode(ExitStatus.ioError.rawValue)
  }

  /// Reports a warning.
  static func warning(_ message: String) {
    Console.writeError("caveat: warning: " + TerminalText.sanitize(message, maxLength: 2_000) + "\n")
  }
}

extension TerminalStyle {
  /// Which stream a style is for.
  enum Stream {
    case standardOutput
    case standardError
  }

  /// Colour only on a terminal that is not "dumb", and never when NO_COLOR is set and not
  /// empty (no-color.org), unless forced with `--color always`.
  init(mode: ColorMode, stream: Stream) {
    let environment = ProcessInfo.processInfo.environment
    switch mode {
    case .always: self.init(enabled: true)
    case .never: self.init(enabled: false)
    case .auto:
      let descriptor = stream == .standardOutput ? STDOUT_FILENO : STDERR_FILENO
      let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
      self.init(enabled: !noColor && isatty(descriptor) == 1 && environment["TERM"] != "dumb")
    }
  }
}
