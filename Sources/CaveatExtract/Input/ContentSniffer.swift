import Foundation

/// Recognises content that is clearly not a web page: known binary formats by their
/// magic numbers, and otherwise data dense with NUL and control bytes.
public enum ContentSniffer {
  /// A human-readable name of the binary format the bytes start with ("PNG image",
  /// "ZIP archive", "binary data", ...), or nil when the bytes may be text.
  public static func binaryKind(of bytes: [UInt8]) -> String? {
    if let kind = magicKind(of: bytes) { return kind }
    return looksBinary(bytes) ? "binary data" : nil
  }

  private static func has(_ bytes: [UInt8], _ prefix: [UInt8], at offset: Int = 0) -> Bool {
    guard bytes.count >= offset + prefix.count else { return false }
    for (index, byte) in prefix.enumerated() where bytes[offset + index] != byte {
      return false
    }
    return true
  }

  private static func ascii(_ text: String) -> [UInt8] {
    Array(text.utf8)
  }

  /// Identifies a format from its leading magic number.
  static func magicKind(of bytes: [UInt8]) -> String? {
    let simple: [([UInt8], String)] = [
      ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
      ([0xFF, 0xD8, 0xFF], "JPEG image"),
      (ascii("GIF87a"), "GIF image"),
      (ascii("GIF89a"), "GIF image"),
      (ascii("%PDF-"), "PDF document"),
      ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
      ([0x50, 0x4B, 0x05, 0x06], "ZIP archive"),
      ([0x50, 0x4B, 0x07, 0x08], "ZIP archive"),
      ([0x1F, 0x8B], "gzip archive"),
      ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
      ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "7z archive"),
      (ascii("Rar!\u{1A}\u{07}"), "RAR archive"),
      ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
      ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
      ([0xFE, 0xED, 0xFA, 0xCE], "Mach-O executable"),
      ([0xFE, 0xED, 0xFA, 0xCF], "Mach-O executable"),
      ([0xCE, 0xFA, 0xED, 0xFE], "Mach-O executable"),
      ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"),
      ([0xCA, 0xFE, 0xBA, 0xBE], "Mach-O universal binary or Java class file"),
      (ascii("SQLite format 3\u{0}"), "SQLite database"),
      (ascii("wOFF"), "WOFF font"),
      (ascii("wOF2"), "WOFF2 font"),
      ([0x00, 0x01, 0x00, 0x00, 0x00], "TrueType font"),
      (ascii("OTTO\u{0}"), "OpenType font"),
      (ascii("II*\u{0}"), "TIFF image"),
      (ascii("MM\u{0}*"), "TIFF image"),
      ([0x00, 0x00, 0x01, 0x00], "ICO image"),
      ([0x00, 0x00, 0x02, 0x00], "CUR image"),
      (ascii("OggS\u{0}"), "Ogg media"),
      (ascii("fLaC"), "FLAC audio"),
      ([0x1A, 0x45, 0xDF, 0xA3], "Matroska/WebM video"),
      ([0x00, 0x61, 0x73, 0x6D], "WebAssembly module"),
      ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "Microsoft Office document"),
      (ascii("8BPS"), "Photoshop image"),
      ([0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20], "JPEG 2000 image"),
      (ascii("\u{0}\u{0}\u{0}\u{0}"), "binary data"),
    ]
    for (magic, kind) in simple where has(bytes, magic) {
      return kind
    }
    if has(bytes, ascii("RIFF")) && bytes.count >= 12 {
      if has(bytes, ascii("WEBP"), at: 8) { return "WebP image" }
      if has(bytes, ascii("WAVE"), at: 8) { return "WAV audio" }
      if has(bytes, ascii("AVI "), at: 8) { return "AVI video" }
      return "RIFF media"
    }
    if has(bytes, ascii("ftyp"), at: 4) && bytes.count >= 12 {
      let brand = bytes[8..<12]
      switch String(decoding: brand, as: UTF8.self) {
      case "avif", "avis": return "AVIF image"
      case "heic", "heix", "heim", "heis", "mif1", "msf1": return "HEIC image"
      case "qt  ": return "QuickTime video"
      case "M4A ", "M4B ": return "MP4 audio"
      default: return "MP4 video"
      }
    }
    // bzip2: "BZh1".."BZh9" followed by a block or end-of-stream magic.
    if has(bytes, ascii("BZh")) && bytes.count >= 10 && (0x31...0x39).contains(bytes[3]) {
      if has(bytes, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59], at: 4)
        || has(bytes, [0x17, 0x72, 0x45, 0x38, 0x50, 0x90], at: 4)
      {
        return "bzip2 archive"
      }
    }
    // BMP: "BM", then a file size, then four reserved zero bytes.
    if has(bytes, ascii("BM")) && bytes.count >= 26 && bytes[6..<10].allSatisfy({ $0 == 0 }) {
      return "BMP image"
    }
    // Windows PE: "MZ" with e_lfanew pointing at "PE\0\0".
    if has(bytes, ascii("MZ")) && bytes.count >= 64 {
      let offset = Int(bytes[0x3C]) | Int(bytes[0x3D]) << 8 | Int(bytes[0x3E]) << 16 | Int(bytes[0x3F]) << 24
      if offset >= 64 && has(bytes, [0x50, 0x45, 0x00, 0x00], at: offset) {
        return "Windows executable"
      }
    }
    // MP3 with an ID3v2 tag: "ID3", a small version number and flags.
    if has(bytes, ascii("ID3")) && bytes.count >= 10 && bytes[3] < 0x0A && bytes[4] < 0x0A
      && bytes[6..<10].allSatisfy({ $0 < 0x80 }) && bytes[3...5].contains(where: { $0 < 0x20 })
    {
      return "MP3 audio"
    }
    return nil
  }

  /// True when the first 1024 bytes are dense with NUL and control bytes, allowing for
  /// UTF-16 and UTF-32 text (with or without a byte order mark).
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    var start = 0
    if has(bytes, [0xEF, 0xBB, 0xBF]) {
      start = 3
    } else if has(bytes, [0xFF, 0xFE]) || has(bytes, [0xFE, 0xFF]) || has(bytes, [0x00, 0x00, 0xFE, 0xFF]) {
      return false
    }
    let end = min(bytes.count, start + 1024)
    let sample = bytes[start..<end]
    guard !sample.isEmpty else { return false }
    if looksLikeWideText(sample) { return false }
    var nuls = 0
    var controls = 0
    for byte in sample {
      if byte == 0 {
        nuls += 1
      } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D && byte != 0x1B {
        controls += 1
      }
    }
    let suspicious = nuls + controls
    // Text rarely has more than a handful of these; binary formats are full of them.
    if suspicious < 4 { return false }
    return suspicious * 10 > sample.count || nuls * 20 > sample.count
  }

  /// UTF-16 (or UTF-32) text without a BOM: NULs almost only at even or at odd offsets.
  private static func looksLikeWideText(_ sample: ArraySlice<UInt8>) -> Bool {
    let count = sample.count - sample.count % 2
    guard count >= 8 else { return false }
    var evenNuls = 0
    var oddNuls = 0
    var index = sample.startIndex
    var pairs = 0
    while index + 1 < sample.startIndex + count {
      if sample[index] == 0 { evenNuls += 1 }
      if sample[index + 1] == 0 { oddNuls += 1 }
      index += 2
      pairs += 1
    }
    // One half is mostly NUL (the high bytes of ASCII-range code units), the other rarely.
    let mostly = { (value: Int) in value * 10 >= pairs * 6 }
    let rarely = { (value: Int) in value * 10 <= pairs }
    return (mostly(evenNuls) && rarely(oddNuls)) || (mostly(oddNuls) && rarely(evenNuls))
  }
}
