import Foundation
import Glibc

/// Reads page files and standard input safely: no blocking on FIFOs or devices,
/// no unbounded reads, and no stat/open races.
public enum PageFileReader {
  /// The default upper bound on the size of one page, 50 MiB.
  public static let defaultMaxBytes = 50 * 1024 * 1024

  private static let chunkSize = 64 * 1024

  /// Reads the whole regular file at `path`, refusing anything that is not a regular file,
  /// empty, or larger than `maxBytes`. The file is opened first and then examined through
  /// its descriptor, so nothing is read from FIFOs or devices. The path "-"
  /// (``PagePath/standardInput``) reads standard input instead.
  public static func read(_ path: PagePath, maxBytes: Int = defaultMaxBytes) throws(PageInputError) -> [UInt8] {
    if path.isStandardInput {
      return try readStandardInput(maxBytes: maxBytes)
    }
    guard !path.bytes.isEmpty else { throw .notFound(path) }
    let limit = max(0, maxBytes)
    let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY
    let cPath: [CChar] = path.bytes.map { CChar(bitPattern: $0) } + [0]
    var fd: Int32 = -1
    repeat {
      fd = open(cPath, flags)
    } while fd < 0 && errno == EINTR
    if fd < 0 {
      let code = errno
      if code == ENXIO, let kind = kindOfSpecialFile(cPath) {
        throw .notRegularFile(path, kind: kind)
      }
      throw error(forErrno: code, path: path)
    }
    defer { close(fd) }

    var info = stat()
    if fstat(fd, &info) != 0 {
      throw error(forErrno: errno, path: path)
    }
    let type = info.st_mode & S_IFMT
    if type == S_IFDIR { throw .isDirectory(path) }
    if type != S_IFREG { throw .notRegularFile(path, kind: kindName(type)) }
    let size = UInt64(max(0, info.st_size))
    if size > UInt64(limit) {
      throw .tooLarge(path, size: size, limit: UInt64(limit))
    }
    let result = try readAll(fd: fd, limit: limit, path: path, sizeHint: Int(size))
    if result.isEmpty { throw .empty(path) }
    return result
  }

  /// Reads standard input up to `maxBytes` bytes, refusing more than that and empty input.
  public static func readStandardInput(maxBytes: Int = defaultMaxBytes) throws(PageInputError) -> [UInt8] {
    let path = PagePath.standardInput
    let limit = max(0, maxBytes)
    let result = try readAll(fd: STDIN_FILENO, limit: limit, path: path, sizeHint: 0)
    if result.isEmpty { throw .empty(path) }
    return result
  }

  /// Reads `fd` until end of file or until more than `limit` bytes have arrived (then
  /// throws ``PageInputError/tooLarge(_:size:limit:)``).
  static func readAll(fd: Int32, limit: Int, path: PagePath, sizeHint: Int) throws(PageInputError) -> [UInt8] {
    var result: [UInt8] = []
    if sizeHint > 0 {
      // The size the file had when opened: read straight into an array one byte larger, so an
      // unchanged file is read with no copy besides the kernel's; a file that grew fills it
      // and goes on below.
      var failure: PageInputError?
      var reachedEnd = false
      result = [UInt8](unsafeUninitializedCapacity: min(sizeHint, limit) + 1) { buffer, count in
        count = 0
        guard let base = buffer.baseAddress else { return }
        while count < buffer.count {
          let got: Int
          do throws(PageInputError) {
            got = try readSome(fd, into: base + count, count: buffer.count - count, path: path)
          } catch {
            failure = error
            return
          }
          if got == 0 {
            reachedEnd = true
            return
          }
          count += got
        }
      }
      if let failure { throw failure }
      if reachedEnd { return result }
    }
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
    defer { chunk.deallocate() }
    guard let base = chunk.baseAddress else { return result }
    while result.count <= limit {
      let count = try readSome(fd, into: base, count: min(chunkSize, limit + 1 - result.count), path: path)
      if count == 0 { break }
      result.append(contentsOf: UnsafeRawBufferPointer(start: base, count: count))
    }
    if result.count > limit {
      throw .tooLarge(path, size: UInt64(result.count), limit: UInt64(limit))
    }
    return result
  }

  /// One `read` of up to `count` bytes: retried when a signal interrupts it, and after a
  /// `poll` when the descriptor has nothing yet. The bytes read, 0 at the end of the file.
  private static func readSome(
    _ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int, path: PagePath
  ) throws(PageInputError) -> Int {
    while true {
      let got = Glibc.read(fd, buffer, count)
      if got >= 0 { return got }
      let code = errno
      if code == EINTR { continue }
      if code == EAGAIN || code == EWOULDBLOCK {
        var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        _ = poll(&request, 1, -1)
        continue
      }
      throw error(forErrno: code, path: path)
    }
  }

  /// Maps an errno value from open/fstat/read to a ``PageInputError``.
  static func error(forErrno code: Int32, path: PagePath) -> PageInputError {
    switch code {
    case ENOENT, ENOTDIR:
      return .notFound(path)
    case EACCES, EPERM:
      return .permissionDenied(path)
    case EISDIR:
      return .isDirectory(path)
    case ELOOP:
      return .readFailed(path, reason: "too many levels of symbolic links")
    default:
      return .readFailed(path, reason: describe(code))
    }
  }

  /// The strerror text for `code`, with a lowercase first letter.
  static func describe(_ code: Int32) -> String {
    guard let raw = strerror(code) else { return "error \(code)" }
    let text = String(cString: raw)
    guard let first = text.first else { return "error \(code)" }
    return first.lowercased() + text.dropFirst()
  }

  private static func kindOfSpecialFile(_ cPath: [CChar]) -> String? {
    var info = stat()
    guard stat(cPath, &info) == 0 else { return nil }
    let type = info.st_mode & S_IFMT
    return type == S_IFREG || type == S_IFDIR ? nil : kindName(type)
  }

  private static func kindName(_ type: mode_t) -> String {
    switch type {
    case S_IFIFO: return "FIFO"
    case S_IFCHR: return "character device"
    case S_IFBLK: return "block device"
    case S_IFSOCK: return "socket"
    case S_IFLNK: return "symbolic link"
    default: return "special file"
    }
  }
}
