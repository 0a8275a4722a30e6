import Foundation

/// The failure of a `write(2)`, with the system's words for it.
public struct WriteError: Error {
  /// The `errno` value.
  public let code: Int32
  /// "No space left on device", "Broken pipe", …
  public var reason: String { String(cString: strerror(code)) }
}

/// Writes whole buffers to a file descriptor, retrying short writes and interruptions.
public enum FileDescriptorWriter {
  /// Writes all of `bytes`, or throws the first error that is not an interruption.
  public static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) throws(WriteError) {
    guard var pointer = bytes.baseAddress else { return }
    var left = bytes.count
    while left > 0 {
      let written = write(descriptor, pointer, left)
      if written < 0 {
        if errno == EINTR { continue }
        throw WriteError(code: errno)
      }
      pointer += written
      left -= written
    }
  }
}
