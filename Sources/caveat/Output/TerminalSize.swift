import Foundation

/// The terminal's width, when stdout is one.
enum TerminalSize {
  static func columns() -> Int? {
    if let value = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(value), columns > 20 {
      return columns
    }
    guard isatty(STDOUT_FILENO) == 1 else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return nil }
    return Int(size.ws_col)
  }
}
