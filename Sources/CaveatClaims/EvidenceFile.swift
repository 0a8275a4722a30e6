import CaveatCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads evidence files safely: never blocks on a FIFO, never reads a device, never loops on
/// symbolic links, refuses directories.
public enum EvidenceFile {
  /// Why a file could not be read.
  public enum Failure: Error, Equatable, Sendable {
    /// Nothing at that path (or a dangling link).
    case missing
    /// A directory.
    case directory
    /// A FIFO, socket or device.
    case notRegularFile(String)
    /// A loop of symbolic links.
    case symlinkLoop
    /// The path contains a NUL byte or is empty.
    case badPath
    /// Larger than the limit (bytes): refused before a byte is read.
    case tooLarge(size: Int64, limit: Int64)
    /// Any other system error.
    case system(String)

    /// A short reason for messages, in English.
    public var reason: String { reason(in: .en) }

    /// A short reason for messages, in `language`; a system error keeps the system's words.
    public func reason(in language: DraftLanguage) -> String {
      let pick = language.pick
      switch self {
      case .missing: return pick("no such file", "fichier introuvable")
      case .directory: return pick("is a directory, not a file", "est un dossier, pas un fichier")
      case .notRegularFile(let what):
        let french =
          switch what {
          case "FIFO": "un FIFO"
          case "socket": "une socket"
          case "device": "un périphérique"
          default: "un fichier spécial"
          }
        return pick("is a \(what), not a regular file", "est \(french), pas un fichier ordinaire")
      case .symlinkLoop: return pick("symbolic links loop", "les liens symboliques forment une boucle")
      case .badPath:
        return pick("the path is empty or contains a NUL byte", "le chemin est vide ou contient un octet NUL")
      case .tooLarge(let size, let limit):
        return pick(
          "\(ByteCount.text(size)) is more than the \(ByteCount.text(limit)) an evidence file may have",
          "\(ByteCount.text(size, .fr)) dépasse les \(ByteCount.text(limit, .fr)) permis pour une preuve")
      case .system(let message): return message
      }
    }

    /// The reason in both languages, for ``ClaimError/evidenceRefused(path:reason:)``.
    public var claimReason: ClaimReason { ClaimReason(reason(in: .en), fr: reason(in: .fr)) }
  }

  /// How many leading bytes the type sniffer looks at.
  public static let sampleSize = 4096

  /// The largest evidence file accepted: 4 GB (decimal), far above any platform's upload limit,
  /// and a bound on how long fingerprinting may take.
  public static let maxSize: Int64 = 4_000_000_000

  /// How far the reading of a file has got: bytes read so far, and the file's size.
  public typealias Progress = (_ done: Int64, _ total: Int64) -> Void

  /// Reads the file at `path` (raw bytes) and fingerprints it. A file larger than `maxSize`
  /// (by its size, a sparse file included) is refused before it is read; `progress` is called
  /// after every 64 MB read.
  public static func fingerprint(
    pathBytes: [UInt8], maxSize: Int64 = EvidenceFile.maxSize, progress: Progress? = nil
  ) -> Result<EvidenceFingerprint, Failure> {
    guard !pathBytes.isEmpty, !pathBytes.contains(0) else { return .failure(.badPath) }
    let descriptor = (pathBytes + [0]).withUnsafeBufferPointer { buffer -> Int32 in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let base = chars.baseAddress else { return -1 }
        return open(base, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
      }
    }
    if descriptor < 0 { return .failure(failure(errno: errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(failure(errno: errno)) }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: return .failure(.directory)
    case S_IFIFO: return .failure(.notRegularFile("FIFO"))
    case S_IFSOCK: return .failure(.notRegularFile("socket"))
    case S_IFCHR, S_IFBLK: return .failure(.notRegularFile("device"))
    default: return .failure(.notRegularFile("special file"))
    }
    let declared = Int64(info.st_size)
    if declared > maxSize { return .failure(.tooLarge(size: declared, limit: maxSize)) }
    var digest = SHA256()
    var head: [UInt8] = []
    var total: Int64 = 0
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress, raw.count) }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return .failure(failure(errno: errno))
      }
      if count == 0 { break }
      let slice = chunk[0..<count]
      digest.update(slice)
      if head.count < sampleSize { head.append(contentsOf: slice.prefix(sampleSize - head.count)) }
      total += Int64(count)
      if total > maxSize { return .failure(.tooLarge(size: total, limit: maxSize)) }
      if let progress, total % (64 << 20) < Int64(count) { progress(total, max(declared, total)) }
    }
    return .success(
      EvidenceFingerprint(size: total, kind: sniff(head), sha256: SHA256.lowercaseHex(digest.finalize())))
  }

  /// The type of a file from its first bytes (magic numbers), `.other` when unknown or empty.
  public static func sniff(_ head: [UInt8]) -> EvidenceKind {
    func starts(_ magic: [UInt8], at offset: Int = 0) -> Bool {
      head.count >= offset + magic.count && Array(head[offset..<(offset + magic.count)]) == magic
    }
    func ascii(_ text: String) -> [UInt8] { Array(text.utf8) }
    if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
    if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
    if starts(ascii("GIF87a")) || starts(ascii("GIF89a")) { return .gif }
    if starts(ascii("RIFF")), starts(ascii("WEBP"), at: 8) { return .webp }
    if starts(ascii("%PDF-")) { return .pdf }
    if starts([0x50, 0x4B, 0x03, 0x04]) || starts([0x50, 0x4B, 0x05, 0x06]) { return .zip }
    if starts(ascii("ftyp"), at: 4), head.count >= 12 {
      let brand = String(decoding: head[8..<12], as: UTF8.self)
      if ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif"].contains(brand) {
        return .heic
      }
      if brand == "qt  " { return .mov }
      return .mp4
    }
    for atom in ["moov", "mdat", "wide", "free", "skip", "pnot"] where starts(ascii(atom), at: 4) {
      return .mov
    }
    return looksLikeText(head) ? .text : .other
  }

  private static func looksLikeText(_ head: [UInt8]) -> Bool {
    guard !head.isEmpty else { return false }
    for byte in head where byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains(byte) {
      return false
    }
    if String(validating: head, as: UTF8.self) != nil { return true }
    // A multi-byte character cut by the end of a full sample is still text.
    guard head.count >= sampleSize else { return false }
    for cut in 1...3 where String(validating: head.dropLast(cut), as: UTF8.self) != nil { return true }
    return false
  }

  private static func failure(errno code: Int32) -> Failure {
    switch code {
    case ENOENT, ENOTDIR: .missing
    case ELOOP: .symlinkLoop
    case EISDIR: .directory
    default: .system(String(cString: strerror(code)))
    }
  }
}
