import Foundation

/// Pages done, pages per second and time left, on one self-rewriting stderr line.
public final class ProgressMeter: Sendable {
  private let enabled: Bool
  private let start = ContinuousClock.now
  private let write: @Sendable (String) -> Void

  /// A meter that draws on `write` (standard error) when `enabled`.
  public init(enabled: Bool, write: @escaping @Sendable (String) -> Void) {
    self.enabled = enabled
    self.write = write
  }

  /// Redraws the line after `done` of `total` pages (every fifth page, and the last).
  public func update(done: Int, total: Int) {
    guard enabled, done == total || done % 5 == 0 else { return }
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let rate = seconds > 0 ? Double(done) / seconds : 0
    let left = rate > 0 ? Double(total - done) / rate : 0
    write(String(format: "\r\u{1B}[K%d/%d pages · %.1f pages/s · %.0f s left", done, total, rate, left))
  }

  /// Clears the line.
  public func finish() {
    if enabled { write("\r\u{1B}[K") }
  }
}
