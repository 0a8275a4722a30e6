import CaveatCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a ZIP archive of stored (uncompressed) entries, streaming each file: no file is ever
/// held whole in memory. Written in-house (CRC-32 and the ZIP headers are a page of code) so
/// that the claim library needs no other dependency.
///
/// Without Zip64, every entry and the whole archive stay under 4 GiB: ``add(name:file:expectedSHA256:)``
/// leaves out a file that would take the archive past it, and the caller lists it.
public final class ZipWriter {
  /// The largest offset or size a classic (non-Zip64) archive can record.
  public static let limit: UInt64 = 0xFFFF_FFFF

  /// What became of a file given to ``add(name:file:expectedSHA256:)``.
  public enum FileResult: Sendable, Equatable {
    /// Copied; its content matched the recorded hash.
    case included(size: Int64)
    /// Read, but its content no longer matches the recorded hash: left out.
    case changed(sha256: String)
    /// Could not be read: left out.
    case unreadable(reason: String)
    /// Would take the archive past 4 GiB: left out.
    case tooLargeForArchive(size: Int64)
  }

  private struct Central {
    var name: [UInt8]
    var crc: UInt32
    var size: UInt32
    var offset: UInt32
  }

  private let descriptor: Int32
  private var offset: UInt64 = 0
  private var central: [Central] = []
  private let dosTime: UInt16
  private let dosDate: UInt16
  private var finished = false

  /// Opens `path` for writing (created, or emptied); every entry is dated `date` at midnight.
  public init(path: String, date: CalendarDate) throws(ZipError) {
    descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
    if descriptor < 0 { throw .system(String(cString: strerror(errno))) }
    dosTime = 0
    let year = max(0, min(127, date.year - 1980))
    dosDate = UInt16(year << 9 | date.month << 5 | date.day)
  }

  deinit { if !finished { close(descriptor) } }

  /// The archive's size so far.
  public var size: UInt64 { offset }

  /// Adds an entry holding `bytes`.
  public func add(name: String, bytes: [UInt8]) throws(ZipError) {
    let nameBytes = Array(name.utf8)
    let needed = UInt64(30 + nameBytes.count + bytes.count) + centralSize(adding: nameBytes.count)
    guard offset + needed <= Self.limit else { throw .archiveTooLarge }
    var crc = CRC32()
    crc.update(bytes)
    let start = offset
    try writeAll(localHeader(nameBytes, crc: crc.value, size: UInt32(bytes.count)))
    try writeAll(bytes)
    central.append(Central(name: nameBytes, crc: crc.value, size: UInt32(bytes.count), offset: UInt32(start)))
  }

