import CaveatCore
import Foundation

/// Where a report goes: standard output, or the file named by `--output`, written so that it
/// never harms what is at that path.
///
/// - A regular file (or a path where nothing is yet) is written whole or not at all: the report
///   goes to a temporary file beside it, renamed over the target when complete.
/// - Anything else (a FIFO, a terminal or other device, a symbolic link such as `/dev/stdout`)
///   is opened and written through, never replaced: a reader at the other end gets the report,
///   and a link stays a link.
///
/// A failure throws a ``Failure`` whose message names the path and the reason, in one line;
/// a command ends with ``ExitStatus/ioError`` for it.
public final class ReportFile: ReportSink {
  /// Why a report could not be written: one line naming the path and the reason.
  public struct Failure: Error {
    /// "cannot write the report to PATH: REASON".
    public let message: String
  }

  private enum Target {
    case standardOutput
    case direct(descriptor: Int32)
    case atomic(descriptor: Int32, temporary: String, final: String)
  }

  private let path: String?
  private var target: Target
  private var buffer: [UInt8] = []
  private var failed: Failure?
  private let standardOutput: (Data) -> Void

  /// Opens the destination: standard output (through `standardOutput`) when `path` is nil.
  public init(path: String?, standardOutput: @escaping (Data) -> Void) throws(Failure) {
    self.path = path
    self.standardOutput = standardOutput
    guard let path else {
      target = .standardOutput
      return
    }
    target = try Self.open(path)
  }

  /// Appends `text`; it reaches the destination in blocks of 64 KB and at ``close()``. After a
  /// failed write the rest is dropped and ``close()`` reports the failure.
  public func write(_ text: String) {
    guard failed == nil else { return }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 {
      do { try flush() } catch { failed = error }
    }
  }

  /// Writes what is left and, for a regular file, puts it in place.
  public func close() throws(Failure) {
    if let failed { throw failed }
    try flush()
    switch target {
    case .standardOutput:
      break
    case .direct(let descriptor):
      if Foundation.close(descriptor) != 0 { throw failure(errno) }
    case .atomic(let descriptor, let temporary, let final):
      let synced = fsync(descriptor) == 0 || errno == EINVAL
      let syncError = errno
      let closed = Foundation.close(descriptor) == 0
      let closeError = errno
      guard synced, closed else {
        unlink(temporary)
        throw failure(synced ? closeError : syncError)
      }
      if rename(temporary, final) != 0 {
        let error = errno
        unlink(temporary)
        throw failure(error)
      }
    }
    target = .standardOutput
    buffer = []
  }

  /// Drops a half-written temporary file (after an error elsewhere); the target is untouched.
  public func abandon() {
    if case .atomic(let descriptor, let temporary, _) = target {
      _ = Foundation.close(descriptor)
      unlink(temporary)
    }
    target = .standardOutput
    buffer = []
  }

  private func flush() throws(Failure) {
    guard !buffer.isEmpty else { return }
    defer { buffer.removeAll(keepingCapacity: true) }
    let descriptor: Int32
    switch target {
    case .standardOutput:
      buffer.withUnsafeBufferPointer { standardOutput(Data(buffer: $0)) }
      return
    case .direct(let open), .atomic(let open, _, _):
      descriptor = open
    }
    do {
      try buffer.withUnsafeBufferPointer { bytes throws(WriteError) in
        try FileDescriptorWriter.writeAll(bytes, to: descriptor)
      }
    } catch {
      let code = error.code
      abandon()
      throw failure(code)
    }
  }

  private func failure(_ code: Int32) -> Failure {
    Failure(message: "cannot write the report to \(path ?? "standard output"): \(WriteError(code: code).reason)")
  }

  private static func open(_ path: String) throws(Failure) -> Target {
    var status = stat()
    if lstat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
      if status.st_mode & S_IFMT == S_IFDIR {
        throw Failure(message: "cannot write the report to \(path): it is a folder")
      }
      // A FIFO, device, socket or symbolic link: write through it, never replace it.
      let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
      guard descriptor >= 0 else { throw Self.openFailure(path, errno) }
      return .direct(descriptor: descriptor)
    }
    let folder = (path as NSString).deletingLastPathComponent
    let directory = folder.isEmpty ? "." : folder
    var folderStatus = stat()
    guard stat(directory, &folderStatus) == 0 else {
      throw Failure(message: "cannot write the report to \(path): the folder \(directory) does not exist")
    }
    guard folderStatus.st_mode & S_IFMT == S_IFDIR else {
      throw Failure(message: "cannot write the report to \(path): \(directory) is not a folder")
    }
    let name = (path as NSString).lastPathComponent
    var template = Array((directory + "/." + name + ".caveat-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
    guard descriptor >= 0 else { throw Self.openFailure(path, errno) }
    let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // The report gets the permissions a new file would get (mkstemp makes it 0600), or keeps
    // those of the file it replaces.
    var existing = stat()
    if stat(path, &existing) == 0 {
      fchmod(descriptor, existing.st_mode & 0o7777)
    } else {
      let mask = umask(0)
      umask(mask)
      fchmod(descriptor, 0o666 & ~mask)
    }
    return .atomic(descriptor: descriptor, temporary: temporary, final: path)
  }

  private static func openFailure(_ path: String, _ code: Int32) -> Failure {
    Failure(message: "cannot write the report to \(path): \(WriteError(code: code).reason)")
  }
}
