import Foundation

/// A value guarded by a lock, for the few caches and counters that threads share.
///
/// This stands in for `Synchronization.Mutex`, which on Linux locks with futexes that
/// ThreadSanitizer cannot see: every access it guards is reported as a race, which hides real
/// ones. `NSLock` wraps a pthread mutex, which ThreadSanitizer understands.
public final class Locked<Value> {
  private let lock = NSLock()
  private var value: Value

  /// Guards `value`.
  public init(_ value: Value) {
    self.value = value
  }

  /// Runs `body` with the value while holding the lock.
  ///
  /// - Parameter body: Reads or changes the value; it must not call back into this lock.
  /// - Returns: What `body` returns.
  public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}

extension Locked: @unchecked Sendable where Value: Sendable {}
