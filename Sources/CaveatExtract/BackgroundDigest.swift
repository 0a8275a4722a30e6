import CaveatCore
import Dispatch

/// SHA-256 of a buffer, computed on a background thread.
final class BackgroundDigest: Sendable {
  private let result = Locked<String?>(nil)
  private let done = DispatchSemaphore(value: 0)

  init(_ bytes: [UInt8], hash: @escaping @Sendable ([UInt8]) -> String, concurrently: Bool) {
    guard concurrently else {
      let hex = hash(bytes)
      result.withLock { $0 = hex }
      done.signal()
      return
    }
    DispatchQueue.global(qos: .userInitiated).async { [self] in
      let hex = hash(bytes)
      result.withLock { $0 = hex }
      done.signal()
    }
  }

  /// Blocks until the digest is done.
  func wait() {
    done.wait()
    done.signal()
  }

  /// Waits for the digest.
  var value: String {
    wait()
    return result.withLock { $0 ?? "" }
  }
}
