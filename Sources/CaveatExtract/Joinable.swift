import Foundation

/// Work started on a new thread and joined later: the page's extractors use it to read a very
/// large tree on two cores at once. Thread start and the semaphore order the memory accesses.
final class Joinable<Value>: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  private var result: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    Thread { [self] in
      result = work()
      finished.signal()
    }.start()
  }

  /// Waits for the work and returns its value; joining again returns at once.
  func join() -> Value {
    finished.wait()
    defer { finished.signal() }
    guard let result else { preconditionFailure("joined work produced no value") }
    return result
  }
}
