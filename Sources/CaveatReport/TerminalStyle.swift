/// Whether text for a terminal is coloured, and the colours used. The command line decides
/// `enabled` (a terminal, no `NO_COLOR`, or `--color always`); reports only ask for styles.
public struct TerminalStyle: Sendable {
  /// Whether styles add ANSI escape codes; when false every style returns its text unchanged.
  public let enabled: Bool

  /// A style that colours when `enabled` is true.
  public init(enabled: Bool) { self.enabled = enabled }

  /// Bold text.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Faint text, for labels and evidence.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Red text, for dangers.
  public func red(_ text: String) -> String { wrap(text, "31") }
  /// Green text, for good news.
  public func green(_ text: String) -> String { wrap(text, "32") }
  /// Yellow text, for warnings.
  public func yellow(_ text: String) -> String { wrap(text, "33") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
