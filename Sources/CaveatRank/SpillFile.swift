import CaveatCore
import Foundation

/// An append-only temporary file holding encoded reports; removed when released.
final class SpillFile: Sendable {
  private let handle: FileHandle
  private let path: String
  private let size = Locked<UInt64>(0)

  init() throws {
    let directory = NSTemporaryDirectory()
    path = (directory as NSString).appendingPathComponent("caveat-rank-\(UUID().uuidString).jsonl")
    guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
      throw CocoaError(.fileWriteUnknown)
    }
    handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    // Unlinked at once: the data lives as long as the handle, and nothing is left behind.
    unlink(path)
  }

  /// Appends `data`, returning where it went.
  func append(_ data: Data) throws -> (UInt64, Int) {
    try size.withLock { end in
      try handle.seek(toOffset: end)
      try handle.write(contentsOf: data)
      let offset = end
      end += UInt64(data.count)
      return (offset, data.count)
    }
  }

  /// Reads back what ``append(_:)`` wrote.
  func read(offset: UInt64, length: Int) throws -> Data {
    try size.withLock { _ in
      try handle.seek(toOffset: offset)
      return try handle.read(upToCount: length) ?? Data()
    }
  }

  deinit { try? handle.close() }
}
