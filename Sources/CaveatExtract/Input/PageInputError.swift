import Foundation

/// Why a page could not be read or accepted as HTML input.
public enum PageInputError: Error, Equatable, LocalizedError, Sendable {
  /// The file does not exist (ENOENT, or a path component is not a directory).
  case notFound(PagePath)
  /// The file exists but may not be opened (EACCES/EPERM).
  case permissionDenied(PagePath)
  /// The path names a directory.
  case isDirectory(PagePath)
  /// The path names something that is not a regular file, such as a FIFO or a device.
  case notRegularFile(PagePath, kind: String)
  /// The file is larger than the configured limit.
  case tooLarge(PagePath, size: UInt64, limit: UInt64)
  /// The file (or standard input) holds no bytes.
  case empty(PagePath)
  /// The content is a known binary format rather than a web page.
  case notHTML(PagePath, detected: String)
  /// The content looked like a saved MHTML page but could not be decoded.
  case malformedMHTML(PagePath, reason: String)
  /// Any other system error while opening or reading, with its description.
  case readFailed(PagePath, reason: String)

  /// A lowercase, single-line message naming the file (via its display form).
  public var errorDescription: String? {
    switch self {
    case .notFound(let path):
      return "no such file: \(Self.name(path))"
    case .permissionDenied(let path):
      return "permission denied: \(Self.name(path))"
    case .isDirectory(let path):
      return "is a directory, not a page: \(Self.name(path))"
    case .notRegularFile(let path, let kind):
      return "not a regular file (\(kind)): \(Self.name(path))"
    case .tooLarge(let path, let size, let limit):
      let what =
        path.isStandardInput ? "input too large: \(Self.name(path)) is" : "file too large: \(Self.name(path)) is"
      let amount =
        path.isStandardInput ? "more than \(Self.formatSize(limit, fixed: false))" : Self.formatSize(size, fixed: true)
      return "\(what) \(amount), the limit is \(Self.formatSize(limit, fixed: false)) (use --max-size)"
    case .empty(let path):
      return path.isStandardInput ? "empty input: \(Self.name(path))" : "empty file: \(Self.name(path))"
    case .notHTML(let path, let detected):
      return "not an HTML page (\(detected)): \(Self.name(path))"
    case .malformedMHTML(let path, let reason):
      return "malformed MHTML in \(Self.name(path)): \(reason)"
    case .readFailed(let path, let reason):
      return "cannot read \(Self.name(path)): \(reason)"
    }
  }

  /// The sysexits code for this error: 66 (EX_NOINPUT) for files that cannot be opened,
  /// 65 (EX_DATAERR) for content that is unacceptable.
  public var exitCode: Int32 {
    switch self {
    case .notFound, .permissionDenied, .isDirectory, .notRegularFile, .readFailed:
      return 66
    case .tooLarge, .empty, .notHTML, .malformedMHTML:
      return 65
    }
  }

  /// The path this error is about.
  public var path: PagePath {
    switch self {
    case .notFound(let path), .permissionDenied(let path), .isDirectory(let path),
      .notRegularFile(let path, _), .tooLarge(let path, _, _), .empty(let path),
      .notHTML(let path, _), .malformedMHTML(let path, _), .readFailed(let path, _):
      return path
    }
  }

  private static func name(_ path: PagePath) -> String {
    path.isStandardInput ? "<stdin>" : path.displayString
  }

  /// Formats a byte count with binary units: "512 bytes", "8.0 GiB"; with `fixed` false
  /// exact multiples drop the decimal ("50 MiB").
  static func formatSize(_ value: UInt64, fixed: Bool) -> String {
    let units = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
    if value < 1024 { return value == 1 ? "1 byte" : "\(value) bytes" }
    var unitIndex = 0
    var divisor: UInt64 = 1024
    while unitIndex < units.count - 1 && value / divisor >= 1024 {
      divisor *= 1024
      unitIndex += 1
    }
    if !fixed && value % divisor == 0 {
      return "\(value / divisor) \(units[unitIndex])"
    }
    let tenths = (Double(value) / Double(divisor) * 10).rounded() / 10
    let whole = Int(tenths)
    let fraction = Int(((tenths - Double(whole)) * 10).rounded())
    if fraction >= 10 { return "\(whole + 1).0 \(units[unitIndex])" }
    return "\(whole).\(fraction) \(units[unitIndex])"
  }
}