  /// Adds the file at `pathBytes`, copied in chunks and hashed on the way; when its SHA-256 is
  /// not `expectedSHA256`, the entry is taken back out of the archive and the result says so.
  public func add(name: String, file pathBytes: [UInt8], expectedSHA256: String) throws(ZipError) -> FileResult {
    guard !pathBytes.isEmpty, !pathBytes.contains(0) else { return .unreadable(reason: "the path is empty") }
    let input = (pathBytes + [0]).withUnsafeBufferPointer { buffer -> Int32 in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let base = chars.baseAddress else { return -1 }
        return open(base, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
      }
    }
    if input < 0 { return .unreadable(reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno))) }
    defer { close(input) }
    var info = stat()
    guard fstat(input, &info) == 0 else { return .unreadable(reason: String(cString: strerror(errno))) }
    guard info.st_mode & S_IFMT == S_IFREG else { return .unreadable(reason: "not a regular file") }
    let declared = Int64(info.st_size)
    let nameBytes = Array(name.utf8)
    let overhead = UInt64(30 + nameBytes.count) + centralSize(adding: nameBytes.count)
    guard declared >= 0, offset + overhead + UInt64(declared) <= Self.limit else {
      return .tooLargeForArchive(size: declared)
    }
    let start = offset
    try writeAll(localHeader(nameBytes, crc: 0, size: 0))
    var crc = CRC32()
    var digest = SHA256()
    var total: UInt64 = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { raw in read(input, raw.baseAddress, raw.count) }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        let reason = String(cString: strerror(errno))
        try rewind(to: start)
        return .unreadable(reason: reason)
      }
      if count == 0 { break }
      let slice = chunk[0..<count]
      total += UInt64(count)
      // The file grew while being copied: stop before the archive passes its limit.
      if offset + UInt64(count) + centralSize(adding: nameBytes.count) > Self.limit {
        try rewind(to: start)
        return .tooLargeForArchive(size: Int64(total))
      }
      crc.update(slice)
      digest.update(slice)
      try writeAll(Array(slice))
    }
    let sha = SHA256.lowercaseHex(digest.finalize())
    guard sha == expectedSHA256.lowercased() else {
      try rewind(to: start)
      return .changed(sha256: sha)
    }
    // Patch the local header's CRC and sizes now that they are known.
    var patch = ByteWriter()
    patch.u32(crc.value)
    patch.u32(UInt32(total))
    patch.u32(UInt32(total))
    try pwriteAll(patch.bytes, at: start + 14)
    central.append(Central(name: nameBytes, crc: crc.value, size: UInt32(total), offset: UInt32(start)))
    return .included(size: Int64(total))
  }

  /// Writes the central directory and closes the file.
  public func finish() throws(ZipError) {
    guard !finished else { return }
    let directoryStart = offset
    var out = ByteWriter()
    for entry in central {
      out.u32(0x0201_4B50)
      out.u16(20)  // made by: version 2.0, MS-DOS attributes
      out.u16(20)  // needed to extract
      out.u16(0x0800)  // names are UTF-8
      out.u16(0)  // stored
      out.u16(dosTime)
      out.u16(dosDate)
      out.u32(entry.crc)
      out.u32(entry.size)
      out.u32(entry.size)
      out.u16(UInt16(entry.name.count))
      out.u16(0)
      out.u16(0)
      out.u16(0)
      out.u16(0)
      out.u32(0)
      out.u32(entry.offset)
      out.append(entry.name)
    }
    let directorySize = UInt64(out.bytes.count)
    guard directoryStart + directorySize + 22 <= Self.limit, central.count < 0xFFFF else {
      throw .archiveTooLarge
    }
    out.u32(0x0605_4B50)
    out.u16(0)
    out.u16(0)
    out.u16(UInt16(central.count))
    out.u16(UInt16(central.count))
    out.u32(UInt32(directorySize))
    out.u32(UInt32(directoryStart))
    out.u16(0)
    try writeAll(out.bytes)
    guard fsync(descriptor) == 0 || errno == EINVAL else { throw .system(String(cString: strerror(errno))) }
    finished = true
    guard close(descriptor) == 0 else { throw .system(String(cString: strerror(errno))) }
  }

  // MARK: - Bytes

  private func localHeader(_ name: [UInt8], crc: UInt32, size: UInt32) -> [UInt8] {
    var out = ByteWriter()
    out.u32(0x0403_4B50)
    out.u16(20)
    out.u16(0x0800)
    out.u16(0)
    out.u16(dosTime)
    out.u16(dosDate)
    out.u32(crc)
    out.u32(size)
    out.u32(size)
    out.u16(UInt16(name.count))
    out.u16(0)
    out.append(name)
    return out.bytes
  }

  /// The central directory's size once an entry with a name of `nameLength` bytes is added.
  private func centralSize(adding nameLength: Int) -> UInt64 {
    let current = central.reduce(0) { $0 + 46 + UInt64($1.name.count) }
    return current + 46 + UInt64(nameLength) + 22
  }

  private func rewind(to start: UInt64) throws(ZipError) {
    guard ftruncate(descriptor, off_t(start)) == 0, lseek(descriptor, off_t(start), SEEK_SET) >= 0 else {
      throw .system(String(cString: strerror(errno)))
    }
    offset = start
  }

  private func writeAll(_ bytes: [UInt8]) throws(ZipError) {
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return write(descriptor, base + done, raw.count - done)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .system(String(cString: strerror(errno)))
      }
      done += count
    }
    offset += UInt64(bytes.count)
  }

  private func pwriteAll(_ bytes: [UInt8], at position: UInt64) throws(ZipError) {
    let count = bytes.withUnsafeBytes { raw in pwrite(descriptor, raw.baseAddress, raw.count, off_t(position)) }
    guard count == bytes.count else { throw .system(String(cString: strerror(errno))) }
  }
}

/// Why an archive could not be written.
public enum ZipError: Error, Equatable, Sendable {
  /// A system call failed.
  case system(String)
  /// The archive would pass 4 GiB (Zip64 is not written).
  case archiveTooLarge

  /// A short reason for messages, in English.
  public var reason: String { reason(in: .en) }

  /// A short reason for messages, in `language`; a system error keeps the system's words.
  public func reason(in language: DraftLanguage) -> String {
    switch self {
    case .system(let message): message
    case .archiveTooLarge:
      language.pick("the archive would be larger than 4 GiB", "l'archive dépasserait 4 Gio")
    }
  }
}

/// CRC-32 (ISO-HDLC, the polynomial ZIP uses), updated chunk by chunk.
public struct CRC32: Sendable {
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  private var state: UInt32 = 0xFFFF_FFFF

  /// An empty checksum.
  public init() {}

  /// Adds `bytes`.
  public mutating func update(_ bytes: some Collection<UInt8>) {
    var crc = state
    let table = Self.table
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    state = crc
  }

  /// The checksum of everything added.
  public var value: UInt32 { state ^ 0xFFFF_FFFF }
}

/// Little-endian bytes.
private struct ByteWriter {
  var bytes: [UInt8] = []
  mutating func u16(_ value: UInt16) { bytes += [UInt8(value & 0xFF), UInt8(value >> 8)] }
  mutating func u32(_ value: UInt32) {
    bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
  }
  mutating func append(_ other: [UInt8]) { bytes += other }
}
