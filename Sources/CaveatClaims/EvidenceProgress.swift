/// The progress of reading large evidence files, as one line rewritten in place: for a
/// terminal's standard error, where `write` sends it.
public final class EvidenceProgress {
  private let write: (String) -> Void
  private var shown = false

  /// A progress line written through `write`.
  public init(write: @escaping (String) -> Void) {
    self.write = write
  }

  /// Shows how much of `path` was read.
  public func show(_ path: [UInt8], _ done: Int64, _ total: Int64) {
    write("\r" + ClaimTextReport.progress(path, done, total) + "\u{1B}[K")
    shown = true
  }

  /// Clears the line, when one was shown.
  public func clear() {
    if shown { write("\r\u{1B}[K") }
  }
}
